package io.tessera.media.audio;

import java.util.Arrays;

/**
 * Polyphase windowed-sinc interpolation shared by the true-peak meter and the limiter, so the limiter removes
 * exactly the peaks the meter would report. Every phase is a 48-tap FIR: each one is a fractional-delay
 * filter, and together they give the values between two samples as an ideal reconstruction (a D/A converter or
 * lossy encoder) would. The inner loop is a plain multiply-add over a block so the JIT vectorises it; 60 s of stereo
 * then take tens of milliseconds rather than most of a second.
 */
public final class Oversampler {
    static final int TAPS = 48;
    /** Samples before the interpolated point that each phase reads; the other 24 come after it. */
    private static final int BEFORE = TAPS / 2 - 1;
    /** Kaiser window shape: flat within 0.01 dB to 0.45 fs (21.6 kHz at 48 kHz), images 71 dB down. */
    private static final double KAISER_BETA = 7.0;
    private static final int CHUNK = 4096;
    private static final double[][][] KERNELS = new double[5][][];

    private Oversampler() {
    }

    /** BS.1770-4 Annex 2: 4x at 48 kHz and below, 2x up to 96 kHz; above that the samples themselves are dense enough. */
    public static int factor(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate); //$NON-NLS-1$
        }
        return sampleRate <= 48_000 ? 4 : sampleRate <= 96_000 ? 2 : 1;
    }

    /** The coefficients of phases 1 .. factor-1 (phase 0 is the sample itself), each normalised to unit DC gain. */
    static synchronized double[][] kernel(int factor) {
        if (KERNELS[factor] == null) {
            double[][] phases = new double[factor - 1][TAPS];
            double radius = TAPS / 2.0;
            double i0Beta = besselI0(KAISER_BETA);
            for (int p = 1; p < factor; p++) {
                double delta = (double) p / factor;
                double[] h = new double[TAPS];
                double sum = 0.0;
                for (int j = 0; j < TAPS; j++) {
                    // Tap j weighs x[n + j - BEFORE] for the point n + delta.
                    double t = delta - (j - BEFORE);
                    double r = t / radius;
                    double w = besselI0(KAISER_BETA * Math.sqrt(Math.max(0.0, 1.0 - r * r))) / i0Beta;
                    h[j] = sinc(t) * w;
                    sum += h[j];
                }
                for (int j = 0; j < TAPS; j++) {
                    phases[p - 1][j] = h[j] / sum;
                }
            }
            KERNELS[factor] = phases;
        }
        return KERNELS[factor];
    }

    private static double sinc(double t) {
        if (t == 0.0) {
            return 1.0;
        }
        double x = Math.PI * t;
        return Math.sin(x) / x;
    }

    private static double besselI0(double x) {
        double sum = 1.0, term = 1.0, q = x * x / 4.0;
        for (int k = 1; k < 100 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }

    /**
     * The largest absolute value of the oversampled signal over all channels. If {@code perFrame} is given, it
     * receives for every frame n the largest absolute value on [n, n+1), over all channels, which is what the
     * limiter needs to know where to act.
     */
    public static double peak(float[] x, int channels, int frames, int factor, float[] perFrame) {
        double max = 0.0;
        if (perFrame != null) {
            Arrays.fill(perFrame, 0, frames, 0.0f);
        }
        for (int n = 0, idx = 0; n < frames; n++) {
            float m = 0.0f;
            for (int c = 0; c < channels; c++, idx++) {
                m = Math.max(m, Math.abs(x[idx]));
            }
            if (perFrame != null) {
                perFrame[n] = m;
            }
            max = Math.max(max, m);
        }
        if (factor == 1) {
            return max;
        }
        double[][] kernel = kernel(factor);
        float[] window = new float[CHUNK + TAPS - 1];
        // A double accumulator over a float window: arrays of different types cannot alias, which is what lets
        // C2 vectorise the loop below (same-typed arrays made it four to five times slower).
        double[] acc = new double[CHUNK];
        for (int n0 = 0; n0 < frames; n0 += CHUNK) {
            int n = Math.min(CHUNK, frames - n0);
            for (int c = 0; c < channels; c++) {
                for (int q = 0; q < n + TAPS - 1; q++) {
                    int f = n0 + q - BEFORE;
                    window[q] = f >= 0 && f < frames ? x[f * channels + c] : 0.0f;
                }
                for (double[] h : kernel) {
                    max = Math.max(max, filter(window, h, acc, n));
                    if (perFrame != null) {
                        for (int i = 0; i < n; i++) {
                            perFrame[n0 + i] = (float) Math.max(perFrame[n0 + i], Math.abs(acc[i]));
                        }
                    }
                }
            }
        }
        return max;
    }

    /**
     * One phase over one chunk; returns the chunk's largest absolute value. A method of its own so the JIT compiles
     * it after a few chunks instead of waiting for the whole track's loop, which cut a cold first call to about a quarter.
     */
    private static double filter(float[] window, double[] h, double[] acc, int n) {
        Arrays.fill(acc, 0, n, 0.0);
        for (int j = 0; j < TAPS; j++) {
            double hj = h[j];
            for (int i = 0; i < n; i++) {
                acc[i] += hj * window[i + j];
            }
        }
        double max = 0.0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(acc[i]));
        }
        return max;
    }

    public static double toDb(double linear) {
        return linear > 0.0 ? 20.0 * Math.log10(linear) : Double.NEGATIVE_INFINITY;
    }
}
