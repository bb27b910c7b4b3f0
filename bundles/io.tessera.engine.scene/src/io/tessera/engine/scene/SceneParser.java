package io.tessera.engine.scene;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the scene language: clauses separated by ';' ',' '.' or 'and', each naming objects (count, size, colour, shape),
 * what they do, where they start, and the background; "then" and "cut to" start a new shot. Every word must mean
 * something: unknown words are collected and reported together.
 */
public final class SceneParser {
    public static final int MAX_OBJECTS_PER_SHOT = 12;
    private static final Pattern TOKEN = Pattern.compile("[a-z]+(?:'[a-z]+)?|\\d+|[;,.!?:]"); //$NON-NLS-1$
    private static final Set<String> PREPOSITIONS = Set.of("on", "at", "from", "in", "to", "near", "toward", "towards"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    /** Skipped when looking back for a preposition: "on the left" places, "moves left" moves. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final int[] DEFAULT_PALETTE = { 0xE03030, 0x3060E0, 0x30B040, 0xF0D020, 0x9040C0, 0xF08020 };

    private SceneParser() {
    }

    /**
     * Parses a prompt. Pure and deterministic; the seed plays no part here (it only moves things in the simulation).
     *
     * @throws SceneParseException listing every word not understood, or when the prompt names nothing to draw
     */
    public static Scene parse(String prompt) throws SceneParseException {
        return new Run(prompt).parse();
    }

    private static final class Group {
        int count = 1;
        double size = 1;
        Integer rgb;
        String colourName;
        Shape shape;
        Placement placement = Placement.ANYWHERE;
    }

    private static final class Run {
        private final List<String> tokens = new ArrayList<>();
        private final List<String> unknown = new ArrayList<>();
        private final List<SceneShot> shots = new ArrayList<>();
        // the shot being built
        private Background background;
        private List<SceneObject> objects = new ArrayList<>();
        private CameraMove camera = CameraMove.STATIC;
        // the clause being built
        private final List<Group> groups = new ArrayList<>();
        private final Set<Motion> motions = EnumSet.noneOf(Motion.class);
        private double speed = 1;
        // modifiers waiting for their noun
        private Integer count;
        private Double size;
        private Integer colour;
        private String colourName;
        private int shade;
        private Placement placement;
        private boolean expectDirection;
        private boolean expectCameraMove;
        private Background previousBackground;
        // objects made by the last clause that named any: "a circle spins, moves right" moves the same circle
        private int lastClauseStart;
        private int lastClauseEnd;

        Run(String prompt) {
            Matcher m = TOKEN.matcher(prompt.toLowerCase(Locale.ROOT));
            while (m.find()) {
                tokens.add(m.group());
            }
            for (String raw : prompt.toLowerCase(Locale.ROOT).split("[\\s;,.!?:]+")) { //$NON-NLS-1$
                if (!raw.isEmpty() && !TOKEN.matcher(raw).matches()) {
                    unknown.add(raw);
                }
            }
        }

        Scene parse() throws SceneParseException {
            String previous = ""; //$NON-NLS-1$
            for (String w : tokens) {
                word(w, previous);
                if (!ARTICLES.contains(w)) {
                    previous = w;
                }
            }
            endShot();
            if (!unknown.isEmpty()) {
                List<String> distinct = new ArrayList<>(new LinkedHashSet<>(unknown));
                throw new SceneParseException("the scene engine does not understand: " //$NON-NLS-1$
                        + String.join(", ", distinct.stream().map(u -> "'" + u + "'").toList()), distinct); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (shots.stream().allMatch(s -> s.objects().isEmpty() && s.background() == Background.DEFAULT)) {
                throw new SceneParseException("the prompt names no shape and no background to draw", List.of()); //$NON-NLS-1$
            }
            return new Scene(List.copyOf(shots));
        }

        private void word(String w, String previous) {
            if (w.matches("[;,.!?:]")) { //$NON-NLS-1$
                endClause();
                return;
            }
            if (w.matches("\\d+")) { //$NON-NLS-1$
                count = Math.max(1, Math.min(MAX_OBJECTS_PER_SHOT, Integer.parseInt(w)));
                return;
            }
            if (expectCameraMove && (w.equals("in") || w.equals("out") || Vocabulary.DIRECTIONS.containsKey(w))) { //$NON-NLS-1$ //$NON-NLS-2$
                camera = switch (w) {
                    case "in" -> CameraMove.ZOOM_IN; //$NON-NLS-1$
                    case "out" -> CameraMove.ZOOM_OUT; //$NON-NLS-1$
                    case "right" -> camera == CameraMove.ZOOM_IN ? CameraMove.ZOOM_IN : CameraMove.PAN_RIGHT; //$NON-NLS-1$
                    default -> camera == CameraMove.ZOOM_IN ? CameraMove.ZOOM_IN : CameraMove.PAN_LEFT;
                };
                expectCameraMove = false;
                return;
            }
            if (Vocabulary.CUTS.contains(w)) {
                endShot();
                return;
            }
            if (Vocabulary.CAMERA.contains(w)) {
                expectCameraMove = true;
                return;
            }
            if (Vocabulary.CAMERA_MOVES.containsKey(w)) {
                camera = Vocabulary.CAMERA_MOVES.get(w);
                expectCameraMove = true;
                return;
            }
            if (Vocabulary.COUNTS.containsKey(w)) {
                count = Vocabulary.COUNTS.get(w);
                return;
            }
            if (Vocabulary.SIZES.containsKey(w)) {
                size = Vocabulary.SIZES.get(w);
                return;
            }
            if (Vocabulary.SPEEDS.containsKey(w)) {
                speed = Vocabulary.SPEEDS.get(w);
                return;
            }
            if (Vocabulary.COLOURS.containsKey(w)) {
                int c = Vocabulary.COLOURS.get(w);
                if (c < 0) {
                    shade = c;
                    colourName = w;
                } else {
                    colour = shade(c, shade);
                    colourName = colourName != null && shade != 0 ? colourName + " " + w : w; //$NON-NLS-1$
                }
                return;
            }
            if (w.equals("stars") && night() && count == null && size == null && colour == null) { //$NON-NLS-1$
                // "at night with stars" describes the sky, which already has them; "three stars" are still shapes
                return;
            }
            String shape = Vocabulary.singularShape(w);
            if (shape != null) {
                Group g = new Group();
                g.shape = Vocabulary.SHAPES.get(shape);
                g.count = count == null ? (w.equals(shape) ? 1 : 2) : count;
                g.size = size == null ? 1 : size;
                g.rgb = colour;
                g.colourName = colour == null ? null : colourName;
                if (placement != null) {
                    g.placement = placement;
                }
                groups.add(g);
                resetModifiers();
                return;
            }
            if (Vocabulary.TEXTURES.containsKey(w)) {
                Background.Texture t = Vocabulary.TEXTURES.get(w);
                if (t == Background.Texture.SKY && night()) {
                    // "a night sky" stays night
                    t = Background.Texture.NIGHT;
                }
                int rgb = colour != null && t != Background.Texture.NIGHT ? colour : Vocabulary.TEXTURE_COLOURS.get(t);
                background = new Background(t, rgb);
                resetModifiers();
                return;
            }
            if (Vocabulary.BACKGROUND_NOUNS.contains(w)) {
                if (colour == null && shade != 0) {
                    // "a dark background" names a shade without a hue: near-black or near-white
                    colour = shade == -1 ? 0x1C1C24 : 0xF0F0F0;
                }
                if (colour != null) {
                    boolean textured = background != null && background.texture() != Background.Texture.PLAIN;
                    background = new Background(textured ? background.texture() : Background.Texture.PLAIN, colour);
                } else if (background == null) {
                    background = Background.DEFAULT;
                }
                resetModifiers();
                return;
            }
            if (Vocabulary.MOVE_VERBS.contains(w)) {
                expectDirection = true;
                return;
            }
            if (Vocabulary.MOTION_VERBS.containsKey(w)) {
                motions.add(Vocabulary.MOTION_VERBS.get(w));
                return;
            }
            if (Vocabulary.DIRECTIONS.containsKey(w)) {
                boolean place = !expectDirection && PREPOSITIONS.contains(previous) && Vocabulary.PLACES.containsKey(w);
                if (!place && (expectDirection || !w.equals("across"))) { //$NON-NLS-1$
                    motions.add(Vocabulary.DIRECTIONS.get(w));
                    expectDirection = false;
                    return;
                }
            }
            if (Vocabulary.PLACES.containsKey(w)) {
                Placement p = Vocabulary.PLACES.get(w);
                if (!groups.isEmpty()) {
                    groups.get(groups.size() - 1).placement = p;
                } else {
                    placement = p;
                }
                return;
            }
            if (w.equals("and")) { //$NON-NLS-1$
                // "a circle moves right and a square bounces" is two clauses; "a circle and a square collide" is one:
                // only once the clause has both a subject and a verb can 'and' start another
                if (!motions.isEmpty() && (!groups.isEmpty() || lastClauseEnd > lastClauseStart)) {
                    endClause();
                }
                return;
            }
            if (Vocabulary.STOP_WORDS.contains(w) || Vocabulary.MATERIALS.contains(w)) {
                return;
            }
            unknown.add(w);
        }

        private boolean night() {
            return background != null && background.texture() == Background.Texture.NIGHT;
        }

        private static int shade(int rgb, int shade) {
            if (shade == 0) {
                return rgb;
            }
            int target = shade == -1 ? 0x000000 : 0xFFFFFF;
            double k = 0.45;
            int r = (int) Math.round((rgb >> 16 & 0xff) * (1 - k) + (target >> 16 & 0xff) * k);
            int g = (int) Math.round((rgb >> 8 & 0xff) * (1 - k) + (target >> 8 & 0xff) * k);
            int b = (int) Math.round((rgb & 0xff) * (1 - k) + (target & 0xff) * k);
            return r << 16 | g << 8 | b;
        }

        private void resetModifiers() {
            count = null;
            size = null;
            colour = null;
            colourName = null;
            shade = 0;
            placement = null;
        }

        private void endClause() {
            if (groups.isEmpty() && !motions.isEmpty()) {
                addToLastClause();
            } else if (!groups.isEmpty()) {
                lastClauseStart = objects.size();
            }
            Set<Motion> clauseMotions = motions.isEmpty() ? EnumSet.of(Motion.STILL) : EnumSet.copyOf(motions);
            if (clauseMotions.size() > 1) {
                clauseMotions.remove(Motion.STILL);
            }
            for (Group g : groups) {
                for (int i = 0; i < g.count && objects.size() < MAX_OBJECTS_PER_SHOT; i++) {
                    int rgb = g.rgb != null ? g.rgb : DEFAULT_PALETTE[(objects.size() + shots.size()) % DEFAULT_PALETTE.length];
                    String name = g.colourName != null ? g.colourName : "unnamed"; //$NON-NLS-1$
                    objects.add(new SceneObject(g.shape, rgb, name, g.size, Set.copyOf(clauseMotions), speed, g.placement));
                }
            }
            if (!groups.isEmpty()) {
                lastClauseEnd = objects.size();
            }
            groups.clear();
            motions.clear();
            speed = 1;
            expectDirection = false;
            expectCameraMove = false;
            if (colour != null && (background == null || background == Background.DEFAULT)) {
                // "... over blue" without the word background, or "the background is blue"
                background = new Background(Background.Texture.PLAIN, colour);
            }
            resetModifiers();
        }

        /** A clause with verbs and no subject ("..., and spins") adds its verbs to the previous clause's objects. */
        private void addToLastClause() {
            for (int i = lastClauseStart; i < lastClauseEnd; i++) {
                SceneObject o = objects.get(i);
                Set<Motion> merged = EnumSet.noneOf(Motion.class);
                merged.addAll(o.motions());
                merged.addAll(motions);
                if (merged.size() > 1) {
                    merged.remove(Motion.STILL);
                }
                double s = speed != 1 ? speed : o.speed();
                objects.set(i, new SceneObject(o.shape(), o.rgb(), o.colourName(), o.size(), Set.copyOf(merged), s, o.placement()));
            }
        }

        private void endShot() {
            endClause();
            if (objects.isEmpty() && background == null && camera == CameraMove.STATIC) {
                return;
            }
            Background bg = background != null ? background : previousBackground != null ? previousBackground : Background.DEFAULT;
            shots.add(new SceneShot(bg, List.copyOf(objects), camera));
            previousBackground = bg;
            background = null;
            objects = new ArrayList<>();
            lastClauseStart = 0;
            lastClauseEnd = 0;
            camera = CameraMove.STATIC;
        }
    }
}
