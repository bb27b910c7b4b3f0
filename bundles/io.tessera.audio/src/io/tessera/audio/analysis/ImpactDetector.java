package io.tessera.audio.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collisions from tracked motion. An object hits something where its velocity turns sharply while it is against a
 * frame edge (a bounce, or a stop against a wall), or turns slowly while its outline stays against the edge (a touch at
 * a shallow angle), or turns next to another object (more weakly when the other turns away at the same moment); two
 * objects also meet where their regions fuse while they were closing in. Velocity is measured over two frames on each
 * side, so a one-frame jitter of the outline is not a hit, and each object gets at most one hit per few frames (the
 * strongest).
 */
final class ImpactDetector {
    /** Slowest velocity component (proxy pixels per frame) whose reversal counts. */
    private static final double MIN_SPEED = 0.45;
    /**
     * How near an edge (proxy pixels) an object's outline must be to have hit it: the thin tip of a star or a triangle
     * is lost in the proxy's block averages, so its outline stops short of the edge it touches.
     */
    private static final double EDGE_MARGIN = 3;
    private static final double SUPPRESS_FRAMES = 1.5;
    /** An outline this near an edge touches it: a slower turn there counts ({@link #GLANCE_SPEED}). */
    private static final double GLANCE_MARGIN = 1;
    /** Slowest velocity component whose reversal counts when the outline touches the edge. */
    private static final double GLANCE_SPEED = 0.25;
    /**
     * Smallest change of velocity, as a share of the speed before, that counts as a push from a touching neighbour
     * (once free-flight acceleration is taken out): objects meeting at a slant change their velocity by little.
     */
    private static final double NEIGHBOUR_CHANGE = 0.25;
    /**
     * Frames an object must have been seen on its own before a hit counts: what flickers in and out for a few frames
     * (fragments of a generated picture, noise) is not an object that collides.
     */
    static final int MIN_HISTORY = 5;
    /**
     * Frames within which a hit against an edge and a hit between objects are one collision seen twice. Two frames
     * (as for two sightings of one kind) made one sound of a wall hit and a neighbour's push 80 ms later, which a
     * listener hears as two.
     */
    private static final double SAME_OTHER_KIND = 1;
    /** Longest run of frames against an edge that is one slow touch (longer: the object slides along it). */
    private static final int SLOW_TOUCH_RUN = 12;
    /**
     * A turn found inside a run against the edge at least this long is re-timed to the run's nearest point: its
     * two-frame velocities place a slow reversal anywhere in the run.
     */
    private static final int RETIME_RUN = 4;
    /** Frames seen before that do, for an object there from the shot's first frame. */
    private static final int EARLY_HISTORY = 4;
    /**
     * Two objects pushed apart at the same moment still count as touching with fewer than this many pixels between
     * their boxes ({@link Region#gap}).
     */
    private static final int NEAR_GAP = 4;
    /** The same, for centres: in the two objects' half-extents. */
    private static final double NEAR_REACH = 1.5;
    /** The share of the usual push that counts when the neighbour is pushed back at the same moment. */
    private static final double MUTUAL = 0.5;

    private final int width;
    private final int height;
    private final double fps;
    /** The first frame of the shot: what is seen from it is no fragment that flickered in. */
    private final int firstFrame;

