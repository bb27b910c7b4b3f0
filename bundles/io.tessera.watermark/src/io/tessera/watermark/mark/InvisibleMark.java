package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/**
 * Adds the mark to frames: a smooth, noise-like luma pattern of about two grey levels (PSNR above 40 dB), the
 * same in every frame but for its sign, which flips every half second at 24 fps ({@link MarkLayout#sign}), so any
 * excerpt, at any frame rate, carries all of it, and a detector can tell it from static picture content. The pattern is a tile of
 * {@link MarkLayout#N}² cells, bilinearly interpolated between cell centres and repeated over the frame.
 */
public final class InvisibleMark {
    /** Peak of the interpolated pattern in grey levels before masking; its RMS is two thirds of this. */
    public static final float DEFAULT_STRENGTH = 3.6f;
    /** The most the mark may change a frame, RMS in grey levels: 2.45 keeps PSNR above 40.3 dB. */
    static final float TARGET_RMS = 2.45f;
    /** Mean squared change at PSNR 40.3 dB: a frame never changes more than this. */
    private static final double MAX_MSE = 255.0 * 255.0 / Math.pow(10, 4.03);

    /**
     * A marked frame's SSIM (luma, {@link Ssim}, the benchmark's measure) stays above this, so every clip's mean
     * stays above the goal of 0.98, with room for the approximation in scaling the mark down.
     */
    private static final double SSIM_TARGET = 0.982;

    /**
     * The masking's per-block SSIM floor follows the SSIM measured on the frames marked so far: it starts at 0.988
     * and moves by 0.002 a frame, down while frames keep more than 0.002 over the target, up when one comes under
     * it, within [0.95, 0.995]. Clips whose busy areas keep SSIM high so put the spare into their flat areas (on 24
     * scene and FFmpeg clips the sync score rose by 1.1–1.5 under every attack tried, and a checkerboard clip lost in
     * our own encode is found again), while flat clips stay at the target. Frame 0 starts the floor afresh.
     */
    private static final double FIRST_FLOOR = 0.988;
    private static final double FLOOR_STEP = 0.002;
    private static final double LOWEST_FLOOR = 0.95;
    private static final double HIGHEST_FLOOR = 0.995;
    private static final double SLACK = 0.002;

    private final Payload payload;
    private final float strength;
    private Pattern cached;
    private long next;
    private double floor = FIRST_FLOOR;

    /** The unmasked pattern for one frame size, and its per-block sums that masking needs. */
    private record Pattern(int width, int height, float[] delta, float[][] moments) {
    }

    public InvisibleMark(Payload payload) {
        this(payload, DEFAULT_STRENGTH);
    }

    public InvisibleMark(Payload payload, float strength) {
        this.payload = payload;
        this.strength = strength;
    }

    public Payload payload() {
        return payload;
    }

    /** Marks the frame after the last one marked (the first is frame 0) in place. */
    public void embed(VideoFrame frame) {
        embed(frame, next);
    }

    /** Marks frame number {@code index} of a video in place: the pattern's sign flips every half cycle. */
    public void embed(VideoFrame frame, long index) {
        next = index + 1;
        if (index == 0) {
            // a new clip: its marks must not depend on what was marked before it, or the same request would not give the same file twice
            floor = FIRST_FLOOR;
        }
        Pattern pattern = patternFor(frame.width(), frame.height());
        float[] luma = Luma.of(frame);
        float[] gain = Masking.gains(frame, luma, pattern.moments(), TARGET_RMS, floor);
        byte[] original = frame.rgb().clone();
        int sign = MarkLayout.sign(index);
        double mse = apply(frame, pattern.delta(), gain, sign);
        float scale = 1;
        if (mse > MAX_MSE) {
            // clipped channels made up elsewhere cost more than the plan: scale down so the PSNR floor holds
            scale = (float) (0.97 * Math.sqrt(MAX_MSE / mse));
            System.arraycopy(original, 0, frame.rgb(), 0, original.length);
            apply(frame, pattern.delta(), gain, sign * scale);
        }
        // the luma of the bytes as written, as the benchmark reads them back
        float[] marked = Luma.of(frame);
        double ssim = Ssim.of(luma, marked, frame.width(), frame.height());
        if (ssim > SSIM_TARGET + SLACK) {
            floor = Math.max(LOWEST_FLOOR, floor - FLOOR_STEP);
        } else if (ssim < SSIM_TARGET) {
            floor = Math.min(HIGHEST_FLOOR, floor + FLOOR_STEP);
            // the masking's per-block prediction is optimistic on flat pictures: SSIM's loss grows with the square of the mark
            scale *= (float) (0.98 * Math.sqrt((1 - SSIM_TARGET) / (1 - ssim)));
            System.arraycopy(original, 0, frame.rgb(), 0, original.length);
            apply(frame, pattern.delta(), gain, sign * scale);
        }
    }

