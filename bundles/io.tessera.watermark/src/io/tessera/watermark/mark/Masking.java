package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/**
 * How strongly to mark each part of a frame: a visibility model, per 8×8 block. SSIM alone is blind to what shows
 * most: the pattern is smooth, so inside a block it is mostly a brightness offset, which SSIM's luminance term
 * barely counts, and on a flat grey background a mark of 2.2 grey levels RMS measured SSIM 0.98 while the eye saw
 * a grey mottle that pulsed with the sign flips. So each block's gain is the smaller of two limits:
 * <ul>
 * <li>the eye's ({@link #allowedRms}): how much change the block hides, from its texture (detail that is there in
 * the block itself and in its surroundings of about 40 px, since the eye sees low-frequency mottle over a whole
 * uniform region; ramps and smooth gradients count as flat) and from its brightness (Weber: areas darker or
 * brighter than mid-grey tolerate more). A flat mid-grey area gets 0.6 grey levels RMS, one level on about 60 % of
 * its pixels, and where the whole neighbourhood is flat colour the mark keeps one sign instead of flipping;</li>
 * <li>SSIM's ({@link #largestGain}), predicted from the block's spread and that of its neighbours.</li>
 * </ul>
 * Then the whole frame is scaled down if needed to stay under a target RMS change (PSNR).
 */
final class Masking {
    static final int BLOCK = 8;
    private static final float MAX_GAIN = 2.5f;
    /**
     * Each block's own predicted SSIM after marking stays above this. The prediction is optimistic by up to 0.011
     * on flat grey backgrounds (SSIM windows straddle blocks, rounding): before the visibility limit, two clips of 50
     * measured 0.9795 and 0.9799; flat areas now get far less than this floor allows.
     */
    private static final double SSIM_FLOOR = 0.991;
    private static final double C1 = (0.01 * 255) * (0.01 * 255);
    private static final double C2 = (0.03 * 255) * (0.03 * 255);
    /**
     * Mark RMS, in grey levels, that a perfectly flat mid-grey area may carry: after rounding, a change of one grey
     * level on about 60 % of its pixels (two on under 1 %), in steady patches a cell wide. Measured on "two purple
     * circles over grey" (640×360, seed 3; the SSIM-only gain put 2.2 grey levels RMS there, up to ±7, a plainly
     * visible mottle): 0.6 leaves a faint mottle seen at 1× only side by side with the unmarked frame; the mark
     * then survives H.264 at 0.2 bit/pixel followed by CRF 35 (sync score 10.6), which it did not at 0.5 (6.3, more
     * pixels round to no change) nor at 0.38; at 0.12 it rounds to no change at all and is not read even unattacked.
     */
    static final double FLAT_RMS = 0.6;
    /**
     * Mark RMS allowed per grey level of texture (the geometric mean of the block's own fine detail and its
     * surroundings' detail at the mark's scale, both RMS). Measured on the scene engine's textures at 640×360
     * (H.264 at 0.2 bit/pixel, then CRF 35): sync score 7.6 on sand at 0.35 against 9.9 at 0.5, water 12.0 against
     * 12.8, with no difference to be seen at 1×; at 0.8 brick faces and checkerboard squares showed blotches again.
     * The SSIM limit and the frame's RMS target cap it on strong texture anyway.
     */
    static final double TEXTURE_SHARE = 0.5;
    /**
     * Surroundings' detail (grey levels RMS) under which a block keeps a steady sign: truly flat colour, such as the
     * scene engine's plain backgrounds (0.0). Smooth gradients (a sky, a fractal's colour bands, 0.2–0.4) keep
     * flipping although a pulse shows there too: in a plain sum of frames the static or slowly moving detail
     * elsewhere in such pictures drowns a steady mark (measured on FFmpeg's mandelbrot: read unattacked at p 1e-7
     * with steady gradients, lost after every attack).
     */
    static final double STEADY_DETAIL = 0.15;
    /** Blocks either side over which texture is averaged: 5×5 blocks, 40 px. */
    private static final int TEXTURE_REACH = 2;

    private Masking() {
    }

    /**
     * The largest gain (up to MAX_GAIN) that keeps the block's SSIM above the floor, predicted from its luma mean
     * and spread and the pattern's mean (a brightness shift, which SSIM's luminance term sees) and variance (noise,
     * which its contrast-structure term sees).
     */
    private static double largestGain(double mean, double s2, double patternMean, double patternVariance) {
        double lo = 0;
        double hi = MAX_GAIN;
        for (int i = 0; i < 12; i++) {
            double g = (lo + hi) / 2;
            double shifted = mean + g * patternMean;
            double luminance = (2 * mean * shifted + C1) / (mean * mean + shifted * shifted + C1);
            // rounding to whole grey levels adds about 1/12 of variance on top of the pattern's own
            double v = g * g * patternVariance + (g > 0 ? 1.0 / 12 : 0);
            double structure = (2 * s2 + C2) / (2 * s2 + v + C2);
            if (luminance * structure >= SSIM_FLOOR) {
                lo = g;
            } else {
                hi = g;
            }
        }
        return lo;
    }

