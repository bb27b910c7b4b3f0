package io.tessera.audio.speech;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;

/**
 * How open a speaker's mouth is in each video frame, for engines that animate talking objects. Loudness drives it
 * (phoneme-accurate visemes would need the synthesizer's phoneme timing and buy little on a circle): the RMS level in
 * a window centred on each frame, relative to the utterance's own 95th-percentile level so a whisper opens the mouth
 * as wide as a shout, gated to closed below −40 dB under that level so breaths and the synthesizer's noise floor keep
 * it shut, and smoothed with a fast attack and a slower release so it snaps open on a syllable and does not flicker.
 */
public final class MouthEnvelope {
    /** Quieter than this, relative to the utterance's 95th-percentile level, is a closed mouth. */
    public static final double GATE_DB = -40;
    private static final double MIN_WINDOW_SECONDS = 0.025;
    private static final double ATTACK_SECONDS = 0.012;
    private static final double RELEASE_SECONDS = 0.040;
    /** Frames quieter than this (about −80 dBFS) are silence and do not count towards the reference level. */
    private static final double SILENCE_RMS = 1e-4;
    /** Maps level to opening: below 1 lifts quiet sounds, so consonants still move the mouth a little. */
    private static final double EXPONENT = 0.7;

    private MouthEnvelope() {
    }

    /**
     * The mouth opening per video frame.
     *
     * @param mono the speaker's samples, in [-1, 1]
     * @param sampleRate their rate
     * @param fps video frames per second
     * @return one value in [0, 1] per frame, {@code ceil(duration × fps)} frames, frame k covering [k/fps, (k+1)/fps)
     */
    public static float[] perFrame(float[] mono, int sampleRate, double fps) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate); //$NON-NLS-1$
        }
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps); //$NON-NLS-1$
        }
        int frames = frameCount(mono.length, sampleRate, fps);
        double[] rms = levels(mono, sampleRate, fps, frames);
        double reference = percentile95(rms);
        float[] open = new float[frames];
        if (reference <= 0) {
            return open;
        }
        double gate = reference * Math.pow(10, GATE_DB / 20);
        double dt = 1 / fps;
        double attack = 1 - Math.exp(-dt / ATTACK_SECONDS);
        double release = 1 - Math.exp(-dt / RELEASE_SECONDS);
        double y = 0;
        for (int k = 0; k < frames; k++) {
            double target = rms[k] < gate ? 0 : Math.min(1, Math.pow(rms[k] / reference, EXPONENT));
            y += (target > y ? attack : release) * (target - y);
            if (target == 0 && y < 0.005) {
                // the release would approach zero for ever; a closed mouth is 0
                y = 0;
            }
            open[k] = (float) Math.max(0, Math.min(1, y));
        }
        return open;
    }

    /** {@code ceil(samples × fps / sampleRate)}, forgiving rounding noise so exactly 1 s at 24 fps is 24 frames. */
    public static int frameCount(int samples, int sampleRate, double fps) {
        double exact = samples * fps / sampleRate;
        return (int) Math.max(0, Math.ceil(exact - 1e-9));
    }

    /** RMS in a window of max(1/fps, 25 ms) centred on each frame's middle; outside the signal counts as silence. */
    private static double[] levels(float[] x, int sampleRate, double fps, int frames) {
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            prefix[i + 1] = prefix[i] + (double) x[i] * x[i];
        }
        int window = Math.max(1, (int) Math.round(Math.max(1 / fps, MIN_WINDOW_SECONDS) * sampleRate));
        double[] rms = new double[frames];
        for (int k = 0; k < frames; k++) {
            long centre = Math.round((k + 0.5) / fps * sampleRate);
            long from = centre - window / 2;
            long to = from + window;
            int a = (int) Math.max(0, Math.min(x.length, from));
            int b = (int) Math.max(0, Math.min(x.length, to));
            rms[k] = Math.sqrt(Math.max(0, prefix[b] - prefix[a]) / window);
        }
        return rms;
    }

    private static double percentile95(double[] rms) {
        double[] voiced = Arrays.stream(rms).filter(v -> v > SILENCE_RMS).sorted().toArray();
        if (voiced.length == 0) {
            return 0;
        }
        return voiced[(int) Math.min(voiced.length - 1, Math.floor(0.95 * (voiced.length - 1) + 0.5))];
    }

    /**
     * The lip-sync track as JSON: {@code {"fps":24,"speakers":{"red circle":{"start":0.5,"open":[0,0.2,…]}}}}.
     * Written by hand (three levels, numbers and escaped names) so this package needs no JSON library; speakers keep the
     * map's order when it has one (LinkedHashMap, TreeMap), else are sorted, so the same input gives the same text.
     * Openings have 3 decimals; a speaker missing from {@code startSeconds} starts at 0.
     */
    public static String toJson(Map<String, float[]> perSpeaker, double fps, Map<String, Double> startSeconds) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"fps\":").append(number(fps, 6)).append(",\"speakers\":{"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> names = new ArrayList<>(perSpeaker.keySet());
        if (!(perSpeaker instanceof SequencedMap)) {
            names.sort(null);
        }
        boolean firstSpeaker = true;
        for (String name : names) {
            float[] open = perSpeaker.get(name);
            if (!firstSpeaker) {
                b.append(',');
            }
            firstSpeaker = false;
            Double start = startSeconds == null ? null : startSeconds.get(name);
            b.append(string(name)).append(":{\"start\":").append(number(start == null ? 0 : start, 6)).append(",\"open\":["); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; open != null && i < open.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(number(open[i], 3));
            }
            b.append("]}"); //$NON-NLS-1$
        }
        return b.append("}}").toString(); //$NON-NLS-1$
    }

    /** A JSON number: no exponent, no trailing zeros, non-finite values as 0 (JSON has no NaN). */
    private static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "0"; //$NON-NLS-1$
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString(); //$NON-NLS-1$
    }

    private static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\""); //$NON-NLS-1$
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                case '\n' -> b.append("\\n"); //$NON-NLS-1$
                case '\r' -> b.append("\\r"); //$NON-NLS-1$
                case '\t' -> b.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
