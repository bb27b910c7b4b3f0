package io.tessera.engine.dit.internal;

import java.io.IOException;

import io.tessera.core.engine.FrameSink;
import io.tessera.media.VideoFrame;

/**
 * Turns the model's frames (its own size and frame rate) into the request's: bilinear scaling in space, linear
 * blending between neighbouring model frames in time. Holds two model frames, whatever the duration.
 */
final class FrameResampler {
    private final FrameSink sink;
    private final int srcW;
    private final int srcH;
    private final int dstW;
    private final int dstH;
    private final double modelFps;
    private final double outFps;
    private final int outFrames;
    private byte[] previous;
    private int modelIndex = -1;
    private int written;

    FrameResampler(FrameSink sink, int srcW, int srcH, double modelFps, int dstW, int dstH, double outFps, int outFrames) {
        this.sink = sink;
        this.srcW = srcW;
        this.srcH = srcH;
        this.dstW = dstW;
        this.dstH = dstH;
        this.modelFps = modelFps;
        this.outFps = outFps;
        this.outFrames = outFrames;
    }

    /** Model frames needed to cover {@code outFrames} output frames. */
    static int modelFramesFor(int outFrames, double outFps, double modelFps) {
        return (int) Math.floor((outFrames - 1) * modelFps / outFps) + 2;
    }

    void accept(byte[] rgb) throws IOException {
        modelIndex++;
        if (previous == null) {
            previous = rgb;
            return;
        }
        // emit every output frame whose time falls in [previous, current)
        while (written < outFrames) {
            double pos = written * modelFps / outFps;
            if (pos >= modelIndex) {
                break;
            }
            double a = pos - (modelIndex - 1);
            emit(blend(previous, rgb, a));
        }
        previous = rgb;
    }

    /** Flushes output frames that fall on or after the last model frame. */
    void finish() throws IOException {
        while (written < outFrames && previous != null) {
            emit(previous);
        }
    }

    private void emit(byte[] rgb) throws IOException {
        sink.accept(new VideoFrame(dstW, dstH, scale(rgb, srcW, srcH, dstW, dstH)));
        written++;
    }

    private static byte[] blend(byte[] a, byte[] b, double t) {
        if (t <= 1e-9) {
            return a;
        }
        byte[] out = new byte[a.length];
        int w = (int) Math.round(t * 256);
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (((a[i] & 0xFF) * (256 - w) + (b[i] & 0xFF) * w + 128) >> 8);
        }
        return out;
    }

    /** Bilinear scaling of packed RGB. */
    static byte[] scale(byte[] src, int srcW, int srcH, int dstW, int dstH) {
        if (srcW == dstW && srcH == dstH) {
            return src;
        }
        byte[] out = new byte[dstW * dstH * 3];
        double sx = (double) srcW / dstW;
        double sy = (double) srcH / dstH;
        for (int y = 0; y < dstH; y++) {
            double fy = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min(srcH - 1, (int) fy);
            int y1 = Math.min(srcH - 1, y0 + 1);
            double wy = fy - y0;
            for (int x = 0; x < dstW; x++) {
                double fx = Math.max(0, (x + 0.5) * sx - 0.5);
                int x0 = Math.min(srcW - 1, (int) fx);
                int x1 = Math.min(srcW - 1, x0 + 1);
                double wx = fx - x0;
                for (int k = 0; k < 3; k++) {
                    double top = (src[(y0 * srcW + x0) * 3 + k] & 0xFF) * (1 - wx) + (src[(y0 * srcW + x1) * 3 + k] & 0xFF) * wx;
                    double bottom = (src[(y1 * srcW + x0) * 3 + k] & 0xFF) * (1 - wx) + (src[(y1 * srcW + x1) * 3 + k] & 0xFF) * wx;
                    out[(y * dstW + x) * 3 + k] = (byte) Math.round(top * (1 - wy) + bottom * wy);
                }
            }
        }
        return out;
    }

    /** Scales a frame of any size to {@code w}×{@code h}, covering it and cutting the overflow from the centre. */
    static byte[] cover(VideoFrame f, int w, int h) {
        double s = Math.max((double) w / f.width(), (double) h / f.height());
        int sw = Math.max(w, (int) Math.round(f.width() * s));
        int sh = Math.max(h, (int) Math.round(f.height() * s));
        byte[] scaled = scale(f.rgb(), f.width(), f.height(), sw, sh);
        byte[] out = new byte[w * h * 3];
        int ox = (sw - w) / 2;
        int oy = (sh - h) / 2;
        for (int y = 0; y < h; y++) {
            System.arraycopy(scaled, ((y + oy) * sw + ox) * 3, out, y * w * 3, w * 3);
        }
        return out;
    }
}
