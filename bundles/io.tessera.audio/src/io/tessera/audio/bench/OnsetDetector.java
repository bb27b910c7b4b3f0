package io.tessera.audio.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Percussive onsets in rendered sound, found the way a listener's ear would, without any event list: spectral flux
 * (the summed rise of log-magnitude spectra between short overlapping frames), then peaks that stand above both a
 * local median and a share of the loudest peak. Frames are 512 samples with a 64-sample hop (10.7 ms and 1.3 ms at
 * 48 kHz), so an onset is located to a few milliseconds.
 */
public final class OnsetDetector {
    private static final int SIZE = 512;
    private static final int HOP = 64;

    private OnsetDetector() {
    }

    /** Onset times in seconds of a mono signal. {@code sensitivity} is the share of the strongest peak a peak needs (e.g. 0.12). */
    public static List<Double> onsets(float[] mono, int sampleRate, double sensitivity) {
        double[] flux = flux(mono);
        List<Double> out = new ArrayList<>();
        if (flux.length < 3) {
            return out;
        }
        double max = 0;
        for (double f : flux) {
            max = Math.max(max, f);
        }
        int medianHalf = (int) Math.round(0.1 * sampleRate / HOP);
        int minGap = (int) Math.round(0.05 * sampleRate / HOP);
        int last = -minGap;
        for (int i = 1; i + 1 < flux.length; i++) {
            if (flux[i] < flux[i - 1] || flux[i] < flux[i + 1] || flux[i] < sensitivity * max) {
                continue;
            }
            if (flux[i] < 1.5 * localMedian(flux, i, medianHalf) + 1e-9) {
                continue;
            }
            if (i - last < minGap) {
                continue;
            }
            last = i;
            // the frame's centre: a hit that begins there makes the biggest rise from the previous frame
            out.add((i * HOP + SIZE / 2.0) / sampleRate);
        }
        return out;
    }

    static double[] flux(float[] mono) {
        int frames = (mono.length - SIZE) / HOP + 1;
        if (frames < 2) {
            return new double[0];
        }
        double[] window = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / SIZE);
        }
        double[] previous = null;
        double[] flux = new double[frames];
        double[] re = new double[SIZE];
        double[] im = new double[SIZE];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < SIZE; i++) {
                re[i] = mono[f * HOP + i] * window[i];
                im[i] = 0;
            }
            Fft.transform(re, im);
            double[] mag = new double[SIZE / 2];
            for (int k = 0; k < mag.length; k++) {
                mag[k] = Math.log1p(1000 * Math.hypot(re[k], im[k]));
            }
            if (previous != null) {
                double sum = 0;
                for (int k = 0; k < mag.length; k++) {
                    double d = mag[k] - previous[k];
                    if (d > 0) {
                        sum += d;
                    }
                }
                flux[f] = sum;
            }
            previous = mag;
        }
        return flux;
    }

    private static double localMedian(double[] v, int centre, int half) {
        int a = Math.max(0, centre - half);
        int b = Math.min(v.length, centre + half + 1);
        double[] copy = java.util.Arrays.copyOfRange(v, a, b);
        java.util.Arrays.sort(copy);
        return copy[copy.length / 2];
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
