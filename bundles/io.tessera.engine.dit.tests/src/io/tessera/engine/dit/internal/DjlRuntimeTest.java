package io.tessera.engine.dit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** PyTorch through DJL, inside the OSGi framework, offline, with natives from the embedded jar. */
class DjlRuntimeTest {

    @Test
    void matrixProductMatchesPlainJava() throws Exception {
        int n = 64;
        float[] a = new float[n * n];
        float[] b = new float[n * n];
        Random random = new Random(1);
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat() - 0.5f;
            b[i] = random.nextFloat() - 0.5f;
        }
        float[] product = DjlRuntime.call(() -> {
            try (NDManager m = NDManager.newBaseManager()) {
                NDArray x = m.create(a, new Shape(n, n));
                NDArray y = m.create(b, new Shape(n, n));
                return x.matMul(y).toFloatArray();
            }
        });
        for (int i = 0; i < n; i += 7) {
            for (int j = 0; j < n; j += 5) {
                double expected = 0;
                for (int k = 0; k < n; k++) {
                    expected += a[i * n + k] * b[k * n + j];
                }
                assertEquals(expected, product[i * n + j], 1e-4);
            }
        }
        assertEquals("PyTorch", DjlRuntime.engine().getEngineName());
    }
}
