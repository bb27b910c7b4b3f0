package io.tessera.watermark.bench;

import io.tessera.media.VideoFrame;
import io.tessera.watermark.mark.Luma;
import io.tessera.watermark.mark.Ssim;

/** How close a marked frame stays to the original: PSNR over RGB and SSIM over luma. */
public final class FrameQuality {
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

    /** Mean SSIM of luma over 8×8 windows with a stride of 4 (Wang et al. 2004 constants). */
    public static double ssim(VideoFrame a, VideoFrame b) {
        return Ssim.of(Luma.of(a), Luma.of(b), a.width(), a.height());
    }
}