    ImpactDetector(int width, int height, double fps, int firstFrame) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.firstFrame = firstFrame;
    }

    /** {@code timed}: {@code at} comes from the paths before and after, not just the frame it was seen on. */
    record Candidate(int frame, double at, Impact.Kind kind, double x, double y, double strength, double area, ObjectTracker.Observed first,
            ObjectTracker.Observed second, boolean timed) {
    }

    List<Candidate> detect(List<ObjectTracker.Observed> tracks, List<ObjectTracker.Contact> contacts) {
        List<Candidate> all = new ArrayList<>();
        for (ObjectTracker.Observed t : tracks) {
            List<Candidate> own = turns(t, tracks);
            own.addAll(slowTouches(t, own));
            all.addAll(suppress(own));
        }
        for (ObjectTracker.Contact c : contacts) {
            if (c.closingSpeed() >= MIN_SPEED && established(c.first(), c.frame()) && established(c.second(), c.frame())) {
                double area = Math.max(c.first().typicalArea(), c.second().typicalArea());
                double at = contactTime(c);
                all.add(new Candidate((int) Math.round(at), at, Impact.Kind.OBJECT, c.x(), c.y(), c.closingSpeed(), area, c.first(), c.second(),
                        at != c.frame() + 0.5));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::at).thenComparing(Comparator.comparingDouble(Candidate::strength).reversed()));
        // one collision seen from both objects, or as a turn and a fusion, is one sound, at the best-timed estimate
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            int same = -1;
            for (int k = 0; k < kept.size() && same < 0; k++) {
                Candidate o = kept.get(k);
                if (Math.abs(o.at() - c.at()) <= (o.kind() == c.kind() ? 2 : SAME_OTHER_KIND) && Math.hypot((o.x() - c.x()) / width, (o.y() - c.y()) / height) < 0.15
                        && (o.kind() == c.kind() || involvesSame(o, c)) && !cornerBounce(o, c)) {
                    same = k;
                }
            }
            if (same < 0) {
                kept.add(c);
            } else if (c.timed() && !kept.get(same).timed()) {
                kept.set(same, c);
            }
        }
        return kept;
    }

    /**
     * One object landing and then hitting a side wall (or the other way round) a frame or two later, in a corner: two
     * hits a listener tells apart, not one collision seen twice.
     */
    private static boolean cornerBounce(Candidate a, Candidate b) {
        return a.second() == null && b.second() == null && a.first() == b.first() && a.kind() != b.kind();
    }

    private static boolean involvesSame(Candidate a, Candidate b) {
        return a.first() == b.first() || a.first() == b.second() || a.second() != null && (a.second() == b.first() || a.second() == b.second());
    }

    private List<Candidate> turns(ObjectTracker.Observed t, List<ObjectTracker.Observed> others) {
        List<Candidate> out = new ArrayList<>();
        List<Integer> f = t.frames;
        List<Region> r = t.regions;
        for (int i = 2; i + 2 < f.size(); i++) {
            int frame = f.get(i);
            if (f.get(i + 2) - f.get(i - 2) != 4 || !established(t, frame)) {
                continue;
            }
            Region now = r.get(i);
            double vinX = (now.cx() - r.get(i - 2).cx()) / 2;
            double vinY = (now.cy() - r.get(i - 2).cy()) / 2;
            double voutX = (r.get(i + 2).cx() - now.cx()) / 2;
            double voutY = (r.get(i + 2).cy() - now.cy()) / 2;
            // a region that grows or shrinks a lot at once is a fusion or a part hidden, not a hit
            if (!steadyArea(r.get(i - 2), now) || !steadyArea(now, r.get(i + 2))) {
                continue;
            }
            Candidate c = turn(frame, r.subList(i - 2, i + 3), vinX, voutX, true, t);
            Candidate d = turn(frame, r.subList(i - 2, i + 3), vinY, voutY, false, t);
            Candidate best = c == null ? d : d == null || c.strength() >= d.strength() ? c : d;
            if (best == null) {
                best = againstNeighbour(frame, now, push(t, r.get(i - 2), now, r.get(i + 2)), t, others);
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /**
     * A touch of an edge at a shallow angle that turns the object over several frames: the outline stays against the
     * edge while the velocity across it slowly reverses, so no two-frame velocity shows a turn. Seen as a run of frames
     * against the edge with the object heading for it before and away from it after; the touch is when its centre is
     * nearest the edge. Only where no turn of the object was found in or next to the run.
     */
    private List<Candidate> slowTouches(ObjectTracker.Observed t, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        List<Integer> f = t.frames;
        List<Region> r = t.regions;
        for (int side = 0; side < 4; side++) {
            boolean horizontal = side < 2;
            boolean towardsFar = side % 2 == 1;
            double limit = horizontal ? width - 1 : height - 1;
            int k = 0;
            while (k < f.size()) {
                if (t.fused.get(k) || edgeDistance(r.get(k), towardsFar, horizontal, limit) > GLANCE_MARGIN) {
                    k++;
                    continue;
                }
                int start = k;
                while (k + 1 < f.size() && f.get(k + 1) == f.get(k) + 1 && !t.fused.get(k + 1)
                        && edgeDistance(r.get(k + 1), towardsFar, horizontal, limit) <= GLANCE_MARGIN) {
                    k++;
                }
                int end = k;
                k++;
                Candidate c = slowTouch(t, start, end, horizontal, towardsFar, limit);
                int first = f.get(start);
                int last = f.get(end);
                if (c == null) {
                    continue;
                }
                List<Candidate> inRun = found.stream().filter(o -> o.at() >= first - 2 && o.at() <= last + 2).toList();
                if (inRun.isEmpty()) {
                    out.add(c);
                } else if (end - start + 1 >= RETIME_RUN) {
                    for (Candidate o : inRun) {
                        if (o.kind() == c.kind() && o.frame() >= first && o.frame() <= last) {
                            found.set(found.indexOf(o), new Candidate(c.frame(), c.at(), o.kind(), o.x(), o.y(), o.strength(), o.area(), o.first(), o.second(), true));
                        }
                    }
                }
            }
        }
        return out;
    }

    private Candidate slowTouch(ObjectTracker.Observed t, int start, int end, boolean horizontal, boolean towardsFar, double limit) {
        List<Integer> f = t.frames;
        List<Region> r = t.regions;
        if (start < 3 || end + 3 >= f.size() || f.get(start) - f.get(start - 3) != 3 || f.get(end + 3) - f.get(end) != 3
                || end - start + 1 > SLOW_TOUCH_RUN || !established(t, f.get(start))) {
            return null;
        }
        for (int k = start - 3; k <= end + 3; k++) {
            if (t.fused.get(k)) {
                return null;
            }
        }
        double sign = towardsFar ? 1 : -1;
        double vin = sign * (centre(r.get(start), horizontal) - centre(r.get(start - 3), horizontal)) / 3;
        double vout = -sign * (centre(r.get(end + 3), horizontal) - centre(r.get(end), horizontal)) / 3;
        if (vin < GLANCE_SPEED || vout < 0.5 * GLANCE_SPEED) {
            return null;
        }
        // nearest the edge: the centre's extreme within the run, the middle of the frames that tie for it
        double best = Double.NEGATIVE_INFINITY;
        for (int k = start; k <= end; k++) {
            best = Math.max(best, sign * centre(r.get(k), horizontal));
        }
        double sum = 0;
        int n = 0;
        for (int k = start; k <= end; k++) {
            if (sign * centre(r.get(k), horizontal) >= best - 0.25) {
                sum += f.get(k);
                n++;
            }
        }
        double at = sum / n;
        Region hit = r.get(start + (end - start) / 2);
        Impact.Kind kind = horizontal || !towardsFar ? Impact.Kind.WALL : Impact.Kind.FLOOR;
        return new Candidate((int) Math.round(at), at, kind, hit.cx(), hit.cy(), vin + vout, hit.area(), t, null, true);
    }

    /**
     * Whether the track is an object that can collide at {@code frame}: seen on its own for a few frames before (what
     * flickers in and out is no object), or, for what is there from the first frame of the shot, for fewer frames
     * before as long as it goes on being seen after (objects may meet just after the shot starts).
     */
    private boolean established(ObjectTracker.Observed t, int frame) {
        int before = history(t, frame);
        if (before >= MIN_HISTORY) {
            return true;
        }
        return t.frames.get(0) == firstFrame && before >= EARLY_HISTORY && t.ownCount() >= 4 * MIN_HISTORY;
    }


    /** Frames the object was seen on its own before {@code frame}. */
    private static int history(ObjectTracker.Observed t, int frame) {
        int n = 0;
        for (int k = 0; k < t.frames.size() && t.frames.get(k) < frame; k++) {
            if (!t.fused.get(k)) {
                n++;
            }
        }
        return n;
    }

    private boolean steadyArea(Region a, Region b) {
        double ratio = a.area() / (double) Math.max(1, b.area());
        if (ratio > 0.6 && ratio < 1.67) {
            return true;
        }
        // an object pressed against an edge of the picture is often partly hidden there (under a corner label): its
        // shrinking there is no fusion, and its outline against the edge still says where it is
        Region smaller = ratio >= 1.67 ? b : a;
        return ratio > 0.3 && ratio < 3.3 && nearEdge(smaller);
    }

    private boolean nearEdge(Region r) {
        return r.minX() <= EDGE_MARGIN || r.minY() <= EDGE_MARGIN || width - 1 - r.maxX() <= EDGE_MARGIN || height - 1 - r.maxY() <= EDGE_MARGIN;
    }

    /**
     * A reversal or stop along one axis against the edge it was heading for. {@code around} holds the regions of the
     * two frames before, the frame itself and the two after; the hit is placed on the one nearest the edge (the frame
     * where the object is seen against it), the earlier one on a tie.
     */
    private Candidate turn(int frame, List<Region> around, double vin, double vout, boolean horizontal, ObjectTracker.Observed t) {
        Region now = around.get(2);
        double limit = horizontal ? width - 1 : height - 1;
        double distance = edgeDistance(now, vin > 0, horizontal, limit);
        // a glancing touch (an object sliding along a wall that it meets at a shallow angle) turns slowly: it counts
        // when the outline is right at the edge
        double slowest = distance <= GLANCE_MARGIN ? GLANCE_SPEED : MIN_SPEED;
        boolean reversed = vin * vout < 0 && Math.abs(vin) >= slowest && Math.abs(vout) >= 0.5 * slowest;
        boolean stopped = Math.abs(vin) >= 2 * MIN_SPEED && Math.abs(vout) <= 0.25 * Math.abs(vin);
        if (!reversed && !stopped) {
            return null;
        }
        Impact.Kind kind = horizontal || vin < 0 ? Impact.Kind.WALL : Impact.Kind.FLOOR;
        if (distance > EDGE_MARGIN) {
            return null;
        }
        // seen against the edge: the outline nearest it, then the centre nearest it (the outline is whole pixels)
        int best = 0;
        for (int k = 1; k < around.size(); k++) {
            if (closeness(around.get(k), vin > 0, horizontal, limit) < closeness(around.get(best), vin > 0, horizontal, limit) - 1e-9) {
                best = k;
            }
        }
        Region hit = around.get(best);
        int seen = frame + best - 2;
        double at = reflection(t, seen, horizontal);
        return new Candidate((int) Math.round(at), at, kind, hit.cx(), hit.cy(), Math.abs(vout - vin), hit.area(), t, null, at != seen);
    }

    /**
     * When the object met the edge: where its straight path before the hit crosses its path after it, from the
     * centres two and three frames before and after the frame it was seen against the edge (far enough to be clean of
     * the hit itself, so a pixel's rounding of one outline does not move the hit by a frame). Falls back to that frame.
     */
    private static double reflection(ObjectTracker.Observed t, int seen, boolean horizontal) {
        int k = t.frames.indexOf(seen);
        if (k < 3 || k + 3 >= t.frames.size() || t.frames.get(k + 3) - t.frames.get(k - 3) != 6) {
            return seen;
        }
        double a0 = centre(t.regions.get(k - 3), horizontal);
        double a1 = centre(t.regions.get(k - 2), horizontal);
        double b0 = centre(t.regions.get(k + 2), horizontal);
        double b1 = centre(t.regions.get(k + 3), horizontal);
        double vin = a1 - a0;
        double vout = b1 - b0;
        if (Math.abs(vin - vout) < MIN_SPEED) {
            return seen;
        }
        // a1 + vin (x - (seen - 2)) = b0 + vout (x - (seen + 2))
        double x = (b0 - a1 - vout * (seen + 2) + vin * (seen - 2)) / (vin - vout);
        return Math.max(seen - 1, Math.min(seen + 0.5, x));
    }

    private static double centre(Region r, boolean horizontal) {
        return horizontal ? r.cx() : r.cy();
    }

    private static double closeness(Region r, boolean towardsFar, boolean horizontal, double limit) {
        double centre = horizontal ? (towardsFar ? limit - r.cx() : r.cx()) : towardsFar ? limit - r.cy() : r.cy();
        return edgeDistance(r, towardsFar, horizontal, limit) * 1000 + centre;
    }

    /** How far the region's side that faces the way it moves is from the frame's edge on that side. */
    private static double edgeDistance(Region r, boolean towardsFar, boolean horizontal, double limit) {
        if (horizontal) {
            return towardsFar ? limit - r.maxX() : r.minX();
        }
        return towardsFar ? limit - r.maxY() : r.minY();
    }

    /**
     * When two objects whose regions fused actually met: where each one's straight path before the fusion crosses its
     * path after it (velocities change at the contact). Without clean paths on both sides, halfway through the first
     * fused frame, since the outlines touch on screen up to a frame before the bodies do.
     */
    private static double contactTime(ObjectTracker.Contact c) {
        if (c.fromPair()) {
            return c.frame() + 0.5;
        }
        // a crossing of paths whose velocities hardly changed is poorly placed in time: each estimate is weighed by
        // its change of velocity
        double sum = 0;
        double weights = 0;
        for (ObjectTracker.Observed o : List.of(c.first(), c.second())) {
            double[] t = crossing(o, c.frame());
            if (t != null) {
                double w = Math.abs(t[1]);
                sum += w * t[0];
                weights += w;
            }
        }
        return weights > 0 ? sum / weights : c.frame() + 0.5;
    }

    /** When the object's path before {@code merged} crosses its path after, and its change of velocity there. */
    private static double[] crossing(ObjectTracker.Observed o, int merged) {
        int before = -1;
        int after = -1;
        for (int k = 0; k < o.frames.size(); k++) {
            if (o.fused.get(k)) {
                continue;
            }
            if (o.frames.get(k) < merged) {
                before = k;
            } else if (after < 0) {
                after = k;
            }
        }
        if (before < 1 || after < 0 || after + 1 >= o.frames.size() || o.fused.get(before - 1) || o.fused.get(after + 1)) {
            return null;
        }
        int b1 = o.frames.get(before);
        int a0 = o.frames.get(after);
        if (o.frames.get(before - 1) != b1 - 1 || o.frames.get(after + 1) != a0 + 1 || a0 - b1 > 6) {
            return null;
        }
        Region p0 = o.regions.get(before - 1);
        Region p1 = o.regions.get(before);
        Region q0 = o.regions.get(after);
        Region q1 = o.regions.get(after + 1);
        double[] vin = { p1.cx() - p0.cx(), p1.cy() - p0.cy() };
        double[] vout = { q1.cx() - q0.cx(), q1.cy() - q0.cy() };
        int axis = Math.abs(vout[0] - vin[0]) >= Math.abs(vout[1] - vin[1]) ? 0 : 1;
        double dv = vin[axis] - vout[axis];
        if (Math.abs(dv) < MIN_SPEED) {
            return null;
        }
        double pin = axis == 0 ? p1.cx() : p1.cy();
        double pout = axis == 0 ? q0.cx() : q0.cy();
        double t = (pout - vout[axis] * a0 - pin + vin[axis] * b1) / dv;
        return new double[] { Math.max(b1, Math.min(a0, t)), dv };
    }

    /**
     * The change of an object's velocity at a frame, seen from its centres two frames before ({@code p}), at it
     * ({@code q}) and two after ({@code r}), once what its free flight changes in four frames (gravity) is taken out:
     * that is no push from a neighbour. {@code needed} is the change that counts as a push at its speed before.
     */
    private record Push(double x, double y, double speedBefore, double needed) {
        double change() {
            return Math.hypot(x, y);
        }
    }

    private Push push(ObjectTracker.Observed t, Region p, Region q, Region r) {
        double[] a = acceleration(t);
        double vinX = (q.cx() - p.cx()) / 2;
        double vinY = (q.cy() - p.cy()) / 2;
        double vin = Math.hypot(vinX, vinY);
        return new Push((r.cx() - q.cx()) / 2 - vinX - 2 * a[0], (r.cy() - q.cy()) / 2 - vinY - 2 * a[1], vin,
                Math.max(3 * MIN_SPEED, NEIGHBOUR_CHANGE * vin));
    }

    private Candidate againstNeighbour(int frame, Region now, Push push, ObjectTracker.Observed t, List<ObjectTracker.Observed> others) {
        double dX = push.x();
        double dY = push.y();
        double change = push.change();
        double needed = push.needed();
        if (push.speedBefore() < MIN_SPEED || change < MUTUAL * needed) {
            return null;
        }
        for (ObjectTracker.Observed o : others) {
            if (o == t) {
                continue;
            }
            int k = o.frames.indexOf(frame);
            if (k < 0) {
                continue;
            }
            Region n = o.regions.get(k);
            // a low-contrast object is seen only in part, so its outline may stop short of where it touches: near
            // enough is outlines within two pixels, or centres within the two objects' larger half-extents
            double halves = halfExtent(now) + halfExtent(n);
            double apart = Math.hypot(now.cx() - n.cx(), now.cy() - n.cy());
            boolean touching = Region.gap(now, n) < 2 || apart <= 1.3 * halves;
            boolean near = Region.gap(now, n) < NEAR_GAP || apart <= NEAR_REACH * halves;
            // a push from the other object points away from it; the turn at the top of a bounce points down
            double awayX = now.cx() - n.cx();
            double awayY = now.cy() - n.cy();
            double along = (dX * awayX + dY * awayY) / Math.max(1e-9, change * Math.hypot(awayX, awayY));
            if (!near || along < 0.5) {
                continue;
            }
            // a weaker push counts when the neighbour is pushed back at the same moment (equal and opposite): the
            // thin corners of turning boxes and tips of stars that touch are lost in the proxy, so the two are seen
            // a few pixels apart, each turning a little
            if (touching && change >= needed || pushedBack(o, k, awayX, awayY)) {
                return new Candidate(frame, frame, Impact.Kind.OBJECT, (now.cx() + n.cx()) / 2, (now.cy() + n.cy()) / 2, change,
                        Math.max(now.area(), n.area()), t, o, false);
            }
        }
        return null;
    }

    /** Whether the neighbour's velocity changes at its {@code k}-th observation by a push along -(awayX, awayY). */
    private boolean pushedBack(ObjectTracker.Observed o, int k, double awayX, double awayY) {
        List<Integer> f = o.frames;
        if (k < 2 || k + 2 >= f.size() || f.get(k + 2) - f.get(k - 2) != 4 || o.fused.get(k) || o.fused.get(k - 2) || o.fused.get(k + 2)
                || !established(o, f.get(k))) {
            return false;
        }
        Push push = push(o, o.regions.get(k - 2), o.regions.get(k), o.regions.get(k + 2));
        double change = push.change();
        double along = -(push.x() * awayX + push.y() * awayY) / Math.max(1e-9, change * Math.hypot(awayX, awayY));
        return change >= MUTUAL * push.needed() && along >= 0.5;
    }

    /**
     * The track's usual change of velocity per frame in free flight (gravity, for what bounces; nothing for what
     * glides): the median of its second differences over frames seen on its own.
     */
    private final java.util.Map<ObjectTracker.Observed, double[]> accelerations = new java.util.IdentityHashMap<>();

    private double[] acceleration(ObjectTracker.Observed t) {
        return accelerations.computeIfAbsent(t, o -> {
            List<Double> ax = new ArrayList<>();
            List<Double> ay = new ArrayList<>();
            for (int k = 2; k < o.frames.size(); k++) {
                if (o.frames.get(k) - o.frames.get(k - 2) != 2 || o.fused.get(k) || o.fused.get(k - 1) || o.fused.get(k - 2)) {
                    continue;
                }
                Region p = o.regions.get(k - 2);
                Region q = o.regions.get(k - 1);
                Region r = o.regions.get(k);
                ax.add(r.cx() - 2 * q.cx() + p.cx());
                ay.add(r.cy() - 2 * q.cy() + p.cy());
            }
            if (ax.size() < 5) {
                return new double[2];
            }
            ax.sort(null);
            ay.sort(null);
            return new double[] { ax.get(ax.size() / 2), ay.get(ay.size() / 2) };
        });
    }

    private static double halfExtent(Region r) {
        return Math.max(r.maxX() - r.minX() + 1, r.maxY() - r.minY() + 1) / 2.0;
    }

    /**
     * Whether two turns of one object are of one kind: both against an edge, or both against a neighbour. A push from a
     * neighbour a frame after a wall hit is a second hit, and must not silence it.
     */
    private static boolean sameKind(Candidate a, Candidate b) {
        return (a.kind() == Impact.Kind.OBJECT) == (b.kind() == Impact.Kind.OBJECT);
    }

    /** One object's turns seen over neighbouring frames are one hit: the strongest within a frame and a half. */
    private static List<Candidate> suppress(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean strongestNearby = candidates.stream().noneMatch(o -> o != c && sameKind(o, c) && Math.abs(o.at() - c.at()) <= SUPPRESS_FRAMES
                    && (o.strength() > c.strength() || o.strength() == c.strength() && o.frame() < c.frame()));
            if (strongestNearby) {
                out.add(c);
            }
        }
        return out;
    }
}
