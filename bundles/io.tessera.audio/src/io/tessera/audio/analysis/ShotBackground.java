package io.tessera.audio.analysis;

import java.util.List;

/**
 * A shot's background as the per-pixel temporal median of its frames: moving objects cover any one pixel for a
 * minority of the shot, so the median shows what is behind them. At most {@link #SAMPLES} frames, spread evenly, are
 * used. (A per-pixel spread threshold was tried: where objects land and bounce often, their own passes widen it and
 * they vanish exactly where they hit, so one threshold for the whole picture is kept.)
 */
final class ShotBackground {
    static final int SAMPLES = 64;

    private ShotBackground() {
    }

    static byte[] median(List<Proxy> frames) {
        Proxy first = frames.get(0);
        int n = first.rgb().length;
        int count = Math.min(SAMPLES, frames.size());
        byte[][] picked = new byte[count][];
        for (int i = 0; i < count; i++) {
            picked[i] = frames.get((int) ((long) i * frames.size() / count)).rgb();
        }
        byte[] out = new byte[n];
        int[] histogram = new int[256];
        int half = count / 2;
        for (int p = 0; p < n; p++) {
            java.util.Arrays.fill(histogram, 0);
            for (int i = 0; i < count; i++) {
                histogram[picked[i][p] & 0xFF]++;
            }
            int acc = 0;
            int v = 0;
            while (v < 255 && (acc += histogram[v]) <= half) {
                v++;
            }
            out[p] = (byte) v;
        }
        return out;
    }
}
