package io.tessera.media.audio;

/**
 * True peak after ITU-R BS.1770-4 Annex 2. The sample peak underestimates what a D/A converter or an AAC encoder
 * will produce between samples by up to about 3 dB, and the MP4 export goes through AAC, so delivery limits are
 * specified in dBTP and checked here.
 */
public final class TruePeakMeter {
    private TruePeakMeter() {
    }

    /** Largest absolute value of the 4x (48 kHz), 2x (96 kHz) or 1x oversampled signal, in dBTP. */
    public static double truePeakDbtp(float[] interleaved, int channels, int sampleRate) {
        int frames = frames(interleaved, channels);
        return Oversampler.toDb(Oversampler.peak(interleaved, channels, frames, Oversampler.factor(sampleRate), null));
    }

    /** Largest absolute sample value in dBFS; the sample rate is only checked, kept so both meters read alike. */
    public static double samplePeakDbfs(float[] interleaved, int channels, int sampleRate) {
        int frames = frames(interleaved, channels);
        Oversampler.factor(sampleRate);
        return Oversampler.toDb(Oversampler.peak(interleaved, channels, frames, 1, null));
    }

    private static int frames(float[] interleaved, int channels) {
        if (channels < 1 || interleaved.length % channels != 0) {
            throw new IllegalArgumentException("buffer of " + interleaved.length + " samples does not hold whole frames of " //$NON-NLS-1$ //$NON-NLS-2$
                    + channels + " channels"); //$NON-NLS-1$
        }
        return interleaved.length / channels;
    }
}
