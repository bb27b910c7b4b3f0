package io.tessera.engine.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Moves a scene's objects frame by frame: straight moves, bounces under gravity, collisions, spins, growth, orbits,
 * camera pans and zooms, cuts between shots. It keeps only the current state, so a 60 s clip costs no more memory
 * than a 1 s one. Everything random comes from the seed, so the same (scene, size, fps, frames, seed) gives the
 * same frames.
 */
public final class SceneSimulation {
    private final Scene scene;
    private final int width;
    private final int height;
    private final int fps;
    private final int frameCount;
    private final long seed;
    private int frame;
    private int shotIndex = -1;
    private int shotStart;
    private int shotFrames;
    private List<Body> bodies = List.of();

    /**
     * @param scene what to simulate; its shots share the frames equally
     * @param width picture width in pixels (positions are in pixels)
     * @param height picture height in pixels
     * @param fps frames per second, the time step
     * @param frameCount frames in the whole clip
     * @param seed chooses start positions, directions and phases
     */
    public SceneSimulation(Scene scene, int width, int height, int fps, int frameCount, long seed) {
        this.scene = scene;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.frameCount = frameCount;
        this.seed = seed;
    }

    public int frameCount() {
        return frameCount;
    }

    public boolean hasNext() {
        return frame < frameCount;
    }

    /** The first frame of each shot, in order. */
    public int shotStart(int shot) {
        return (int) ((long) shot * frameCount / scene.shots().size());
    }

    /** Advances one frame and returns its ground truth: object states and the events of that frame. */
    public FrameState next() {
        if (!hasNext()) {
            throw new IllegalStateException("the clip has only " + frameCount + " frames"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<SceneEvent> events = new ArrayList<>();
        int shot = shotFor(frame);
        if (shot != shotIndex) {
            startShot(shot);
            if (shot > 0) {
                events.add(new SceneEvent(frame, SceneEvent.Kind.CUT, -1, -1));
            }
        } else {
            step(events);
        }
        SceneShot s = scene.shots().get(shotIndex);
        double t = (frame - shotStart) / (double) fps;
        double progress = shotFrames <= 1 ? 0 : (frame - shotStart) / (double) (shotFrames - 1);
        double panX = switch (s.camera()) {
            case PAN_LEFT -> 0.25 * width * progress;
            case PAN_RIGHT -> -0.25 * width * progress;
            default -> 0;
        };
        double zoom = switch (s.camera()) {
            case ZOOM_IN -> 1 + 0.4 * progress;
            case ZOOM_OUT -> 1.4 - 0.4 * progress;
            default -> 1;
        };
        List<ObjectState> states = new ArrayList<>(bodies.size());
        for (Body b : bodies) {
            double scale = b.scale(t, progress);
            double sx = (b.x - width / 2.0) * zoom + width / 2.0 + panX;
            double sy = (b.y - height / 2.0) * zoom + height / 2.0;
            states.add(new ObjectState(b.object, sx, sy, b.radius * scale * zoom, b.angle));
        }
        FrameState state = new FrameState(frame, shotIndex, t, s.background(), Collections.unmodifiableList(states),
                List.copyOf(events), panX, zoom);
        frame++;
        return state;
    }

    private int shotFor(int f) {
        int shots = scene.shots().size();
        return (int) Math.min(shots - 1, (long) f * shots / frameCount);
    }

    private void startShot(int shot) {
        shotIndex = shot;
        shotStart = shotStart(shot);
        shotFrames = shotStart(shot + 1) - shotStart;
        if (shot == scene.shots().size() - 1) {
            shotFrames = frameCount - shotStart;
        }
        double seconds = Math.max(1.0 / fps, shotFrames / (double) fps);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + shot * 7919L + 17);
        List<SceneObject> objects = scene.shots().get(shot).objects();
        List<Body> list = new ArrayList<>(objects.size());
        int colliders = 0;
        for (int i = 0; i < objects.size(); i++) {
            SceneObject o = objects.get(i);
            int rank = o.motions().contains(Motion.COLLIDE) ? colliders++ : i;
            list.add(new Body(o, rank, random, seconds, list));
        }
        bodies = List.copyOf(list);
    }

    private void step(List<SceneEvent> events) {
        double dt = 1.0 / fps;
        for (int i = 0; i < bodies.size(); i++) {
            bodies.get(i).advance(dt, i, events);
        }
        for (int i = 0; i < bodies.size(); i++) {
            for (int j = i + 1; j < bodies.size(); j++) {
                collide(bodies.get(i), bodies.get(j), i, j, events);
            }
        }
    }

    private void collide(Body a, Body b, int i, int j, List<SceneEvent> events) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double dist = Math.hypot(dx, dy);
        // the drawn outlines meet, not the circles around them: two stars touch point to point
        double reach = dist == 0 ? a.radius + b.radius : a.reach(dx / dist, dy / dist) + b.reach(-dx / dist, -dy / dist);
        boolean touching = dist < reach;
        if (touching && !a.touching.contains(j)) {
            events.add(new SceneEvent(frame, SceneEvent.Kind.COLLISION, i, j));
        }
        if (touching) {
            a.touching.add(j);
        } else {
            a.touching.remove(Integer.valueOf(j));
        }
        if (!touching || !a.dynamic || !b.dynamic || dist == 0) {
            return;
        }
        double nx = dx / dist;
        double ny = dy / dist;
        double approach = (a.vx - b.vx) * nx + (a.vy - b.vy) * ny;
        if (approach > 0) {
            // equal masses, elastic: exchange the velocity components along the normal
            a.vx -= approach * nx;
            a.vy -= approach * ny;
            b.vx += approach * nx;
            b.vy += approach * ny;
        }
        double push = (reach - dist) / 2;
        a.x -= nx * push;
        a.y -= ny * push;
        b.x += nx * push;
        b.y += ny * push;
    }

