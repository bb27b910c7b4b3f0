package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/**
 * A quick estimate of a marked frame's luma SSIM against the original: the same 8×8 windows and constants as the
 * benchmark's FrameQuality, but only one window in eight (stride 8 across, 16 down), so the embedder can afford
 * to check every frame it marks. The masking model predicts each block's SSIM from block statistics and is
 * optimistic by up to 0.01 on smooth pictures (gradients, flat grey); this catches those frames.
 */
final class SampledSsim {
    private static final double C1 = (0.01 * 255) * (0.01 * 255);
    private static final double C2 = (0.03 * 255) * (0.03 * 255);

    private SampledSsim() {
    }

    static double of(float[] before, VideoFrame after) {
        int w = after.width();
        int h = after.height();
        byte[] rgb = after.rgb();
        double total = 0;
        int windows = 0;
        for (int y0 = 0; y0 + 8 <= h; y0 += 16) {
            for (int x0 = 0; x0 + 8 <= w; x0 += 8) {
                double sx = 0;
                double sy = 0;
                double sxx = 0;
                double syy = 0;
                double sxy = 0;
                for (int j = y0; j < y0 + 8; j++) {
                    for (int i = x0; i < x0 + 8; i++) {
                        int p = j * w + i;
                        double u = before[p];
                        int k = p * 3;
                        double v = 0.299f * (rgb[k] & 0xff) + 0.587f * (rgb[k + 1] & 0xff) + 0.114f * (rgb[k + 2] & 0xff);
                        sx += u;
                        sy += v;
                        sxx += u * u;
                        syy += v * v;
                        sxy += u * v;
                    }
                }
                double mx = sx / 64;
                double my = sy / 64;
                double vx = sxx / 64 - mx * mx;
                double vy = syy / 64 - my * my;
                double cov = sxy / 64 - mx * my;
                total += (2 * mx * my + C1) * (2 * cov + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                windows++;
            }
        }
        return windows == 0 ? 1 : total / windows;
    }
}
