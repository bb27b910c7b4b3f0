package io.tessera.engine.dit.model;

import java.util.List;

/**
 * Predicts the arithmetic and memory of a generation from the model's shape: multiply-adds of every Transformer
 * forward (patch embedding, attention, cross-attention, MLP) times sampler steps and guidance batch, plus the
 * decoder's convolutions per frame. Seconds follow from a sustained rate measured on the machine
 * ({@code tessera bench speed} prints prediction and measurement side by side).
 */
public final class CostModel {
    /** Sustained FLOP/s of this model's forward passes on 2 CPU cores (docs/BENCHMARKS.md, "DiT speed"). */
    public static final double SUSTAINED_FLOPS = 90e9;
    /** Native memory of libtorch, the JVM and the codec before any tensor is made. */
    static final long BASELINE_BYTES = 700L << 20;

    private final ModelConfig c;

    public CostModel(ModelConfig c) {
        this.c = c;
    }

    public long tokens(int latentFrames, int latentHeight, int latentWidth) {
        return (long) (latentFrames / c.patchFrames()) * (latentHeight / c.patchSize()) * (latentWidth / c.patchSize());
    }

    /** FLOPs of one Transformer forward for one sample over {@code n} tokens. */
    public double transformerFlops(long n) {
        double d = c.dim();
        double text = c.maxTextTokens();
        double patchIn = (2.0 * c.latentChannels() + 1) * c.patchFrames() * c.patchSize() * c.patchSize();
        double patchOut = (double) c.latentChannels() * c.patchFrames() * c.patchSize() * c.patchSize();
        double perBlock = n * (2 * 14 * d * d) + 4.0 * n * n * d + 4.0 * n * text * d + text * 2 * 2 * d * d + 2 * 6 * d * d;
        return c.depth() * perBlock + 2 * n * d * (patchIn + patchOut);
    }

    /** FLOPs of decoding one frame of {@code width}×{@code height}. */
    public double decoderFlops(int width, int height) {
        List<Integer> w = c.decoderWidths();
        double p8 = (width / 8.0) * (height / 8.0);
        double f = conv(p8, c.latentChannels(), w.get(3), 3) + 2 * conv(p8, w.get(3), w.get(3), 3);
        f += conv(p8 * 4, w.get(3), w.get(2), 3) + 2 * conv(p8 * 4, w.get(2), w.get(2), 3);
        f += conv(p8 * 16, w.get(2), w.get(1), 3) + conv(p8 * 64, w.get(1), w.get(0), 3) + conv(p8 * 64, w.get(0), 3, 3);
        return f;
    }

    public double encoderFlops(int width, int height) {
        List<Integer> w = c.encoderWidths();
        double p = (double) width * height;
        return conv(p, 3, w.get(0), 3) + conv(p / 4, w.get(0), w.get(1), 3) + conv(p / 16, w.get(1), w.get(2), 3) + conv(p / 64, w.get(2), w.get(3), 3)
                + 2 * conv(p / 64, w.get(3), w.get(3), 3);
    }

    private static double conv(double pixels, int in, int out, int k) {
        return 2 * pixels * in * out * k * k;
    }

    /** FLOPs of generating {@code frames} frames at {@code width}×{@code height} with the given sampler settings. */
    public double generationFlops(int frames, int width, int height, int steps, boolean guided, boolean heun) {
        int windows = windows(frames);
        long n = tokens(c.windowFrames(), height / 8, width / 8);
        double perForward = transformerFlops(n) * (guided ? 2 : 1);
        double forwards = (double) steps * (heun ? 2 : 1);
        return windows * perForward * forwards + frames * decoderFlops(width, height);
    }

    public int windows(int frames) {
        int first = c.windowFrames();
        int next = c.windowFrames() - c.contextFrames();
        return frames <= first ? 1 : 1 + (frames - first + next - 1) / next;
    }

    /** Peak bytes: weights, one window's activations (guidance doubles the batch), a decoded chunk, the baseline. */
    public long peakBytes(int width, int height, boolean guided) {
        long n = tokens(c.windowFrames(), height / 8, width / 8);
        long batch = guided ? 2 : 1;
        long weights = 4L * countParameters();
        long activations = batch * n * c.dim() * 4L * 16 + batch * c.heads() * n * n * 4L * 3;
        long decoder = 4L * width * height * Math.max(c.decoderWidths().get(0), 3) * 4 * 3;
        return BASELINE_BYTES + weights + activations + decoder;
    }

    long countParameters() {
        long d = c.dim();
        long perBlock = 22 * d * d;
        long text = c.textDepth() * 12 * d * d;
        return c.depth() * perBlock + text + 2L * d * d;
    }
}
