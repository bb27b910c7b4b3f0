package io.tessera.audio.mix;

/**
 * Sums stems (music, ambience, effects, speech) into one track of the video's length. The sum is kept in double
 * so dozens of stems add without rounding build-up; stems longer than the track are cut at its end, shorter ones
 * simply stop, because the video's length is what the soundtrack must fit.
 */
public final class Mixer {
    private final int channels;
    private final double[] sum;

    public Mixer(int sampleRate, int channels, int frames) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate); //$NON-NLS-1$
        }
        if (channels < 1 || frames < 0 || (long) channels * frames > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cannot mix " + frames + " frames of " + channels + " channels"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        this.channels = channels;
        this.sum = new double[channels * frames];
    }

    /** Adds a stem, interleaved with this mixer's channel count, at {@code gainDb}. */
    public void add(float[] stereoStem, double gainDb) {
        if (stereoStem.length % channels != 0) {
            throw new IllegalArgumentException("stem of " + stereoStem.length + " samples does not hold whole frames of " //$NON-NLS-1$ //$NON-NLS-2$
                    + channels + " channels"); //$NON-NLS-1$
        }
        if (Double.isNaN(gainDb) || gainDb == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("gain must be finite or -Infinity, not " + gainDb); //$NON-NLS-1$
        }
        double g = Math.pow(10.0, gainDb / 20.0);
        int n = Math.min(stereoStem.length, sum.length);
        for (int i = 0; i < n; i++) {
            sum[i] += g * stereoStem[i];
        }
    }

    /** The current sum, unclipped; a fresh array each call so the mixer can keep taking stems. */
    public float[] mix() {
        float[] out = new float[sum.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) sum[i];
        }
        return out;
    }
}
