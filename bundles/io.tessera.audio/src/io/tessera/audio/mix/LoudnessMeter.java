package io.tessera.audio.mix;

import java.util.Arrays;

/**
 * Integrated loudness after ITU-R BS.1770-4 / EBU R128, so generated soundtracks land at the loudness platforms
 * normalise to and agree with the meters editors use (FFmpeg's ebur128, libebur128). It is fed in pieces because
 * synthesis produces audio in buffers; only one energy value per 100 ms is kept, so memory stays tiny for any
 * length.
 * <p>
 * Channel weights: 1.0 for mono, stereo and other layouts; for six channels the 5.1 order L, R, C, LFE, Ls, Rs is
 * assumed, with the LFE ignored and the surrounds weighted 1.41 as BS.1770 prescribes. Only complete 400 ms blocks
 * count, as the standard says, so anything shorter than 400 ms reads as silence. At sample rates that are not a
 * multiple of 10 Hz the 100 ms step is rounded to whole samples.
 */
public final class LoudnessMeter {
    /** BS.1770's offset, chosen so a 1 kHz sine in both stereo channels reads its peak level in dBFS. */
    private static final double OFFSET_DB = -0.691;
    private static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double RELATIVE_GATE_LU = -10.0;
    /** Blocks are four 100 ms steps: 400 ms with 75 % overlap. */
    private static final int STEPS_PER_BLOCK = 4;
    /** Flush filter states below this to zero so long silences do not crawl through denormal arithmetic. */
    private static final double DENORMAL = 1e-30;

    private final int channels;
    private final int stepFrames;
    private final double[] weights;
    private final KWeighting k;
    /** Per channel: the four biquad states (two per stage, transposed direct form II). */
    private final double[][] state;
    private final double[] channelEnergy;
    private int stepFilled;
    /** Channel-weighted sum of squared K-weighted samples for each completed 100 ms step. */
    private double[] steps = new double[64];
    private int stepCount;

    public LoudnessMeter(int sampleRate, int channels) {
        if (sampleRate < 10) {
            throw new IllegalArgumentException("sample rate must be at least 10 Hz, not " + sampleRate); //$NON-NLS-1$
        }
        if (channels < 1) {
            throw new IllegalArgumentException("need at least one channel, not " + channels); //$NON-NLS-1$
        }
        this.channels = channels;
        this.stepFrames = (int) Math.round(sampleRate / 10.0);
        this.weights = weights(channels);
        this.k = new KWeighting(sampleRate);
        this.state = new double[channels][4];
        this.channelEnergy = new double[channels];
    }

    private static double[] weights(int channels) {
        double[] w = new double[channels];
        Arrays.fill(w, 1.0);
        if (channels == 6) {
            w[3] = 0.0;
            w[4] = 1.41;
            w[5] = 1.41;
        }
        return w;
    }

    /** Loudness of a whole track in one call, for callers that already hold all of it. */
    public static double integrated(float[] interleaved, int channels, int sampleRate) {
        if (channels < 1 || interleaved.length % channels != 0) {
            throw new IllegalArgumentException("buffer of " + interleaved.length + " samples does not hold whole frames of " //$NON-NLS-1$ //$NON-NLS-2$
                    + channels + " channels"); //$NON-NLS-1$
        }
        LoudnessMeter m = new LoudnessMeter(sampleRate, channels);
        m.accept(interleaved, interleaved.length / channels);
        return m.integratedLufs();
    }

    /** Feeds the next {@code frames} frames; the buffer may be longer than that so callers can reuse it. */
    public void accept(float[] interleaved, int frames) {
        if (frames < 0 || (long) frames * channels > interleaved.length) {
            throw new IllegalArgumentException(frames + " frames of " + channels + " channels do not fit in " //$NON-NLS-1$ //$NON-NLS-2$
                    + interleaved.length + " samples"); //$NON-NLS-1$
        }
        int done = 0;
        while (done < frames) {
            int seg = Math.min(frames - done, stepFrames - stepFilled);
            for (int c = 0; c < channels; c++) {
                channelEnergy[c] += filter(interleaved, done * channels + c, seg, state[c]);
            }
            done += seg;
            stepFilled += seg;
            if (stepFilled == stepFrames) {
                finishStep();
            }
        }
    }

