package io.tessera.train.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tessera.engine.scene.Vocabulary;

/** The scene language's object colours, compared in CIE Lab so the nearest colour is the one a viewer would name. */
final class Palette {
    private static final Map<Integer, String> COLOURS = new LinkedHashMap<>();

    static {
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(Vocabulary.COLOURS).entrySet()) {
            if (e.getValue() >= 0) {
                COLOURS.putIfAbsent(e.getValue(), e.getKey());
            }
        }
    }

    /** The palette's colours and their Lab values, in the same order. */
    private static final int[] RGB = COLOURS.keySet().stream().mapToInt(Integer::intValue).toArray();
    private static final double[][] LAB = java.util.Arrays.stream(RGB).mapToObj(Palette::lab).toArray(double[][]::new);

    /** Nearest palette colour for every RGB colour at 5 bits a channel, made on first use. */
    private static volatile int[] table;

    private Palette() {
    }

    /**
     * The palette colour nearest to the pixel's colour (each channel to 5 bits, finer than the palette's spacing):
     * fast enough to ask for every pixel of a clip.
     */
    static int nearestOfPixel(int r, int g, int b) {
        int[] t = table;
        if (t == null) {
            t = new int[1 << 15];
            for (int i = 0; i < t.length; i++) {
                int cr = (i >> 10 & 31) * 255 / 31;
                int cg = (i >> 5 & 31) * 255 / 31;
                int cb = (i & 31) * 255 / 31;
                t[i] = nearest(cr << 16 | cg << 8 | cb);
            }
            table = t;
        }
        return t[(r >> 3) << 10 | (g >> 3) << 5 | b >> 3];
    }

    /** The palette colour nearest to {@code rgb}. */
    static int nearest(int rgb) {
        double[] lab = lab(rgb);
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int k = 0; k < RGB.length; k++) {
            double d = distance(lab, LAB[k]);
            if (d < bestD) {
                bestD = d;
                best = RGB[k];
            }
        }
        return best;
    }

    static String name(int rgb) {
        return COLOURS.getOrDefault(rgb, String.format("#%06x", rgb)); //$NON-NLS-1$
    }

    static double distance(double[] a, double[] b) {
        double dl = a[0] - b[0];
        double da = a[1] - b[1];
        double db = a[2] - b[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    static double[] lab(int rgb) {
        double r = lin((rgb >> 16 & 0xFF) / 255.0);
        double g = lin((rgb >> 8 & 0xFF) / 255.0);
        double b = lin((rgb & 0xFF) / 255.0);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
    }

    private static double lin(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
