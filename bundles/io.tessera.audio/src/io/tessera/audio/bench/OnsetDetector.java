package io.tessera.audio.bench;

import java.util.ArrayList;
import java.util.List;

import io.tessera.audio.synth.Biquad;

/**
 * Percussive onsets in rendered sound, found the way a listener hears a hit, without any event list: the energy of
 * the sound above 1.5 kHz (where a hit's attack is and a bed's rumble is not) in 2 ms windows, and the moments where
 * the next 6 ms hold {@link #RISE_DB} more than the previous 30 ms did, while loud enough to be heard
 * ({@link #RANGE_DB} under the clip's loudest window). Slow swells (wind, waves, a passing whoosh) never rise that
 * fast, steady noise does not either, and neither do a lossy codec's band switches, which the energy averages over.
 * The onset is the first window of the rise, so it is located to a couple of milliseconds.
 */
public final class OnsetDetector {
    private static final double WINDOW_SECONDS = 0.002;
    private static final double LOOK_BACK_SECONDS = 0.03;
    private static final double MIN_GAP_SECONDS = 0.05;
    static final double RISE_DB = 6;
    static final double RANGE_DB = 30;
    /** Windows after the candidate that must hold the new level (6 ms). */
    private static final int SUSTAIN = 3;

    private OnsetDetector() {
    }

    /** Onset times in seconds of a mono signal. */
    public static List<Double> onsets(float[] mono, int sampleRate) {
        double[] energy = energies(mono, sampleRate);
        List<Double> out = new ArrayList<>();
        if (energy.length == 0) {
            return out;
        }
        double peak = 0;
        for (double e : energy) {
            peak = Math.max(peak, e);
        }
        double audible = peak * Math.pow(10, -RANGE_DB / 10);
        int back = (int) Math.round(LOOK_BACK_SECONDS / WINDOW_SECONDS);
        int gap = (int) Math.round(MIN_GAP_SECONDS / WINDOW_SECONDS);
        double rise = Math.pow(10, RISE_DB / 10);
        int last = -gap;
        for (int i = 1; i + SUSTAIN <= energy.length; i++) {
            if (i - last < gap) {
                continue;
            }
            double after = mean(energy, i, i + SUSTAIN);
            if (after < audible) {
                continue;
            }
            // the energy of the last 30 ms against the next 6 ms: an attack, not a window of noise that happened to peak
            double before = mean(energy, Math.max(0, i - back), i);
            if (after >= rise * before) {
                out.add(i * WINDOW_SECONDS);
                last = i;
            }
        }
        return out;
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / Math.max(1, to - from);
    }

    /** Mean square of the signal high-passed at 1.5 kHz, per 2 ms window. */
    static double[] energies(float[] mono, int sampleRate) {
        Biquad a = Biquad.highPass(sampleRate, 1500, 0.7071);
        Biquad b = Biquad.highPass(sampleRate, 1500, 0.7071);
        int size = Math.max(1, (int) Math.round(WINDOW_SECONDS * sampleRate));
        double[] out = new double[mono.length / size];
        for (int w = 0; w < out.length; w++) {
            double sum = 0;
            for (int i = w * size; i < (w + 1) * size; i++) {
                double v = b.process(a.process(mono[i]));
                sum += v * v;
            }
            out[w] = sum / size;
        }
        return out;
    }

    /** The average of the channels. */
    public static float[] mono(float[] interleaved, int channels) {
        float[] m = new float[interleaved.length / channels];
        for (int i = 0; i < m.length; i++) {
            float s = 0;
            for (int c = 0; c < channels; c++) {
                s += interleaved[i * channels + c];
            }
            m[i] = s / channels;
        }
        return m;
    }
}
