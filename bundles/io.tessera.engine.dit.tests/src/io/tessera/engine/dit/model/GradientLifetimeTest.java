package io.tessera.engine.dit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.tessera.engine.dit.internal.DjlRuntime;

/**
 * Gradients do not depend on when the garbage collector runs. Everything the backward pass reads must be memory the
 * native library owns or a tensor that stays open until the step's scope closes: DJL turns a Java number given to
 * {@code mul}/{@code div}/... into a tensor over a temporary direct buffer and closes it when the call returns, and a
 * collection before the backward pass then frees memory that autograd still multiplies by (that made
 * TrainingTest.resumingFromACheckpointIsExact fail once with NaN weights).
 */
class GradientLifetimeTest {

    /** Runs a forward pass, optionally collects garbage and scribbles over freed native memory, then the backward pass. */
    private static Map<String, float[]> gradients(String prefix, boolean collectBeforeBackward, BiFunction<DitModel, NDManager, NDArray> loss)
            throws Exception {
        return DjlRuntime.call(() -> {
            Map<String, float[]> out = new LinkedHashMap<>();
            try (DitModel m = TinyModels.randomised(3)) {
                List<NDArray> trained = new ArrayList<>();
                for (Map.Entry<String, NDArray> e : m.params().arrays().entrySet()) {
                    if (e.getKey().startsWith("ae.") == prefix.equals("ae.")) {
                        e.getValue().setRequiresGradient(true);
                        trained.add(e.getValue());
                    }
                }
                try (NDManager scope = m.manager().newSubManager()) {
                    scope.tempAttachAll(trained.toArray(new NDArray[0]));
                    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                        NDArray l = loss.apply(m, scope);
                        if (collectBeforeBackward) {
                            collectFreedDirectBuffers();
                        }
                        gc.backward(l);
                    }
                    for (Map.Entry<String, NDArray> e : m.params().arrays().entrySet()) {
                        if (e.getValue().hasGradient()) {
                            out.put(e.getKey(), e.getValue().getGradient().toFloatArray());
                        }
                    }
                }
            }
            return out;
        });
    }

    private static List<ByteBuffer> garbage = new ArrayList<>();

    /** Makes the collector free every unreachable direct buffer, then refills freed small blocks with NaN. */
    private static void collectFreedDirectBuffers() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            WeakReference<ByteBuffer> probe = new WeakReference<>(ByteBuffer.allocateDirect(4));
            for (int i = 0; i < 200 && probe.get() != null; i++) {
                System.gc();
                Thread.sleep(5);
            }
            Thread.sleep(20); // the buffers' cleaners run right after the collection
        }
        garbage = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(4 << (i % 4)).order(ByteOrder.nativeOrder());
            for (int k = 0; k + 4 <= b.capacity(); k += 4) {
                b.putFloat(k, Float.NaN);
            }
            garbage.add(b);
        }
    }

    private static NDArray transformerLoss(DitModel m, NDManager s) {
        ModelTraining.Batch b = TrainingTest.batch(m, 1);
        Shape latent = new Shape(b.size(), 4, b.frames(), b.latentHeight(), b.latentWidth());
        NDArray x0 = s.create(b.clean(), latent);
        NDArray noise = s.create(b.noise(), latent);
        NDArray mask = s.create(b.mask(), new Shape(b.size(), 1, b.frames(), b.latentHeight(), b.latentWidth()));
        DiffusionTransformer dit = m.transformer();
        return FlowMatching.loss(dit, x0, x0.mul(mask), mask, noise, b.t(), dit.encodeText(s, b.ids(), b.lengths()));
    }

    private static NDArray autoencoderLoss(DitModel m, NDManager s) {
        float[] px = new float[2 * 3 * 16 * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) Math.sin(i * 0.37);
        }
        return ModelTraining.autoencoderLoss(m.autoencoder(), s.create(px, new Shape(2, 3, 16, 16)));
    }

    private static void assertSameGradients(Map<String, float[]> want, Map<String, float[]> got) {
        assertEquals(want.keySet(), got.keySet());
        List<String> differ = new ArrayList<>();
        for (String k : want.keySet()) {
            if (!Arrays.equals(want.get(k), got.get(k))) {
                differ.add(k);
            }
        }
        assertTrue(differ.isEmpty(), "gradients changed by a garbage collection before the backward pass: " + differ);
        boolean any = false;
        for (float[] g : want.values()) {
            for (float f : g) {
                assertTrue(Float.isFinite(f));
                any |= f != 0;
            }
        }
        assertTrue(any, "the model passes gradients at all");
    }

    @Test
    void transformerGradientsDoNotDependOnTheGarbageCollector() throws Exception {
        Map<String, float[]> want = gradients("", false, GradientLifetimeTest::transformerLoss);
        assertFalse(want.isEmpty());
        assertSameGradients(want, gradients("", true, GradientLifetimeTest::transformerLoss));
    }

    @Test
    void autoencoderGradientsDoNotDependOnTheGarbageCollector() throws Exception {
        Map<String, float[]> want = gradients("ae.", false, GradientLifetimeTest::autoencoderLoss);
        assertFalse(want.isEmpty());
        assertSameGradients(want, gradients("ae.", true, GradientLifetimeTest::autoencoderLoss));
    }
}