    /** Starts tried for an object before the roomiest one is taken. */
    private static final int PLACEMENT_ATTEMPTS = 48;
    /** Tries in the placement's own band before it widens: scenes that fit within them are as they always were. */
    private static final int TRIES_IN_BAND = 24;

    /** How far try {@code attempt} may leave the placement's band: none at first, the whole widening by 36 tries. */
    private static double widening(int attempt) {
        return attempt <= TRIES_IN_BAND ? 0 : Math.min(1, (attempt - TRIES_IN_BAND) / (0.5 * (PLACEMENT_ATTEMPTS - TRIES_IN_BAND)));
    }

    /** One object's physical state during its shot. */
    private final class Body {
        final SceneObject object;
        final double radius;
        final List<Integer> touching = new ArrayList<>();
        final boolean dynamic;
        final double spin;
        final double gravity;
        final double x0;
        final double y0;
        final double orbitPhase;
        double x;
        double y;
        double vx;
        double vy;
        double angle;
        double time;

        Body(SceneObject o, int rank, SplittableRandom random, double seconds, List<Body> placed) {
            this.object = o;
            double base = 0.075 * Math.min(width, height);
            this.radius = Math.max(2.5, base * o.size());
            double travel = Math.min(0.6, 0.5 * o.speed()) / seconds;
            double[] start = startPosition(o, rank, random, 0);
            // objects start apart, so "two squares" shows two squares, not one on top of the other; where the
            // placement's band is too crowded for that, the start with the most room of all tried
            double[] roomiest = start;
            double most = clearance(start, placed);
            for (int attempt = 1; attempt <= PLACEMENT_ATTEMPTS && most < 0; attempt++) {
                start = startPosition(o, rank, random, widening(attempt));
                double room = clearance(start, placed);
                if (room > most) {
                    most = room;
                    roomiest = start;
                }
            }
            start = roomiest;
            x = start[0];
            y = start[1];
            x0 = x;
            y0 = y;
            double phase = random.nextDouble(0, Math.PI / 4);
            // upright unless it spins: "a triangle" should look like one
            angle = o.motions().contains(Motion.SPIN) ? phase : 0;
            orbitPhase = random.nextDouble(0, 2 * Math.PI);
            spin = o.motions().contains(Motion.SPIN) ? 2 * Math.PI * 0.5 * o.speed() * (random.nextBoolean() ? 1 : -1) : 0;
            gravity = o.motions().contains(Motion.BOUNCE) ? 3.0 * height : 0;
            dynamic = o.motions().contains(Motion.BOUNCE) || o.motions().contains(Motion.COLLIDE);
            if (o.motions().contains(Motion.RIGHT) || o.motions().contains(Motion.ZIGZAG) && x < width / 2.0) {
                vx = travel * width;
            } else if (o.motions().contains(Motion.LEFT) || o.motions().contains(Motion.ZIGZAG)) {
                vx = -travel * width;
            }
            if (o.motions().contains(Motion.UP)) {
                vy = -travel * height;
            } else if (o.motions().contains(Motion.DOWN)) {
                vy = travel * height;
            }
            if (o.motions().contains(Motion.BOUNCE)) {
                vx = (random.nextBoolean() ? 1 : -1) * random.nextDouble(0.15, 0.3) * width * o.speed();
            }
            if (o.motions().contains(Motion.COLLIDE)) {
                vx = (x < width / 2.0 ? 1 : -1) * 0.45 * width * o.speed();
                vy = random.nextDouble(-0.03, 0.03) * height;
            }
        }

