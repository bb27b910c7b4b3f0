package io.tessera.audio.speech;

/**
 * Band-limited sample-rate conversion: a Kaiser-windowed sinc (16 zero crossings each side, β = 8.6, so about −85 dB
 * stop band), read from a table oversampled 512 times with linear interpolation between entries, which works for any
 * pair of rates (22050 → 48000 is 320/147, no small polyphase bank). The kernel is symmetric, so the filter is linear
 * phase and the speech stays aligned with the lip-sync envelope. When rates go down the cutoff follows the new Nyquist
 * frequency, so nothing aliases. Plain double arithmetic in a fixed order: the same input gives the same output.
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS = 16;
    private static final int OVERSAMPLE = 512;
    private static final double BETA = 8.6;
    /** Cutoff as a fraction of the lower Nyquist frequency: leaves room for the transition band. */
    private static final double ROLLOFF = 0.94;
    private static final float[] TABLE = table();

    private Resampler() {
    }

    /**
     * Converts mono samples from one rate to another.
     *
     * @return {@code round(in.length × outRate / inRate)} samples; a copy when the rates are equal
     */
    public static float[] resample(float[] in, int inRate, int outRate) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + inRate + " and " + outRate); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (inRate == outRate || in.length == 0) {
            return in.clone();
        }
        double scale = Math.min(1.0, outRate / (double) inRate) * ROLLOFF;
        double halfWidth = ZERO_CROSSINGS / scale;
        int outLength = (int) Math.min(Integer.MAX_VALUE - 8, ((long) in.length * outRate + inRate / 2) / inRate);
        float[] out = new float[outLength];
        for (int n = 0; n < outLength; n++) {
            long num = (long) n * inRate;
            double t = num / outRate + (num % outRate) / (double) outRate;
            int lo = Math.max(0, (int) Math.ceil(t - halfWidth));
            int hi = Math.min(in.length - 1, (int) Math.floor(t + halfWidth));
            double sum = 0;
            for (int k = lo; k <= hi; k++) {
                sum += in[k] * kernel(Math.abs(t - k) * scale);
            }
            out[n] = (float) (sum * scale);
        }
        return out;
    }

    /** The windowed sinc at u zero crossings from its centre. */
    private static double kernel(double u) {
        double pos = u * OVERSAMPLE;
        int i = (int) pos;
        if (i >= ZERO_CROSSINGS * OVERSAMPLE) {
            return 0;
        }
        double f = pos - i;
        return TABLE[i] + f * (TABLE[i + 1] - TABLE[i]);
    }

    private static float[] table() {
        int n = ZERO_CROSSINGS * OVERSAMPLE;
        float[] t = new float[n + 2];
        double i0Beta = besselI0(BETA);
        for (int i = 0; i <= n; i++) {
            double x = i / (double) OVERSAMPLE;
            double sinc = i == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double r = x / ZERO_CROSSINGS;
            double window = besselI0(BETA * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            t[i] = (float) (sinc * window);
        }
        return t;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges fast for β ≤ 20). */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 60; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}
