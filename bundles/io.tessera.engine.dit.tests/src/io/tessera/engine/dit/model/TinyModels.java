package io.tessera.engine.dit.model;

import java.util.List;

/** Small random-weight models for fast tests: the same code paths as the shipped model, a few thousand parameters. */
final class TinyModels {
    static final List<String> WORDS = List.of("a", "red", "blue", "circle", "square", "moves", "right", "left", "over", "background");

    private TinyModels() {
    }

    /** 32×32 frames, 4 latent channels, 2×2×2 patches, windows of 8 frames with 4 of context. */
    static ModelConfig config() {
        return new ModelConfig(ModelConfig.FORMAT, 32, 32, 8, 8, 4, 4, 1f, List.of(8, 8, 8, 8), List.of(8, 8, 8, 8), 2, 2, 32, 2, 2, 1, 12, WORDS);
    }

    /** A model whose last layers are not zero, so outputs depend on every input (a fresh model predicts zero velocity). */
    static DitModel randomised(long seed) {
        DitModel m = DitModel.create(config(), seed);
        Params p = m.params();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed + 1);
        for (var e : p.arrays().entrySet()) {
            if (e.getKey().endsWith(".w") && (e.getKey().contains("ada") || e.getKey().contains("final") || e.getKey().endsWith("co.w"))) {
                float[] v = new float[(int) e.getValue().getShape().size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) (Params.gaussian(r) * 0.05);
                }
                e.getValue().set(v);
            }
        }
        return m;
    }

    static byte[] frame(int w, int h, int seed) {
        byte[] f = new byte[w * h * 3];
        java.util.Random r = new java.util.Random(seed);
        r.nextBytes(f);
        return f;
    }
}
