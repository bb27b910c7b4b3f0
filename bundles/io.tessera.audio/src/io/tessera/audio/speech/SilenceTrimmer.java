package io.tessera.audio.speech;

import java.util.Arrays;

/**
 * Cuts the silence espeak-ng puts before and after an utterance, so a line placed at a time starts at that time and
 * lip-sync starts with the voice. The threshold is relative to the utterance's peak (−45 dB) so whispers are trimmed
 * like shouts; a short margin is kept either side so a soft onset ("h" of "hello") and the decay of the last sound
 * survive.
 */
final class SilenceTrimmer {
    private static final double THRESHOLD_DB = -45;
    private static final double FLOOR = 1e-4;
    private static final double LEAD_SECONDS = 0.010;
    private static final double TAIL_SECONDS = 0.030;

    private SilenceTrimmer() {
    }

    static float[] trim(float[] x, int sampleRate) {
        float peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        double threshold = Math.max(FLOOR, peak * Math.pow(10, THRESHOLD_DB / 20));
        int first = -1;
        int last = -1;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) > threshold) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new float[0];
        }
        int from = Math.max(0, first - (int) Math.round(LEAD_SECONDS * sampleRate));
        int to = Math.min(x.length, last + 1 + (int) Math.round(TAIL_SECONDS * sampleRate));
        return Arrays.copyOfRange(x, from, to);
    }
}
