package io.tessera.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.tessera.engine.scene.Motion;

/**
 * Draws random scenes of the shapes world and phrases them as captions in several ways, so the text encoder learns
 * the meaning rather than one template. Every caption is written in the scene language, so the scene engine renders
 * exactly what the caption says (the tests check that each one parses back to the sampled objects).
 */
public final class CaptionSampler {
    private static final String[] COLOURS = { "red", "green", "blue", "yellow", "orange", "purple", "pink", "white", "cyan", "brown" };
    private static final String[] SHAPES = { "circle", "square", "triangle", "star", "diamond", "hexagon", "ring", "rectangle" };
    private static final String[] SIZES = { "", "", "small", "big", "tiny", "large" };
    private static final String[] COUNTS = { "a", "one", "two", "three", "four" };
    private static final int[] COUNT_VALUES = { 1, 1, 2, 3, 4 };
    private static final String[][] MOTIONS = { { "moves right", "goes right", "slides right" }, { "moves left", "goes left", "drifts left" },
            { "rises", "moves up", "goes up" }, { "falls", "drops", "moves down" }, { "bounces", "bounces around" }, { "spins", "rotates" },
            { "grows", "expands" }, { "shrinks" }, { "zigzags" }, { "orbits" }, { "pulses" }, { "stays still", "sits still" } };
    private static final Motion[] MOTION_VALUES = { Motion.RIGHT, Motion.LEFT, Motion.UP, Motion.DOWN, Motion.BOUNCE, Motion.SPIN,
            Motion.GROW, Motion.SHRINK, Motion.ZIGZAG, Motion.ORBIT, Motion.PULSE, Motion.STILL };
    private static final String[] BACKGROUNDS = { "sky", "grass", "sand", "water", "brick", "checkerboard", "wood", "night" };

    /** What the caption asks for, for checking and for the benchmark's ground truth. */
    public record ObjectSpec(int count, String colour, String shape, Motion motion) {
    }

    public record Caption(String text, List<ObjectSpec> objects, String background) {
    }

    private CaptionSampler() {
    }

    public static Caption sample(SplittableRandom random) {
        int groups = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
        List<ObjectSpec> specs = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int c = random.nextInt(COUNTS.length);
            String colour = COLOURS[random.nextInt(COLOURS.length)];
            String shape = SHAPES[random.nextInt(SHAPES.length)];
            int m = random.nextInt(MOTIONS.length);
            String size = SIZES[random.nextInt(SIZES.length)];
            String noun = COUNT_VALUES[c] > 1 ? plural(shape) : shape;
            String verb = MOTIONS[m][random.nextInt(MOTIONS[m].length)];
            if (COUNT_VALUES[c] > 1) {
                verb = pluralVerb(verb);
            }
            String phrase = String.join(" ", List.of(COUNTS[c], size, colour, noun).stream().filter(s -> !s.isEmpty()).toList());
            clauses.add(phrase + " " + verb);
            specs.add(new ObjectSpec(COUNT_VALUES[c], colour, shape, MOTION_VALUES[m]));
        }
        String bg = random.nextInt(5) == 0 ? COLOURS[random.nextInt(COLOURS.length)] : BACKGROUNDS[random.nextInt(BACKGROUNDS.length)];
        String background = isPlainColour(bg) ? "a " + bg + " background" : bg.equals("night") ? "a starry night background" : "a " + bg + " background";
        String text = switch (random.nextInt(3)) {
            case 0 -> String.join("; ", clauses) + " over " + background;
            case 1 -> "on " + background + ", " + String.join(", ", clauses);
            default -> String.join(". ", clauses) + ". the background is " + bg;
        };
        return new Caption(text, List.copyOf(specs), bg);
    }

    private static boolean isPlainColour(String bg) {
        for (String c : COLOURS) {
            if (c.equals(bg)) {
                return true;
            }
        }
        return false;
    }

    private static String plural(String shape) {
        return shape.endsWith("x") ? shape + "es" : shape + "s";
    }

    /** "moves right" → "move right", "bounces" → "bounce": agreement with a plural subject. */
    private static String pluralVerb(String verb) {
        String[] words = verb.split(" ", 2);
        String v = words[0];
        String base = v.endsWith("ches") || v.endsWith("shes") || v.endsWith("xes") || v.endsWith("oes") ? v.substring(0, v.length() - 2)
                : v.endsWith("s") && !v.endsWith("ss") ? v.substring(0, v.length() - 1) : v;
        return words.length > 1 ? base + " " + words[1] : base;
    }
}
