package io.tessera.watermark.mark;

/**
 * A quick SSIM of a marked frame's luma against the original: the same 8×8 windows and constants as the quality
 * benchmark, but only half of them: those on the 8-pixel grid and those between (which straddle the masking's 8×8 blocks), so checking a frame costs about as much
 * as reading it once.
 */
final class SsimCheck {
    private static final double C1 = (0.01 * 255) * (0.01 * 255);
    private static final double C2 = (0.03 * 255) * (0.03 * 255);

    private SsimCheck() {
    }

    static double of(float[] x, float[] y, int w, int h) {
        double total = 0;
        int windows = 0;
        for (int y0 = 0; y0 + 8 <= h; y0 += 4) {
            for (int x0 = (y0 & 4); x0 + 8 <= w; x0 += 8) {
                double sx = 0;
                double sy = 0;
                double sxx = 0;
                double syy = 0;
                double sxy = 0;
                for (int j = y0; j < y0 + 8; j++) {
                    int o = j * w;
                    for (int i = x0; i < x0 + 8; i++) {
                        double u = x[o + i];
                        double v = y[o + i];
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
