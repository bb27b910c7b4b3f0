package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/** Rec. 601 luma of a frame, the channel the mark lives in and that quality is judged on. */
public final class Luma {
    private Luma() {
    }

    public static float[] of(VideoFrame frame) {
        byte[] rgb = frame.rgb();
        int w = frame.width();
        int h = frame.height();
        float[] luma = new float[w * h];
        Bands.each(b -> {
            for (int p = Bands.start(b, h) * w, end = Bands.start(b + 1, h) * w; p < end; p++) {
                luma[p] = at(rgb, 3 * p);
            }
        });
        return luma;
    }

    /** Luma of the RGB pixel whose red byte is at {@code i}. */
    static float at(byte[] rgb, int i) {
        return 0.299f * (rgb[i] & 0xff) + 0.587f * (rgb[i + 1] & 0xff) + 0.114f * (rgb[i + 2] & 0xff);
    }
}
