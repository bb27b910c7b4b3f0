package io.tessera.editor.internal;

import java.util.List;
import java.util.Map;

import io.tessera.core.edit.EditorOperation;
import io.tessera.media.VideoFrame;

/** The incoming picture is revealed behind an edge that crosses the frame, softened over a few percent of it. */
public final class WipeOperation implements EditorOperation {

    @Override
    public VideoFrame apply(List<VideoFrame> inputs, double progress, Map<String, String> parameters) {
        VideoFrame a = inputs.get(0);
        VideoFrame b = inputs.get(1);
        String direction = parameters.getOrDefault("direction", "left"); //$NON-NLS-1$ //$NON-NLS-2$
        double softness = parse(parameters.get("softness"), 0.04); //$NON-NLS-1$
        int w = a.width();
        int h = a.height();
        byte[] out = new byte[w * h * 3];
        byte[] pa = a.rgb();
        byte[] pb = b.rgb();
        boolean horizontal = !direction.equals("up") && !direction.equals("down"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean reverse = direction.equals("right") || direction.equals("down"); //$NON-NLS-1$ //$NON-NLS-2$
        // the edge travels from -softness to 1 so the frame is all incoming exactly at progress 1
        double edge = -softness + progress * (1 + softness);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double pos = horizontal ? (x + 0.5) / w : (y + 0.5) / h;
                if (!reverse) {
                    pos = 1 - pos;
                }
                double f = softness <= 0 ? (pos < edge ? 1 : 0) : clamp((edge + softness - pos) / softness);
                int i = (y * w + x) * 3;
                for (int k = 0; k < 3; k++) {
                    int va = pa[i + k] & 0xFF;
                    int vb = pb[i + k] & 0xFF;
                    out[i + k] = (byte) Math.round(va + (vb - va) * f);
                }
            }
        }
        return new VideoFrame(w, h, out);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static double parse(String s, double fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
