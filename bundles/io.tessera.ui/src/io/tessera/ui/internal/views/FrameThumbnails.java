package io.tessera.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;

import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/** Small pictures of clips and images, made off the UI thread (no SWT here: the caller turns them into images). */
final class FrameThumbnails {
    /** What the letterbox around a picture of another aspect ratio is filled with. */
    static final int BACKGROUND = 0x202428;

    private FrameThumbnails() {
    }

    /** The picture from the middle of a clip, fitted into {@code width x height}; null when it has no picture. */
    static VideoFrame middleOf(Path clip, int width, int height) throws IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(clip)) {
            long frames = reader.info().frameCount();
            if (frames > 2) {
                reader.seekToFrame(frames / 2);
            }
            VideoFrame frame = reader.nextFrame();
            return frame == null ? null : fit(frame, width, height);
        }
    }

    /**
     * {@code frame} scaled down (each output pixel the mean of the pixels it covers) to fit into {@code width x height},
     * centred on {@link #BACKGROUND}; small pictures are not scaled up beyond twice their size.
     */
    static VideoFrame fit(VideoFrame frame, int width, int height) {
        double scale = Math.min(width / (double) frame.width(), height / (double) frame.height());
        scale = Math.min(scale, 2);
        int w = Math.max(1, Math.min(width, (int) Math.round(frame.width() * scale)));
        int h = Math.max(1, Math.min(height, (int) Math.round(frame.height() * scale)));
        VideoFrame out = VideoFrame.blank(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRgb(x, y, BACKGROUND);
            }
        }
        int ox = (width - w) / 2;
        int oy = (height - h) / 2;
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * frame.height() / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * frame.height() / h));
            for (int x = 0; x < w; x++) {
                int x0 = (int) ((long) x * frame.width() / w);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * frame.width() / w));
                out.setRgb(ox + x, oy + y, mean(frame, x0, y0, x1, y1));
            }
        }
        return out;
    }

    private static int mean(VideoFrame f, int x0, int y0, int x1, int y1) {
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = f.rgbAt(x, y);
                r += p >> 16 & 0xff;
                g += p >> 8 & 0xff;
                b += p & 0xff;
                n++;
            }
        }
        return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }
}