    /** Sum and sum of squares of the pattern in every block. */
    static float[][] blockMoments(float[] pattern, int w, int h, int bx, int by) {
        float[] sum = new float[bx * by];
        float[] squares = new float[bx * by];
        for (int y = 0; y < h; y++) {
            int row = y / BLOCK * bx;
            for (int x = 0; x < w; x++) {
                float v = pattern[y * w + x];
                sum[row + x / BLOCK] += v;
                squares[row + x / BLOCK] += v * v;
            }
        }
        return new float[][] { sum, squares };
    }

    static int blocks(int length) {
        return (length + BLOCK - 1) / BLOCK;
    }

    /**
     * Luminance masking: how many times more change than at mid-grey a block of this mean luma hides. The shape is
     * Chou and Li's visibility threshold of background luminance (1995): 17 (1 − √(L/127)) + 3 below 127, a slow
     * rise of 3/128 per level above, divided by its minimum of 3.
     */
    static double luminanceFactor(double mean) {
        double jnd = mean <= 127 ? 17 * (1 - Math.sqrt(Math.max(0, mean) / 127)) + 3 : 3.0 / 128 * (mean - 127) + 3;
        // capped at 2.5 (reached at luma 60): on a dark night sky four times mid-grey's allowance showed as mottle
        return Math.min(2.5, jnd / 3);
    }

    /**
     * The mark RMS, in grey levels, the eye tolerates in a block: the larger of the texture's masking and the
     * background luminance's (the two mask independently, as in Chou and Li's model).
     */
    static double allowedRms(double mean, double texture) {
        return Math.max(FLAT_RMS * luminanceFactor(mean), TEXTURE_SHARE * texture);
    }

    /**
     * Detail per block: RMS of the luma minus its blur over {@code radius} pixels, measured on luma averaged down by
     * {@code scale} (a power of two up to {@link #BLOCK}; {@code luma} is that small image, {@code w}×{@code h}).
     * A ramp or a smooth gradient has none at any radius, and the eye sees a mark on it as well as on a flat area.
     */
    static float[] blockDetail(float[] luma, int w, int h, int scale, int bx, int by, int radius) {
        float[] blur = BoxBlur.twice(luma, w, h, radius);
        double[] squares = new double[bx * by];
        int[] count = new int[bx * by];
        int shift = Integer.numberOfTrailingZeros(BLOCK / scale);
        for (int y = 0; y < h; y++) {
            int row = (y >> shift) * bx;
            for (int x = 0; x < w; x++) {
                float d = luma[y * w + x] - blur[y * w + x];
                int b = row + (x >> shift);
                squares[b] += d * d;
                count[b]++;
            }
        }
        float[] detail = new float[bx * by];
        for (int b = 0; b < detail.length; b++) {
            detail[b] = (float) Math.sqrt(squares[b] / count[b]);
        }
        return detail;
    }

    /**
     * How much to average the luma down before measuring detail: cells of about 10 px, as at 360p where the
     * model's levels were measured (the same texture at 720p then counts the same), and a quarter of the work.
     */
    static int detailScale(int cell) {
        int scale = 1;
        while (scale < BLOCK && scale * 2 * 10 <= cell) {
            scale *= 2;
        }
        return scale;
    }

