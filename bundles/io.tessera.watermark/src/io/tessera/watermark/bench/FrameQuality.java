package io.tessera.watermark.bench;

import io.tessera.media.VideoFrame;
import io.tessera.watermark.mark.Luma;

/** How close a marked frame stays to the original: PSNR over RGB and SSIM over luma. */
public final class FrameQuality {
    private static final double C1 = (0.01 * 255) * (0.01 * 255);
    private static final double C2 = (0.03 * 255) * (0.03 * 255);

    private FrameQuality() {
    }

    public static double psnr(VideoFrame a, VideoFrame b) {
        byte[] x = a.rgb();
        byte[] y = b.rgb();
        double se = 0;
        for (int i = 0; i < x.length; i++) {
            int d = (x[i] & 0xff) - (y[i] & 0xff);
            se += d * d;
        }
        double mse = se / x.length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** Mean SSIM over 8×8 windows with a stride of 4 (Wang et al. 2004 constants). */
    public static double ssim(VideoFrame a, VideoFrame b) {
        int w = a.width();
        int h = a.height();
        float[] x = Luma.of(a);
        float[] y = Luma.of(b);
        double total = 0;
        int windows = 0;
        for (int y0 = 0; y0 + 8 <= h; y0 += 4) {
            for (int x0 = 0; x0 + 8 <= w; x0 += 4) {
                double sx = 0;
                double sy = 0;
                double sxx = 0;
                double syy = 0;
                double sxy = 0;
                for (int j = y0; j < y0 + 8; j++) {
                    for (int i = x0; i < x0 + 8; i++) {
                        double u = x[j * w + i];
                        double v = y[j * w + i];
                        sx += u;
                        sy += v;
                        sxx += u * u;
                        syy += v * v;
                        sxy += u * v;
                    }
                }
                double n = 64;
                double mx = sx / n;
                double my = sy / n;
                double vx = sxx / n - mx * mx;
                double vy = syy / n - my * my;
                double cov = sxy / n - mx * my;
                total += (2 * mx * my + C1) * (2 * cov + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                windows++;
            }
        }
        return windows == 0 ? 1 : total / windows;
    }
}
