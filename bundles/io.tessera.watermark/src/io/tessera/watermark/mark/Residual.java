package io.tessera.watermark.mark;

import io.tessera.media.VideoFrame;

/**
 * A frame's fine detail at reduced resolution, where the detector looks for the mark. The mark's cells are 10 px
 * at 360p and 20 px at 720p, so frames are first averaged down by an integer factor that brings the shorter side
 * near 180 px (cells of about 5 px, as after halving a 360p clip): the search then costs the same at every size.
 * The detail is luma minus a blur about a cell wide, clipped so that edges do not dominate, and divided by the
 * local detail level so every area votes with the weight of its signal-to-noise ratio.
 */
final class Residual {
    private static final float CLIP = 8f;
    private static final float RAW_CLIP = 96f;
    /** Grey levels added to the local detail level before dividing by it, so flat areas are not amplified without bound. */
    private static final float FLOOR = 0.5f;

    final int factor;
    final int width;
    final int height;
    final int radius;

    Residual(int frameWidth, int frameHeight) {
        factor = Math.max(1, Math.round(Math.min(frameWidth, frameHeight) / 180f));
        width = frameWidth / factor;
        height = frameHeight / factor;
        radius = Math.max(2, Math.round(Math.min(frameWidth, frameHeight) / 36f / factor));
    }

    /**
     * The frame's normalised detail (returned), and its raw detail, clipped only against outliers (written into
     * {@code raw}): sums in which static content cancels need the mark that rides on a static edge, which clipping
     * at {@link #CLIP} would take away with the edge.
     */
    float[] of(VideoFrame frame, float[] raw) {
        float[] luma = downscaledLuma(frame);
        int w = width;
        int h = height;
        float[] blur = BoxBlur.twice(luma, w, h, radius);
        float[] squares = new float[luma.length];
        for (int p = 0; p < luma.length; p++) {
            float d = luma[p] - blur[p];
            raw[p] = d > RAW_CLIP ? RAW_CLIP : d < -RAW_CLIP ? -RAW_CLIP : d;
            d = d > CLIP ? CLIP : d < -CLIP ? -CLIP : d;
            luma[p] = d;
            squares[p] = d * d;
        }
        float[] local = BoxBlur.twice(squares, w, h, radius * 3);
        for (int p = 0; p < luma.length; p++) {
            luma[p] = luma[p] / (float) Math.sqrt(local[p] + FLOOR * FLOOR);
        }
        return luma;
    }

    /** Rec. 601 luma averaged over factor × factor pixels (the frame's ragged right and bottom edges are dropped). */
    private float[] downscaledLuma(VideoFrame frame) {
        byte[] rgb = frame.rgb();
        int fw = frame.width();
        float[] out = new float[width * height];
        float norm = 1f / (factor * factor);
        for (int y = 0; y < height; y++) {
            for (int j = 0; j < factor; j++) {
                int i = ((y * factor + j) * fw) * 3;
                int o = y * width;
                for (int x = 0; x < width; x++) {
                    float s = 0;
                    for (int k = 0; k < factor; k++, i += 3) {
                        s += Luma.at(rgb, i);
                    }
                    out[o + x] += s * norm;
                }
            }
        }
        return out;
    }
}