    /**
     * Adds the masked pattern; returns the mean squared change over the RGB bytes. Block gains are interpolated
     * between block centres: a gain that stepped at block edges would put edges into flat areas, which SSIM windows
     * across the edge see (measured on a flat DiT frame: SSIM 0.992 on windows inside blocks, 0.976 on all).
     */
    private static double apply(VideoFrame frame, float[] d, float[] gain, float scale) {
        int w = frame.width();
        int h = frame.height();
        int bx = Masking.blocks(w);
        int by = Masking.blocks(h);
        int[] x0 = new int[w];
        float[] fx = new float[w];
        Masking.centres(w, bx, x0, fx);
        int[] x1 = new int[w];
        for (int x = 0; x < w; x++) {
            x1[x] = Math.min(x0[x] + 1, bx - 1);
        }
        int[] y0 = new int[h];
        float[] fy = new float[h];
        Masking.centres(h, by, y0, fy);
        byte[] rgb = frame.rgb();
        long[] squared = new long[Bands.COUNT];
        Bands.each(band -> {
            float[] row = new float[bx];
            long sum = 0;
            for (int y = Bands.start(band, h), end = Bands.start(band + 1, h); y < end; y++) {
                int top = y0[y] * bx;
                int bottom = Math.min(y0[y] + 1, by - 1) * bx;
                float b = fy[y];
                for (int i = 0; i < bx; i++) {
                    row[i] = (gain[top + i] * (1 - b) + gain[bottom + i] * b) * scale;
                }
                for (int x = 0, p = y * w; x < w; x++, p++) {
                    float a = fx[x];
                    float g0 = row[x0[x]];
                    int v = Math.round(d[p] * (g0 + (row[x1[x]] - g0) * a));
                    if (v == 0) {
                        continue;
                    }
                    sum += addLuma(rgb, p * 3, v);
                }
            }
            squared[band] = sum;
        });
        long total = 0;
        for (long s : squared) {
            total += s;
        }
        return total / (double) rgb.length;
    }

    /**
     * Adds v to the pixel's luma. Where a channel would clip (saturated colours, black, white) the other channels
     * make up for it, so the mark survives in strongly coloured areas too.
     */
    private static int addLuma(byte[] rgb, int i, int v) {
        int r0 = rgb[i] & 0xff;
        int g0 = rgb[i + 1] & 0xff;
        int b0 = rgb[i + 2] & 0xff;
        int r = r0 + v;
        int g = g0 + v;
        int b = b0 + v;
        if ((r | g | b) >= 0 && r <= 255 && g <= 255 && b <= 255) {
            rgb[i] = (byte) r;
            rgb[i + 1] = (byte) g;
            rgb[i + 2] = (byte) b;
            return 3 * v * v;
        }
        int cr = clampInt(r);
        int cg = clampInt(g);
        int cb = clampInt(b);
        // luma weights in 1/1000: what clipping lost, spread over the channels that can still move
        int lost = 299 * (r - cr) + 587 * (g - cg) + 114 * (b - cb);
        int free = (cr != r ? 0 : 299) + (cg != g ? 0 : 587) + (cb != b ? 0 : 114);
        if (free > 0) {
            // no more than the mark itself again, so a saturated pixel never changes much more than the rest
            int extra = Math.max(-Math.abs(v), Math.min(Math.abs(v), Math.round(lost / (float) free)));
            cr = cr == r ? clampInt(cr + extra) : cr;
            cg = cg == g ? clampInt(cg + extra) : cg;
            cb = cb == b ? clampInt(cb + extra) : cb;
        }
        rgb[i] = (byte) cr;
        rgb[i + 1] = (byte) cg;
        rgb[i + 2] = (byte) cb;
        return (cr - r0) * (cr - r0) + (cg - g0) * (cg - g0) + (cb - b0) * (cb - b0);
    }

    private static int clampInt(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    private synchronized Pattern patternFor(int w, int h) {
        if (cached == null || cached.width() != w || cached.height() != h) {
            float[] delta = pattern(payload, w, h, strength);
            cached = new Pattern(w, h, delta, Masking.blockMoments(delta, w, h, Masking.blocks(w), Masking.blocks(h)));
        }
        return cached;
    }

    /** The luma offset of every pixel before masking. */
    static float[] pattern(Payload payload, int w, int h, float strength) {
        float[] tile = MarkLayout.tile(payload);
        int n = MarkLayout.N;
        int cell = MarkLayout.cellSize(w, h);
        int[] c0x = new int[w];
        int[] c1x = new int[w];
        float[] fx = new float[w];
        axis(w, cell, n, c0x, c1x, fx);
        int[] c0y = new int[h];
        int[] c1y = new int[h];
        float[] fy = new float[h];
        axis(h, cell, n, c0y, c1y, fy);
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            int r0 = c0y[y] * n;
            int r1 = c1y[y] * n;
            float b = fy[y];
            for (int x = 0; x < w; x++) {
                float a = fx[x];
                float top = tile[r0 + c0x[x]] * (1 - a) + tile[r0 + c1x[x]] * a;
                float bottom = tile[r1 + c0x[x]] * (1 - a) + tile[r1 + c1x[x]] * a;
                out[y * w + x] = strength * (top * (1 - b) + bottom * b);
            }
        }
        return out;
    }

    /** For each pixel along one axis: the two cells whose centres surround it and how far it is towards the second. */
    private static void axis(int length, int cell, int n, int[] c0, int[] c1, float[] f) {
        for (int x = 0; x < length; x++) {
            float u = (x + 0.5f) / cell - 0.5f;
            int i = (int) Math.floor(u);
            f[x] = u - i;
            c0[x] = Math.floorMod(i, n);
            c1[x] = Math.floorMod(i + 1, n);
        }
    }
}
