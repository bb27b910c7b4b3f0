package io.tessera.media.audio;

import java.util.Arrays;

/**
 * Lookahead true-peak limiter for whole tracks. Because the whole track is in memory, the gain curve is computed
 * offline and is provably at or below the gain every peak needs: a forward minimum over the lookahead window
 * followed by two box filters whose combined length equals that window, so the gain starts bending down before
 * each peak and the curve is smooth (piecewise quadratic, no steps that would click). Peaks are found on the same
 * oversampled signal {@link TruePeakMeter} measures, the channels share one gain so the stereo image does not
 * shift, and the result is re-measured and limited again if the gain modulation itself pushed a peak over.
 */
public final class Limiter {
    /** Headroom aimed for below the ceiling on the first pass; later passes aim lower if needed. */
    private static final double MARGIN_DB = 0.02;
    private static final int MAX_PASSES = 4;

    private final int sampleRate;
    private final int channels;
    private final double ceiling;
    private final int window;
    private final double release;

    public Limiter(int sampleRate, int channels, double ceilingDbtp, double lookaheadMs, double releaseMs) {
        Oversampler.factor(sampleRate);
        if (channels < 1) {
            throw new IllegalArgumentException("need at least one channel, not " + channels); //$NON-NLS-1$
        }
        if (!Double.isFinite(ceilingDbtp)) {
            throw new IllegalArgumentException("ceiling must be finite, not " + ceilingDbtp); //$NON-NLS-1$
        }
        if (!(lookaheadMs > 0.0) || !Double.isFinite(lookaheadMs)) {
            throw new IllegalArgumentException("lookahead must be positive, not " + lookaheadMs); //$NON-NLS-1$
        }
        if (!(releaseMs >= 0.0) || !Double.isFinite(releaseMs)) {
            throw new IllegalArgumentException("release must be zero or positive, not " + releaseMs); //$NON-NLS-1$
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.ceiling = Math.pow(10.0, ceilingDbtp / 20.0);
        this.window = Math.max(2, (int) Math.round(lookaheadMs * sampleRate / 1000.0));
        double releaseFrames = releaseMs * sampleRate / 1000.0;
        this.release = releaseFrames > 0.0 ? 1.0 - Math.exp(-1.0 / releaseFrames) : 1.0;
    }

    /** Limits the first {@code frames} frames in place. */
    public void process(float[] interleaved, int frames) {
        processAndMeasure(interleaved, frames);
    }

    /** Limits in place and returns the linear true peak of the result, which it had to measure anyway. */
    public double processAndMeasure(float[] x, int frames) {
        checkFrames(x, frames);
        float[] peaks = new float[frames];
        double peak = Oversampler.peak(x, channels, frames, Oversampler.factor(sampleRate), peaks);
        return peak <= ceiling ? peak : limit(x, frames, peaks, 1.0);
    }

    /**
     * Limits {@code x}, which holds {@code scale} times a signal whose per-frame true peaks are {@code peaks}
     * (left unchanged), and returns the measured true peak of the result. Lets the normaliser find the peaks once
     * and try several gains.
     */
    public double limit(float[] x, int frames, float[] peaks, double scale) {
        checkFrames(x, frames);
        int factor = Oversampler.factor(sampleRate);
        float[] gain = new float[frames];
        firstPass(x, frames, peaks, scale, gain);
        float[] measured = new float[frames];
        double peak = Oversampler.peak(x, channels, frames, factor, measured);
        for (int pass = 1; pass < MAX_PASSES && peak > ceiling; pass++) {
            apply(x, frames, measured, 1.0, target(pass), gain);
            peak = Oversampler.peak(x, channels, frames, factor, measured);
        }
        if (peak > ceiling) {
            // Last resort if the passes did not get there: a tiny overall trim keeps the promise of the ceiling.
            float g = (float) (ceiling / peak * 0.9999);
            for (int i = 0; i < frames * channels; i++) {
                x[i] *= g;
            }
            peak = Oversampler.peak(x, channels, frames, factor, null);
        }
        return peak;
    }

    /**
     * Only the first, unverified pass of {@link #limit}: all the loudness change, at a fraction of the cost, for
     * the normaliser's gain search. {@code gain} is scratch space of {@code frames} values.
     */
    public void firstPass(float[] x, int frames, float[] peaks, double scale, float[] gain) {
        if (wouldLimit(peaks, frames, scale)) {
            apply(x, frames, peaks, scale, target(0), gain);
        }
    }

    /** Whether a signal with these peaks, times {@code scale}, goes over the ceiling at all. */
    public boolean wouldLimit(float[] peaks, int frames, double scale) {
        float max = 0.0f;
        for (int n = 0; n < frames; n++) {
            max = Math.max(max, peaks[n]);
        }
        return max * scale > ceiling;
    }

    private double target(int pass) {
        return ceiling * Math.pow(10.0, -MARGIN_DB * (1 << pass) / 20.0);
    }

    private void apply(float[] x, int frames, float[] peaks, double scale, double target, float[] gain) {
        gainCurve(peaks, frames, scale, target, gain);
        for (int n = 0, idx = 0; n < frames; n++) {
            float g = gain[n];
            for (int c = 0; c < channels; c++, idx++) {
                x[idx] *= g;
            }
        }
    }

    private void checkFrames(float[] x, int frames) {
        if (frames < 0 || (long) frames * channels > x.length) {
            throw new IllegalArgumentException(frames + " frames of " + channels + " channels do not fit in " //$NON-NLS-1$ //$NON-NLS-2$
                    + x.length + " samples"); //$NON-NLS-1$
        }
    }

    /**
     * Fills {@code out} with a smooth gain that is at most {@code target / peak} wherever a peak sits. {@code peaks}
     * (times {@code scale}) covers the interval after each frame, so a frame must honour its own interval and the
     * one before it.
     */
    private void gainCurve(float[] peaks, int frames, double scale, double target, float[] out) {
        float[] need = new float[frames];
        float previous = 0.0f;
        for (int n = 0; n < frames; n++) {
            double p = Math.max(previous, peaks[n]) * scale;
            previous = peaks[n];
            need[n] = p > target ? (float) (target / p) : 1.0f;
        }
        forwardMin(need, frames, window, out);
        // The gain may rise again only at the release rate; it only ever lowers the curve, so it stays safe.
        double r = out.length > 0 ? out[0] : 1.0;
        for (int n = 0; n < frames; n++) {
            r = Math.min(out[n], r + (1.0 - r) * release);
            out[n] = (float) r;
        }
        // Two causal boxes whose supports add up to the lookahead window: gain at a peak averages only values
        // that already saw that peak, so it stays at or below what the peak needs.
        int first = Math.max(1, window / 2);
        int second = window - first + 1;
        float start = frames > 0 ? out[0] : 1.0f;
        boxFilter(out, frames, first, start);
        boxFilter(out, frames, second, start);
    }

    /** out[n] = min(in[n .. n + w - 1]), clipped at the end, with a monotonic deque: O(n) for any window. */
    private static void forwardMin(float[] in, int frames, int w, float[] out) {
        int[] deque = new int[Math.min(frames, w) + 1];
        int head = 0, size = 0, cap = deque.length;
        for (int i = frames - 1; i >= 0; i--) {
            while (size > 0 && in[deque[(head + size - 1) % cap]] >= in[i]) {
                size--;
            }
            deque[(head + size) % cap] = i;
            size++;
            while (deque[head] > i + w - 1) {
                head = (head + 1) % cap;
                size--;
            }
            out[i] = in[deque[head]];
        }
    }

    /** In-place causal moving average; values before the start are taken as {@code before}. */
    private static void boxFilter(float[] v, int frames, int length, float before) {
        if (length <= 1) {
            return;
        }
        float[] ring = new float[length];
        Arrays.fill(ring, before);
        double sum = (double) before * length;
        for (int n = 0; n < frames; n++) {
            int slot = n % length;
            sum += v[n] - ring[slot];
            ring[slot] = v[n];
            v[n] = (float) Math.min(1.0, sum / length);
        }
    }
}