    /** Runs both biquads over one channel's samples and returns the sum of the squared output. */
    private double filter(float[] x, int offset, int n, double[] s) {
        double s1 = s[0], s2 = s[1], s3 = s[2], s4 = s[3];
        double pb0 = k.pb0, pb1 = k.pb1, pb2 = k.pb2, pa1 = k.pa1, pa2 = k.pa2;
        double rb0 = k.rb0, rb1 = k.rb1, rb2 = k.rb2, ra1 = k.ra1, ra2 = k.ra2;
        double energy = 0.0;
        for (int i = 0, idx = offset; i < n; i++, idx += channels) {
            double in = x[idx];
            double y = pb0 * in + s1;
            s1 = pb1 * in - pa1 * y + s2;
            s2 = pb2 * in - pa2 * y;
            double z = rb0 * y + s3;
            s3 = rb1 * y - ra1 * z + s4;
            s4 = rb2 * y - ra2 * z;
            energy += z * z;
        }
        s[0] = flush(s1);
        s[1] = flush(s2);
        s[2] = flush(s3);
        s[3] = flush(s4);
        return energy;
    }

    private static double flush(double v) {
        return Math.abs(v) < DENORMAL ? 0.0 : v;
    }

    private void finishStep() {
        double sum = 0.0;
        for (int c = 0; c < channels; c++) {
            sum += weights[c] * channelEnergy[c];
            channelEnergy[c] = 0.0;
        }
        if (stepCount == steps.length) {
            steps = Arrays.copyOf(steps, steps.length * 2);
        }
        steps[stepCount++] = sum;
        stepFilled = 0;
    }

    /** The mean weighted square of each complete 400 ms block, the quantity BS.1770 gates on. */
    private double[] blockEnergies() {
        int n = Math.max(0, stepCount - STEPS_PER_BLOCK + 1);
        double[] z = new double[n];
        double norm = 1.0 / ((double) STEPS_PER_BLOCK * stepFrames);
        for (int j = 0; j < n; j++) {
            double sum = 0.0;
            for (int i = 0; i < STEPS_PER_BLOCK; i++) {
                sum += steps[j + i];
            }
            z[j] = sum * norm;
        }
        return z;
    }

    /**
     * Gated loudness of everything fed so far: blocks below -70 LUFS are dropped, then blocks more than 10 LU below
     * the loudness of the rest, so pauses and room tone do not drag the reading down.
     */
    public double integratedLufs() {
        double[] z = blockEnergies();
        double absoluteGate = energyOf(ABSOLUTE_GATE_LUFS);
        double sum = 0.0;
        int count = 0;
        for (double e : z) {
            if (e > absoluteGate) {
                sum += e;
                count++;
            }
        }
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double gate = Math.max(absoluteGate, sum / count * Math.pow(10.0, RELATIVE_GATE_LU / 10.0));
        double gatedSum = 0.0;
        int gatedCount = 0;
        for (double e : z) {
            if (e > gate) {
                gatedSum += e;
                gatedCount++;
            }
        }
        return gatedCount == 0 ? Double.NEGATIVE_INFINITY : loudnessOf(gatedSum / gatedCount);
    }

    /** The loudest 400 ms block, ungated; what a momentary meter would have peaked at. */
    public double maxMomentaryLufs() {
        double max = 0.0;
        for (double e : blockEnergies()) {
            max = Math.max(max, e);
        }
        return loudnessOf(max);
    }

    private static double energyOf(double lufs) {
        return Math.pow(10.0, (lufs - OFFSET_DB) / 10.0);
    }

    private static double loudnessOf(double energy) {
        return energy > 0.0 ? OFFSET_DB + 10.0 * Math.log10(energy) : Double.NEGATIVE_INFINITY;
    }
}
