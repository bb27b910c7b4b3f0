package io.tessera.engine.dit.internal.bench;

import java.util.Locale;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tessera.engine.dit.internal.DjlRuntime;

/**
 * The machine's float32 matrix-multiply peak through DJL/PyTorch: the yardstick for the DiT engine's model FLOP
 * utilisation. Usage: MatmulPeakBench [seconds-per-size].
 */
public final class MatmulPeakBench {
    private MatmulPeakBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        DjlRuntime.call(() -> {
            try (NDManager m = NDManager.newBaseManager()) {
                for (int n : new int[] { 256, 512, 1024 }) {
                    NDArray a = m.randomNormal(new Shape(n, n));
                    NDArray b = m.randomNormal(new Shape(n, n));
                    for (int i = 0; i < 3; i++) {
                        a.matMul(b).close();
                    }
                    long start = System.nanoTime();
                    long count = 0;
                    while (System.nanoTime() - start < seconds * 1e9) {
                        a.matMul(b).close();
                        count++;
                    }
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "matmul %4d^2 float32: %.1f GFLOP/s (%d products, %d intra-op threads)%n", n,
                            2.0 * n * n * n * count / elapsed / 1e9, count, Runtime.getRuntime().availableProcessors());
                }
            }
            return null;
        });
    }
}
