package io.tessera.engine.dit.internal.bench;

import java.util.Locale;

import io.tessera.engine.dit.internal.DjlRuntime;
import io.tessera.engine.dit.model.SpeedBench;

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
            for (int n : new int[] { 256, 512, 1024 }) {
                System.out.printf(Locale.ROOT, "matmul %4d^2 float32: %.1f GFLOP/s (%d cores)%n", n, SpeedBench.matmulRate(n, seconds) / 1e9,
                        Runtime.getRuntime().availableProcessors());
            }
            return null;
        });
    }
}