        /**
         * How far a start at {@code p} stays from the nearest placed object beyond the spacing objects need: negative
         * when they would overlap (1.45 radii: a rectangle or a star reaches beyond the radius of its circle).
         */
        private double clearance(double[] p, List<Body> placed) {
            double least = Double.MAX_VALUE;
            for (Body b : placed) {
                least = Math.min(least, Math.hypot(p[0] - b.x, p[1] - b.y) - (1.45 * (radius + b.radius) + 3));
            }
            return least;
        }

        /**
         * A start for the object. {@code widen} (0 to 1) lets later attempts of a crowded placement use more of the
         * frame: the band an object starts in, at the side it moves away from, reaches further towards the centre, and
         * the free axis further towards the edges.
         */
        private double[] startPosition(SceneObject o, int rank, SplittableRandom random, double widen) {
            double m = radius + 2;
            double jitter = random.nextDouble(-0.08, 0.08);
            double band = 0.3 * widen;
            double free = 0.1 * widen;
            double rx = random.nextDouble(0.2 - free, 0.8 + free) * width;
            double ry = random.nextDouble(0.2 - free, 0.8 + free) * height;
            if (o.motions().contains(Motion.COLLIDE)) {
                boolean left = rank % 2 == 0;
                return new double[] { (left ? 0.2 : 0.8) * width, (0.5 + 0.05 * (rank / 2) * (left ? 1 : -1) + jitter / 4) * height };
            }
            switch (o.placement()) {
                case LEFT -> rx = 0.2 * width;
                case RIGHT -> rx = 0.8 * width;
                case TOP -> ry = 0.22 * height;
                case BOTTOM -> ry = 0.78 * height;
                case CENTER -> {
                    rx = (0.5 + jitter * rank) * width;
                    ry = (0.5 + jitter) * height;
                }
                case CORNER -> {
                    rx = (random.nextBoolean() ? 0.15 : 0.85) * width;
                    ry = (random.nextBoolean() ? 0.15 : 0.85) * height;
                }
                default -> {
                    if (o.motions().contains(Motion.RIGHT)) {
                        rx = random.nextDouble(0.15, 0.3 + band) * width;
                    } else if (o.motions().contains(Motion.LEFT)) {
                        rx = random.nextDouble(0.7 - band, 0.85) * width;
                    }
                    if (o.motions().contains(Motion.UP)) {
                        ry = random.nextDouble(0.7 - band, 0.82) * height;
                    } else if (o.motions().contains(Motion.DOWN) || o.motions().contains(Motion.BOUNCE)) {
                        ry = random.nextDouble(0.18, 0.3 + band) * height;
                    }
                }
            }
            return new double[] { clamp(rx, m, width - m), clamp(ry, m, height - m) };
        }

