package io.tessera.engine.dit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.engine.dit.internal.DjlRuntime;

/** Gradients reach the weights, and a resumed run continues exactly as an uninterrupted one. */
class TrainingTest {
    @TempDir
    Path dir;

    static ModelTraining.Batch batch(DitModel m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 * 4 * 8 * 4 * 4;
        float[] clean = new float[n];
        float[] noise = new float[n];
        for (int i = 0; i < n; i++) {
            clean[i] = (float) Math.sin(i * 0.1);
            noise[i] = (float) Params.gaussian(r);
        }
        float[] mask = new float[2 * 8 * 16];
        java.util.Arrays.fill(mask, 0, 16, 1f);
        Tokenizer.Tokens t = m.tokenizer().encode("a red circle moves right");
        int[] ids = new int[24];
        System.arraycopy(t.ids(), 0, ids, 0, 12);
        System.arraycopy(t.ids(), 0, ids, 12, 12);
        return new ModelTraining.Batch(2, 8, 4, 4, clean, noise, mask, ids, new int[] { t.length(), t.length() }, new float[] { 0.3f, 0.7f });
    }

    @Test
    void transformerLossFallsOnAFixedBatch() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = DitModel.create(TinyModels.config(), 1); ModelTraining t = new ModelTraining(m, ModelTraining.Stage.TRANSFORMER, 0.9f)) {
                ModelTraining.Batch b = batch(m, 1);
                float first = t.transformerStep(b, 3e-3f);
                float last = first;
                for (int i = 0; i < 30; i++) {
                    last = t.transformerStep(b, 3e-3f);
                }
                assertTrue(last < 0.7 * first, "loss " + first + " -> " + last);
            }
            return null;
        });
    }

    @Test
    void autoencoderLossFalls() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = DitModel.create(TinyModels.config(), 1); ModelTraining t = new ModelTraining(m, ModelTraining.Stage.AUTOENCODER, 0.9f)) {
                float[] px = new float[2 * 3 * 16 * 16];
                for (int i = 0; i < px.length; i++) {
                    px[i] = (i / 48) % 2 == 0 ? 0.8f : -0.5f;
                }
                float first = t.autoencoderStep(px, 2, 16, 16, 3e-3f);
                float last = first;
                java.util.List<Float> losses = new java.util.ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    last = t.autoencoderStep(px, 2, 16, 16, 3e-3f);
                    losses.add(last);
                }
                assertTrue(last < 0.5 * first, "loss " + first + " -> " + losses);
            }
            return null;
        });
    }

    @Test
    void resumingFromACheckpointIsExact() throws Exception {
        DjlRuntime.call(() -> {
            float[] straight;
            try (DitModel m = DitModel.create(TinyModels.config(), 1); ModelTraining t = new ModelTraining(m, ModelTraining.Stage.TRANSFORMER, 0.9f)) {
                for (int i = 0; i < 4; i++) {
                    t.transformerStep(batch(m, i), 1e-3f);
                }
                straight = m.params().get("blk.0.qkv.w").toFloatArray();
            }
            Path ckpt = dir.resolve("dit.ckpt");
            try (DitModel m = DitModel.create(TinyModels.config(), 1); ModelTraining t = new ModelTraining(m, ModelTraining.Stage.TRANSFORMER, 0.9f)) {
                for (int i = 0; i < 2; i++) {
                    t.transformerStep(batch(m, i), 1e-3f);
                }
                t.saveCheckpoint(ckpt);
            }
            try (DitModel m = DitModel.create(TinyModels.config(), 99); ModelTraining t = new ModelTraining(m, ModelTraining.Stage.TRANSFORMER, 0.9f)) {
                t.loadCheckpoint(ckpt);
                for (int i = 2; i < 4; i++) {
                    t.transformerStep(batch(m, i), 1e-3f);
                }
                assertArrayEquals(straight, m.params().get("blk.0.qkv.w").toFloatArray());
            }
            return null;
        });
    }

    @Test
    void aNonFiniteGradientStopsTrainingAndNeverReachesACheckpoint() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = DitModel.create(TinyModels.config(), 1); ModelTraining t = new ModelTraining(m, ModelTraining.Stage.TRANSFORMER, 0.9f)) {
                t.transformerStep(batch(m, 0), 1e-3f);
                Path ckpt = dir.resolve("dit.ckpt");
                t.saveCheckpoint(ckpt);
                byte[] good = Files.readAllBytes(ckpt);
                float[] qkv = m.params().get("blk.0.qkv.w").toFloatArray();
                poison(m.params().get("time.1.b"));
                IllegalStateException stop = assertThrows(IllegalStateException.class, () -> t.transformerStep(batch(m, 1), 1e-3f));
                assertTrue(stop.getMessage().contains("step 2") && stop.getMessage().contains("not finite"), stop.getMessage());
                assertTrue(stop.getMessage().contains("blk.0.qkv.w") || stop.getMessage().contains("more"), stop.getMessage());
                assertArrayEquals(qkv, m.params().get("blk.0.qkv.w").toFloatArray(), "no weight changes at a failed step");
                assertTrue(t.step() == 1, "the step does not advance");
                IOException refused = assertThrows(IOException.class, () -> t.saveCheckpoint(ckpt));
                assertTrue(refused.getMessage().contains("time.1.b"), refused.getMessage());
                assertArrayEquals(good, Files.readAllBytes(ckpt), "the last good checkpoint is kept");
                assertFalse(Files.exists(dir.resolve("dit.ckpt.tmp")));
            }
            return null;
        });
    }

    /** Puts a NaN into a weight, as a diverged or corrupted run would. */
    private static void poison(ai.djl.ndarray.NDArray a) {
        float[] v = a.toFloatArray();
        v[0] = Float.NaN;
        a.set(v);
    }
}
