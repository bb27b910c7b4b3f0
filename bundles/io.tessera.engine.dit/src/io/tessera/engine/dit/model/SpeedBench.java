package io.tessera.engine.dit.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Measures the DiT engine against the machine: the float32 matrix-multiply peak (the yardstick), then generation of
 * clips at the model's native size and rate, reporting compute seconds per second of video, achieved FLOP/s from the
 * {@link CostModel}'s count (model FLOP utilisation = achieved / peak) and peak resident memory of each run (the
 * kernel's high-water mark, reset before each run).
 */
public final class SpeedBench {
    /** One generation run. */
    public record Run(double videoSeconds, int frames, double wallSeconds, double flops, long peakRssBytes, long predictedPeakBytes,
            double predictedSeconds) {

        public double secondsPerVideoSecond() {
            return wallSeconds / videoSeconds;
        }

        public double flopsPerSecond() {
            return flops / wallSeconds;
        }
    }

    private SpeedBench() {
    }

    /** Sustained float32 matmul rate at 1024² over about {@code seconds}. */
    public static double matmulPeak(double seconds) {
        return matmulRate(1024, seconds);
    }

    /** Sustained float32 FLOP/s of n×n matrix products over about {@code seconds}, after a warm-up. */
    public static double matmulRate(int n, double seconds) {
        try (NDManager m = NDManager.newBaseManager()) {
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
            return 2.0 * n * n * n * count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Generates {@code seconds} of video from {@code prompt} at the model's size and rate, timing it. */
    public static Run generate(DitModel model, String prompt, double seconds, int steps, float guidance) throws IOException {
        ModelConfig c = model.config();
        int frames = (int) Math.round(seconds * c.fps());
        CostModel cost = new CostModel(c);
        resetPeakRss();
        long start = System.nanoTime();
        int[] count = { 0 };
        new VideoDiffusion(model).generate(
                VideoDiffusion.Job.text(prompt, c.width(), c.height(), frames, new VideoDiffusion.Settings(steps, guidance, VideoDiffusion.Sampler.EULER, 1)),
                rgb -> count[0]++, new NullProgressMonitor());
        double wall = (System.nanoTime() - start) / 1e9;
        double flops = cost.generationFlops(frames, c.width(), c.height(), steps, guidance != 1f, false);
        return new Run(seconds, count[0], wall, flops, peakRss(), cost.peakBytes(c.width(), c.height(), guidance != 1f),
                flops / CostModel.SUSTAINED_FLOPS);
    }

    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the high-water mark then covers the whole process
        }
    }

    /** VmHWM of this process in bytes, or -1 where /proc is missing. */
    public static long peakRss() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status")); //$NON-NLS-1$
            for (String l : lines) {
                if (l.startsWith("VmHWM:")) { //$NON-NLS-1$
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024; //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
