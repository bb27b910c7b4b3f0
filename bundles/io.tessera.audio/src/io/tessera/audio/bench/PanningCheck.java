package io.tessera.audio.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a track's left/right balance follows a position: the right channel's share of the energy,
 * R² / (L² + R²), in windows of a few frames, correlated (Pearson) with the mean position in each window.
 */
public final class PanningCheck {
    private static final int FRAMES_PER_WINDOW = 3;

    private PanningCheck() {
    }

    public static double correlation(float[] stereo, int sampleRate, double[] x, double fps) {
        List<double[]> points = new ArrayList<>();
        int frames = stereo.length / 2;
        for (int f = 0; f + FRAMES_PER_WINDOW <= x.length; f += FRAMES_PER_WINDOW) {
            int a = (int) Math.round(f * sampleRate / fps);
            int b = Math.min(frames, (int) Math.round((f + FRAMES_PER_WINDOW) * sampleRate / fps));
            double l = 0;
            double r = 0;
            for (int i = a; i < b; i++) {
                l += stereo[2 * i] * (double) stereo[2 * i];
                r += stereo[2 * i + 1] * (double) stereo[2 * i + 1];
            }
            double pos = 0;
            for (int k = f; k < f + FRAMES_PER_WINDOW; k++) {
                pos += x[k];
            }
            if (l + r > 0 && Double.isFinite(pos)) {
                points.add(new double[] { pos / FRAMES_PER_WINDOW, r / (l + r) });
            }
        }
        return pearson(points);
    }

    static double pearson(List<double[]> p) {
        int n = p.size();
        if (n < 3) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (double[] v : p) {
            mx += v[0];
            my += v[1];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] v : p) {
            sxy += (v[0] - mx) * (v[1] - my);
            sxx += (v[0] - mx) * (v[0] - mx);
            syy += (v[1] - my) * (v[1] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
