package io.tessera.train.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.tessera.engine.scene.Background;
import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneRenderer;
import io.tessera.engine.scene.SceneSimulation;
import io.tessera.engine.scene.Vocabulary;

/**
 * Names the background of a clip from its estimated background image: mean colour (Lab), brightness spread and
 * texture (mean gradient), matched to references measured on the scene engine's own textures and plain colours at
 * the same size. The clip's metadata is never read.
 */
final class BackgroundClassifier {
    private final Map<String, double[]> references = new LinkedHashMap<>();

    BackgroundClassifier(int width, int height) {
        for (Background.Texture t : Background.Texture.values()) {
            if (t != Background.Texture.PLAIN) {
                String word = t == Background.Texture.NIGHT ? "a starry night background" : "a " + t.name().toLowerCase(Locale.ROOT) + " background"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                references.put(t.name().toLowerCase(Locale.ROOT), features(render(word, width, height), width, height));
            }
        }
        for (Map.Entry<String, Integer> c : new java.util.TreeMap<>(Vocabulary.COLOURS).entrySet()) {
            if (c.getValue() >= 0 && !references.containsKey(Palette.name(c.getValue()))) {
                references.put(Palette.name(c.getValue()), features(render("a " + c.getKey() + " background", width, height), width, height)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    static String name(Background b) {
        return b.texture() == Background.Texture.PLAIN ? Palette.name(b.rgb()) : b.texture().name().toLowerCase(Locale.ROOT);
    }

    String classify(byte[] background, int width, int height) {
        double[] f = features(background, width, height);
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (Map.Entry<String, double[]> e : references.entrySet()) {
            double[] r = e.getValue();
            double d = Math.sqrt(sq(f[0] - r[0]) + sq(f[1] - r[1]) + sq(f[2] - r[2]) + sq(1.5 * (f[3] - r[3])) + sq(1.5 * (f[4] - r[4])));
            if (d < bestD) {
                bestD = d;
                best = e.getKey();
            }
        }
        return best;
    }

    private static double sq(double v) {
        return v * v;
    }

    /** A frame of the background alone: a scene with a tiny object, rendered where it does not matter. */
    private static byte[] render(String background, int width, int height) {
        try {
            Scene scene = SceneParser.parse("a tiny black dot over " + background); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            SceneSimulation sim = new SceneSimulation(scene, width, height, 8, 1, 1);
            FrameState s = sim.next();
            return new SceneRenderer(width, height, 1).render(new FrameState(s.frame(), s.shot(), s.shotSeconds(), s.background(), java.util.List.of(),
                    s.events(), s.panX(), s.zoom())).rgb();
        } catch (SceneParseException e) {
            throw new IllegalStateException("the scene language no longer parses its own background: " + background, e); //$NON-NLS-1$
        }
    }

    /** Mean L, a, b; standard deviation of L; mean absolute horizontal L gradient. */
    static double[] features(byte[] rgb, int width, int height) {
        int n = width * height;
        double[] l = new double[n];
        double sa = 0;
        double sb = 0;
        double sl = 0;
        for (int i = 0; i < n; i++) {
            double[] lab = Palette.lab((rgb[i * 3] & 0xFF) << 16 | (rgb[i * 3 + 1] & 0xFF) << 8 | rgb[i * 3 + 2] & 0xFF);
            l[i] = lab[0];
            sl += lab[0];
            sa += lab[1];
            sb += lab[2];
        }
        double ml = sl / n;
        double var = 0;
        double grad = 0;
        for (int i = 0; i < n; i++) {
            var += sq(l[i] - ml);
            if (i % width != width - 1) {
                grad += Math.abs(l[i + 1] - l[i]);
            }
        }
        return new double[] { ml, sa / n, sb / n, Math.sqrt(var / n), grad / n };
    }
}
