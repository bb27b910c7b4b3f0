package com.example.tessera.grain.internal;

import java.util.List;
import java.util.Map;

import io.tessera.core.edit.EditorOperation;
import io.tessera.media.VideoFrame;

/**
 * Film grain (luma noise from a hash of the pixel and the frame's position, so the same frame always gets the same
 * grain and the grain still moves from frame to frame) and a vignette (a smooth darkening towards the corners).
 */
public final class FilmGrainVignette implements EditorOperation {

    @Override
    public VideoFrame apply(List<VideoFrame> inputs, double progress, Map<String, String> parameters) {
        VideoFrame in = inputs.get(0);
        double grain = clamp(number(parameters.get("grain"), 0.08));
        double vignette = clamp(number(parameters.get("vignette"), 0.35));
        int w = in.width();
        int h = in.height();
        byte[] src = in.rgb();
        byte[] out = new byte[src.length];
        int frameSeed = (int) Math.round(progress * 1_000_003);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        double maxR2 = cx * cx + cy * cy;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / maxR2;
                double shade = 1 - vignette * r2 * r2;
                double noise = grain * 255 * (hash(x, y, frameSeed) - 0.5);
                int i = (y * w + x) * 3;
                for (int c = 0; c < 3; c++) {
                    double v = (src[i + c] & 0xFF) * shade + noise;
                    out[i + c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
                }
            }
        }
        return new VideoFrame(w, h, out);
    }

    /** A uniform value in [0, 1) from three integers (a 32-bit integer hash). */
    private static double hash(int x, int y, int seed) {
        int v = x * 374761393 + y * 668265263 + seed * 982451653;
        v = (v ^ (v >>> 13)) * 1274126177;
        v ^= v >>> 16;
        return (v & 0xFFFFFF) / (double) 0x1000000;
    }

    private static double number(String s, double fallback) {
        try {
            return s == null ? fallback : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
