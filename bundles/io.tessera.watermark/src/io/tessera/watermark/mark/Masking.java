package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/**
 * How strongly to mark each part of a frame. Busy areas hide a stronger mark (and keep it through compression);
 * flat areas show it, and SSIM punishes it there, so they get less. Gains are per 8×8 block, from the luma
 * spread of the block and its neighbours, then scaled so the whole frame stays under a target RMS change.
 */
final class Masking {
    static final int BLOCK = 8;
    private static final float MAX_GAIN = 2.5f;

    private Masking() {
    }

    /**
     * The largest gain (up to MAX_GAIN) that keeps the block's SSIM above the floor, predicted from its luma mean
     * and spread and the pattern's mean (a brightness shift, which SSIM's luminance term sees) and variance (noise,
     * which its contrast-structure term sees).
     */
    private static double largestGain(double mean, double s2, double patternMean, double patternVariance, double floor) {
        double lo = 0;
        double hi = MAX_GAIN;
        for (int i = 0; i < 12; i++) {
            double g = (lo + hi) / 2;
            double shifted = mean + g * patternMean;
            double luminance = (2 * mean * shifted + Ssim.C1) / (mean * mean + shifted * shifted + Ssim.C1);
            // rounding to whole grey levels adds about 1/12 of variance on top of the pattern's own
            double v = g * g * patternVariance + (g > 0 ? 1.0 / 12 : 0);
            double structure = (2 * s2 + Ssim.C2) / (2 * s2 + v + Ssim.C2);
            if (luminance * structure >= floor) {
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

    /**
     * For each pixel along an axis: the block whose centre is at or before it (clamped to the first) and how far it
     * is towards the next block's centre, for interpolating block values.
     */
    static void centres(int length, int blocks, int[] block, float[] fraction) {
        for (int x = 0; x < length; x++) {
            float u = (x + 0.5f) / BLOCK - 0.5f;
            int i = (int) Math.floor(u);
            if (i < 0) {
                block[x] = 0;
                fraction[x] = 0;
            } else if (i >= blocks - 1) {
                block[x] = blocks - 1;
                fraction[x] = 0;
            } else {
                block[x] = i;
                fraction[x] = u - i;
            }
        }
    }

    static int blocks(int length) {
        return (length + BLOCK - 1) / BLOCK;
    }

    /**
     * @param floor each block's own predicted SSIM after marking stays above this. The prediction ignores SSIM
     *        windows that straddle blocks and rounding to whole grey levels, so the frame's measured SSIM differs
     *        from it; {@link InvisibleMark} sets the floor from what it measures.
     */
    static float[] gains(VideoFrame frame, float[] luma, float[][] moments, float targetRms, double floor) {
        int w = frame.width();
        int h = frame.height();
        int bx = blocks(w);
        int by = blocks(h);
        double[] sum = new double[bx * by];
        double[] squares = new double[bx * by];
        int[] count = new int[bx * by];
        Bands.each(band -> {
            // a band is whole rows of blocks, so no two bands add into the same block
            for (int y = Bands.start(band, by) * BLOCK, end = Math.min(h, Bands.start(band + 1, by) * BLOCK); y < end; y++) {
                int row = y / BLOCK * bx;
                for (int x = 0; x < w; x++) {
                    float l = luma[y * w + x];
                    int b = row + x / BLOCK;
                    sum[b] += l;
                    squares[b] += l * l;
                    count[b]++;
                }
            }
        });
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
        float[] gain = new float[bx * by];
        Bands.each(band -> {
            for (int b = Bands.start(band, by) * bx, end = Bands.start(band + 1, by) * bx; b < end; b++) {
                double mean = sum[b] / count[b];
                double s2 = busy[b] * busy[b];
                double patternMean = moments[0][b] / count[b];
                double patternVariance = Math.max(0, moments[1][b] / count[b] - patternMean * patternMean);
                gain[b] = (float) largestGain(mean, s2, patternMean, patternVariance, floor);
            }
        });
        double total = 0;
        for (int b = 0; b < gain.length; b++) {
            total += gain[b] * gain[b] * moments[1][b];
        }
        double rms = Math.sqrt(total / (w * (double) h));
        if (rms > targetRms) {
            float scale = (float) (targetRms / rms);
            for (int b = 0; b < gain.length; b++) {
                gain[b] *= scale;
            }
        }
        return gain;
    }
}
