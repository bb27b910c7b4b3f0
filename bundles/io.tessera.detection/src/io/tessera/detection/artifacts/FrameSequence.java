package io.tessera.detection.artifacts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tessera.media.MediaInfo;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * A clip's frames at one analysis size (longer side {@link #MAX_SIDE} pixels; area average when shrinking, nearest
 * pixel when enlarging): artifacts that matter to a viewer are visible at that size, and the analysis then costs the
 * same, and measures the same shares of the picture, at any resolution.
 *
 * @param rgb packed RGB per frame
 * @param grey luma per frame
 * @param width analysis width
 * @param height analysis height
 * @param sourceWidth the file's width
 * @param sourceHeight the file's height
 * @param fps the file's frame rate
 * @param totalFrames frames in the file (may exceed the frames read)
 */
public record FrameSequence(List<byte[]> rgb, List<byte[]> grey, int width, int height, int sourceWidth, int sourceHeight, double fps,
        long totalFrames) {

    public static final int MAX_SIDE = 192;
    /** Frames analysed at most: 75 s at 24 fps, about 130 MB. */
    public static final int MAX_FRAMES = 1800;

    public int frames() {
        return rgb.size();
    }

    /** Reads and shrinks up to {@link #MAX_FRAMES} frames; the monitor gets one tick per frame. */
    public static FrameSequence read(Path file, IProgressMonitor monitor) throws IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            MediaInfo info = reader.info();
            int sw = info.width();
            int sh = info.height();
            // small clips are enlarged to the same analysis size, so that cells and minimum areas mean the same share of the picture
            double scale = (double) MAX_SIDE / Math.max(sw, sh);
            int w = Math.max(16, (int) Math.round(sw * scale));
            int h = Math.max(16, (int) Math.round(sh * scale));
            List<byte[]> rgb = new ArrayList<>();
            List<byte[]> grey = new ArrayList<>();
            // the decoder runs on this thread while other cores shrink the frames already decoded (a large frame costs
            // about as much to shrink as to decode); a few frames in flight at most, taken back in order
            java.util.ArrayDeque<java.util.concurrent.Future<byte[]>> pending = new java.util.ArrayDeque<>();
            VideoFrame f;
            int decoded = 0;
            while (decoded < MAX_FRAMES && (f = reader.nextFrame()) != null) {
                if (monitor.isCanceled()) {
                    pending.forEach(p -> p.cancel(false));
                    throw new OperationCanceledException();
                }
                VideoFrame frame = f;
                pending.add(java.util.concurrent.ForkJoinPool.commonPool().submit(() -> shrink(frame, w, h)));
                decoded++;
                if (pending.size() > IN_FLIGHT) {
                    take(pending.poll(), rgb, grey);
                    monitor.worked(1);
                }
            }
            while (!pending.isEmpty()) {
                take(pending.poll(), rgb, grey);
                monitor.worked(1);
            }
            return new FrameSequence(List.copyOf(rgb), List.copyOf(grey), w, h, sw, sh, info.fps(), Math.max(info.frameCount(), rgb.size()));
        }
    }

    /** Frames being shrunk while the next ones decode: enough to keep two cores busy, few enough to hold little memory. */
    private static final int IN_FLIGHT = 6;

    private static void take(java.util.concurrent.Future<byte[]> shrunk, List<byte[]> rgb, List<byte[]> grey) throws IOException {
        try {
            byte[] small = shrunk.get();
            rgb.add(small);
            grey.add(luma(small));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading frames"); //$NON-NLS-1$
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("shrinking a frame failed: " + e.getCause(), e.getCause()); //$NON-NLS-1$
        }
    }

    /** Box-filter shrink: each output pixel averages the source pixels it covers (one source pixel when enlarging). */
    static byte[] shrink(VideoFrame f, int w, int h) {
        int sw = f.width();
        int sh = f.height();
        byte[] src = f.rgb();
        if (sw == w && sh == h) {
            return src.clone();
        }
        byte[] out = new byte[w * h * 3];
        int[] x0 = new int[w + 1];
        for (int x = 0; x <= w; x++) {
            x0[x] = (int) ((long) x * sw / w);
        }
        for (int y = 0; y < h; y++) {
            int ya = (int) ((long) y * sh / h);
            int yb = Math.max(ya + 1, (int) ((long) (y + 1) * sh / h));
            for (int x = 0; x < w; x++) {
                int xa = x0[x];
                int xb = Math.max(xa + 1, x0[x + 1]);
                int r = 0;
                int g = 0;
                int b = 0;
                for (int yy = ya; yy < yb; yy++) {
                    int p = (yy * sw + xa) * 3;
                    for (int xx = xa; xx < xb; xx++, p += 3) {
                        r += src[p] & 0xFF;
                        g += src[p + 1] & 0xFF;
                        b += src[p + 2] & 0xFF;
                    }
                }
                int n = (yb - ya) * (xb - xa);
                int o = (y * w + x) * 3;
                out[o] = (byte) ((r + n / 2) / n);
                out[o + 1] = (byte) ((g + n / 2) / n);
                out[o + 2] = (byte) ((b + n / 2) / n);
            }
        }
        return out;
    }

    static byte[] luma(byte[] rgb) {
        byte[] y = new byte[rgb.length / 3];
        for (int i = 0, p = 0; i < y.length; i++, p += 3) {
            y[i] = (byte) ((77 * (rgb[p] & 0xFF) + 150 * (rgb[p + 1] & 0xFF) + 29 * (rgb[p + 2] & 0xFF) + 128) >> 8);
        }
        return y;
    }
}