    /** Luma averaged over scale × scale pixels (over what there is at the ragged right and bottom edges). */
    static float[] downscale(float[] luma, int w, int h, int scale) {
        int sw = (w + scale - 1) / scale;
        int sh = (h + scale - 1) / scale;
        int shift = Integer.numberOfTrailingZeros(scale);
        float[] out = new float[sw * sh];
        for (int y = 0; y < h; y++) {
            int row = (y >> shift) * sw;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                out[row + (x >> shift)] += luma[o + x];
            }
        }
        for (int y = 0; y < sh; y++) {
            int rows = Math.min(scale, h - y * scale);
            for (int x = 0; x < sw; x++) {
                out[y * sw + x] /= rows * Math.min(scale, w - x * scale);
            }
        }
        return out;
    }

    /**
     * Detail of the neighbourhood of each block: the blocks' detail averaged (as power) over the blocks within
     * {@link #TEXTURE_REACH}, about 40 px, the extent over which the eye takes in a uniform region as one.
     */
    static float[] surroundings(float[] detail, int bx, int by) {
        float[] out = new float[bx * by];
        for (int y = 0; y < by; y++) {
            for (int x = 0; x < bx; x++) {
                double s = 0;
                int n = 0;
                for (int j = Math.max(0, y - TEXTURE_REACH); j <= Math.min(by - 1, y + TEXTURE_REACH); j++) {
                    for (int i = Math.max(0, x - TEXTURE_REACH); i <= Math.min(bx - 1, x + TEXTURE_REACH); i++) {
                        float d = detail[j * bx + i];
                        s += d * d;
                        n++;
                    }
                }
                out[y * bx + x] = (float) Math.sqrt(s / n);
            }
        }
        return out;
    }

    /**
     * Each block's gain, and whether the block is steady: marked with the same sign in every frame. Blocks in flat
     * colour ({@link #STEADY_DETAIL}) are steady, because a flip there shows as a pulse of the whole background
     * twice a second; such a block needs no flips, since its picture has no detail for a plain sum of frames to
     * confuse with the mark (the detector searches the plain sum too).
     */
    record Gains(float[] gain, boolean[] steady) {
    }

    static Gains gains(VideoFrame frame, float[] luma, float[][] moments, float targetRms) {
        int w = frame.width();
        int h = frame.height();
        int bx = blocks(w);
        int by = blocks(h);
        double[] sum = new double[bx * by];
        double[] squares = new double[bx * by];
        int[] count = new int[bx * by];
        for (int y = 0; y < h; y++) {
            int row = y / BLOCK * bx;
            for (int x = 0; x < w; x++) {
                float l = luma[y * w + x];
                int b = row + x / BLOCK;
                sum[b] += l;
                squares[b] += l * l;
                count[b]++;
            }
        }
        float[] spread = new float[bx * by];
        for (int b = 0; b < spread.length; b++) {
            double mean = sum[b] / count[b];
            spread[b] = (float) Math.sqrt(Math.max(0, squares[b] / count[b] - mean * mean));
        }
        float[] busy = new float[bx * by];
        for (int y = 0; y < by; y++) {
            for (int x = 0; x < bx; x++) {
                // SSIM windows straddle blocks: a block counts as busy only when its neighbours are too
                float s = Float.MAX_VALUE;
                for (int j = Math.max(0, y - 1); j <= Math.min(by - 1, y + 1); j++) {
                    for (int i = Math.max(0, x - 1); i <= Math.min(bx - 1, x + 1); i++) {
                        s = Math.min(s, spread[j * bx + i]);
                    }
                }
                busy[y * bx + x] = s;
            }
        }
        // the block's own detail at a fine scale (a 5×5 blur at 360p), which stays where it is: an edge does not
        // spill into the flat squares beside it; the surroundings' at the mark's own scale (a blur about a cell
        // wide), the detail that masks the mark best, masking being strongest between similar spatial frequencies
        // (ripples on water)
        int cell = MarkLayout.cellSize(w, h);
        int down = detailScale(cell);
        float[] small = down == 1 ? luma : downscale(luma, w, h, down);
        int sw = (w + down - 1) / down;
        int sh = (h + down - 1) / down;
        float[] detail = blockDetail(small, sw, sh, down, bx, by, 1);
        float[] around = surroundings(blockDetail(small, sw, sh, down, bx, by, Math.max(1, cell / down / 2)), bx, by);
        float[] gain = new float[bx * by];
        boolean[] steady = new boolean[bx * by];
        double total = 0;
        for (int b = 0; b < gain.length; b++) {
            double mean = sum[b] / count[b];
            double s2 = busy[b] * busy[b];
            double patternMean = moments[0][b] / count[b];
            double patternVariance = Math.max(0, moments[1][b] / count[b] - patternMean * patternMean);
            double patternRms = Math.sqrt(moments[1][b] / count[b]);
            // texture masks only where both the block and its surroundings have it: a flat block among edges (the
            // inside of a checkerboard square, a flat disc among stars) shows the mark however busy the rest, and a
            // lone busy block in a large uniform region is seen against that region; the geometric mean asks both
            double texture = Math.sqrt(detail[b] * around[b]);
            double visible = patternRms > 0 ? allowedRms(mean, texture) / patternRms : 0;
            // steady where the whole neighbourhood is flat: a flip is most visible there, as a pulse of the region
            steady[b] = around[b] < STEADY_DETAIL;
            gain[b] = (float) Math.min(visible, largestGain(mean, s2, patternMean, patternVariance));
            total += gain[b] * gain[b] * moments[1][b];
        }
        double rms = Math.sqrt(total / (w * (double) h));
        if (rms > targetRms) {
            float scale = (float) (targetRms / rms);
            for (int b = 0; b < gain.length; b++) {
                gain[b] *= scale;
            }
        }
        return new Gains(gain, steady);
    }
}
