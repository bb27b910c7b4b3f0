package io.tessera.audio.analysis;

import io.tessera.media.VideoFrame;

/**
 * A frame shrunk by block averaging so that its longer side is at most {@code maxSide}: the analysis only needs where
 * things are and how they move, and a small copy keeps a whole shot's frames in a few megabytes.
 *
 * @param width  proxy width
 * @param height proxy height
 * @param rgb    packed RGB, row-major
 */
public record Proxy(int width, int height, byte[] rgb) {

    public static Proxy of(VideoFrame frame, int maxSide) {
        int w = frame.width();
        int h = frame.height();
        int factor = Math.max(1, (int) Math.ceil(Math.max(w, h) / (double) maxSide));
        int pw = Math.max(1, w / factor);
        int ph = Math.max(1, h / factor);
        // big frames: every other row and column of each block is plenty for a mean, and a quarter of the memory reads
        int step = factor >= 4 ? 2 : 1;
        byte[] src = frame.rgb();
        byte[] out = new byte[pw * ph * 3];
        int[] sum = new int[pw * 3];
        int n = ((factor + step - 1) / step) * ((factor + step - 1) / step);
        for (int py = 0; py < ph; py++) {
            java.util.Arrays.fill(sum, 0);
            for (int dy = 0; dy < factor; dy += step) {
                int row = (py * factor + dy) * w * 3;
                for (int px = 0; px < pw; px++) {
                    int s = row + px * factor * 3;
                    int o = px * 3;
                    for (int dx = 0; dx < factor; dx += step, s += 3 * step) {
                        sum[o] += src[s] & 0xFF;
                        sum[o + 1] += src[s + 1] & 0xFF;
                        sum[o + 2] += src[s + 2] & 0xFF;
                    }
                }
            }
            int o = py * pw * 3;
            for (int i = 0; i < pw * 3; i++) {
                out[o + i] = (byte) ((sum[i] + n / 2) / n);
            }
        }
        return new Proxy(pw, ph, out);
    }

    /** Mean absolute difference per channel value to another proxy of the same size, 0..255. */
    public double meanDifference(Proxy other) {
        long total = 0;
        byte[] a = rgb;
        byte[] b = other.rgb;
        for (int i = 0; i < a.length; i++) {
            total += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        return total / (double) a.length;
    }
}
