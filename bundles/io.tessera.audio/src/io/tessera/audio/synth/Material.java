package io.tessera.audio.synth;

import java.util.Locale;
import java.util.Map;

/**
 * How something sounds when struck: the frequency ratios of its first modes, how fast they die away, its pitch
 * for a medium-sized object, and how much of the hit is noise rather than ringing. Values follow the usual modal
 * synthesis tables (metal bars ring long and inharmonic, wood is short and dull, rubber is a thud).
 *
 * @param ratios    mode frequencies relative to the fundamental
 * @param decays    seconds for each mode to fall by 60 dB
 * @param baseHz    fundamental for a medium object (size 0.15 of the frame)
 * @param noise     share of the hit that is a noise burst
 * @param noiseMs   length of that burst
 */
public record Material(String name, double[] ratios, double[] decays, double baseHz, double noise, double noiseMs) {

    public static final Material METAL = new Material("metal", new double[] { 1, 2.76, 5.40, 8.93, 13.34 },
            new double[] { 1.4, 1.1, 0.8, 0.55, 0.4 }, 520, 0.3, 3);
    public static final Material GLASS = new Material("glass", new double[] { 1, 2.32, 4.25, 6.63 }, new double[] { 0.8, 0.6, 0.4, 0.3 },
            1300, 0.25, 2);
    public static final Material WOOD = new Material("wood", new double[] { 1, 2.57, 4.9, 7.6 }, new double[] { 0.16, 0.1, 0.07, 0.05 },
            260, 0.35, 6);
    public static final Material PLASTIC = new Material("plastic", new double[] { 1, 2.2, 3.9, 6.1 }, new double[] { 0.12, 0.09, 0.06, 0.04 },
            480, 0.3, 4);
    public static final Material RUBBER = new Material("rubber", new double[] { 1, 1.55, 2.2 }, new double[] { 0.07, 0.05, 0.035 }, 140, 0.45, 8);
    public static final Material STONE = new Material("stone", new double[] { 1, 2.1, 3.4, 5.2 }, new double[] { 0.08, 0.06, 0.04, 0.03 }, 230,
            0.55, 7);

    private static final Map<String, Material> WORDS = Map.ofEntries(Map.entry("metal", METAL), Map.entry("metallic", METAL),
            Map.entry("steel", METAL), Map.entry("iron", METAL), Map.entry("tin", METAL), Map.entry("copper", METAL),
            Map.entry("brass", METAL), Map.entry("golden", METAL), Map.entry("gold", METAL), Map.entry("silver", METAL),
            Map.entry("glass", GLASS), Map.entry("crystal", GLASS), Map.entry("ice", GLASS), Map.entry("wood", WOOD),
            Map.entry("wooden", WOOD), Map.entry("plastic", PLASTIC), Map.entry("rubber", RUBBER), Map.entry("bouncy", RUBBER),
            Map.entry("stone", STONE), Map.entry("rock", STONE), Map.entry("concrete", STONE), Map.entry("marble", STONE),
            Map.entry("ceramic", GLASS), Map.entry("porcelain", GLASS));

    private static final Map<String, Material> SHAPE_DEFAULTS = Map.ofEntries(Map.entry("ball", RUBBER), Map.entry("circle", RUBBER),
            Map.entry("disc", PLASTIC), Map.entry("dot", RUBBER), Map.entry("square", WOOD), Map.entry("box", WOOD), Map.entry("cube", WOOD),
            Map.entry("rectangle", WOOD), Map.entry("triangle", PLASTIC), Map.entry("star", METAL), Map.entry("diamond", GLASS),
            Map.entry("hexagon", METAL), Map.entry("ring", METAL), Map.entry("donut", RUBBER));

    /** The material a word names ("steel", "wooden"...), or null. */
    public static Material ofWord(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** What an object of this shape is made of when the prompt does not say, or null for an unknown shape word. */
    public static Material defaultForShape(String shapeWord) {
        String w = shapeWord.toLowerCase(Locale.ROOT);
        Material m = SHAPE_DEFAULTS.get(w);
        if (m == null && w.endsWith("s")) {
            m = SHAPE_DEFAULTS.get(w.substring(0, w.length() - 1));
        }
        if (m == null && w.endsWith("es")) {
            m = SHAPE_DEFAULTS.get(w.substring(0, w.length() - 2));
        }
        return m;
    }
}