        void advance(double dt, int index, List<SceneEvent> events) {
            time += dt;
            angle += spin * dt;
            if (object.motions().contains(Motion.ORBIT)) {
                double r = 0.28 * Math.min(width, height);
                double a = orbitPhase + 2 * Math.PI * 0.25 * object.speed() * time;
                x = width / 2.0 + r * Math.cos(a);
                y = height / 2.0 + r * Math.sin(a);
                return;
            }
            vy += gravity * dt;
            x += vx * dt;
            y += vy * dt;
            if (object.motions().contains(Motion.ZIGZAG)) {
                double amplitude = 0.12 * height;
                double phase = time * 1.5 * object.speed();
                y = y0 + amplitude * (4 * Math.abs(phase - Math.floor(phase + 0.5)) - 1);
            }
            walls(index, events);
        }

        private void walls(int index, List<SceneEvent> events) {
            // what the drawn shape touches with, at its current angle: not the radius of its circle
            double left = reach(-1, 0);
            double right = reach(1, 0);
            double up = reach(0, -1);
            double down = reach(0, 1);
            boolean reflect = dynamic || object.motions().contains(Motion.ZIGZAG);
            if (x - left < 0 || x + right > width) {
                boolean intoRight = x + right > width;
                x = left + right > width ? (left - right + width) / 2 : clamp(x, left, width - right);
                boolean towards = intoRight ? vx > 0 : vx < 0;
                if (reflect) {
                    if (towards) {
                        vx = -vx;
                        events.add(new SceneEvent(frame, SceneEvent.Kind.WALL, index, -1));
                    }
                } else {
                    // running into a side and stopping there is a hit too
                    if (towards) {
                        events.add(new SceneEvent(frame, SceneEvent.Kind.WALL, index, -1));
                    }
                    vx = 0;
                }
            }
            if (y + down > height) {
                y = height - down;
                if (gravity > 0) {
                    if (vy > 0) {
                        // keep bouncing for the whole shot: restore the height lost to damping
                        vy = -Math.max(Math.abs(vy) * 0.9, Math.sqrt(2 * gravity * 0.45 * height));
                        events.add(new SceneEvent(frame, SceneEvent.Kind.BOUNCE, index, -1));
                    }
                } else if (reflect) {
                    if (vy > 0) {
                        vy = -vy;
                        events.add(new SceneEvent(frame, SceneEvent.Kind.WALL, index, -1));
                    }
                } else {
                    if (vy > 0) {
                        events.add(new SceneEvent(frame, SceneEvent.Kind.BOUNCE, index, -1));
                    }
                    vy = 0;
                }
            }
            if (y - up < 0) {
                y = up;
                if (reflect) {
                    if (vy < 0) {
                        vy = -vy;
                        events.add(new SceneEvent(frame, SceneEvent.Kind.WALL, index, -1));
                    }
                } else {
                    if (vy < 0) {
                        events.add(new SceneEvent(frame, SceneEvent.Kind.WALL, index, -1));
                    }
                    vy = 0;
                }
            }
        }

        private double reach(double dx, double dy) {
            return io.tessera.engine.scene.internal.ShapeExtent.reach(object.shape(), radius, angle, dx, dy);
        }

        double scale(double t, double progress) {
            double s = 1;
            if (object.motions().contains(Motion.GROW)) {
                s *= 1 + 0.8 * progress;
            }
            if (object.motions().contains(Motion.SHRINK)) {
                s *= 1 - 0.6 * progress;
            }
            if (object.motions().contains(Motion.PULSE)) {
                s *= 1 + 0.25 * Math.sin(2 * Math.PI * 1.5 * object.speed() * t);
            }
            return s;
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
