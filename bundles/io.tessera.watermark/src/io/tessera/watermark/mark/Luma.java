package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/** Rec. 601 luma of a frame, the channel the mark lives in and that quality is judged on. */
public final class Luma {
    private Luma() {
    }

    public static float[] of(VideoFrame frame) {
        byte[] rgb = frame.rgb();
        float[] luma = new float[frame.width() * frame.height()];
        for (int p = 0, i = 0; p < luma.length; p++, i += 3) {
            luma[p] = at(rgb, i);
        }
        return luma;
    }

    /** Luma of the RGB pixel whose red byte is at {@code i}. */
    static float at(byte[] rgb, int i) {
        return 0.299f * (rgb[i] & 0xff) + 0.587f * (rgb[i + 1] & 0xff) + 0.114f * (rgb[i + 2] & 0xff);
    }
}
