package io.tessera.media.internal.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bytedeco.javacpp.Loader;

import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;

/**
 * Encode speed of {@link Mp4VideoWriter} against the ffmpeg 8 command line shipped in the same FFmpeg jar, encoding
 * the same raw RGB frames with the same encoder (libopenh264), bitrate, GOP and thread count, in one run.
 * Usage: EncodeBench [frames-at-256] [frames-at-720p] [repeats].
 */
public final class EncodeBench {
    private EncodeBench() {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 480;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        Path dir = Files.createTempDirectory("encode-bench");
        System.out.println("size       frames  tessera fps  ffmpeg-cli fps  ratio");
        for (int[] size : new int[][] { { 256, 256, small }, { 1280, 720, large } }) {
            run(ffmpeg, dir, size[0], size[1], size[2], repeats);
        }
    }

    private static void run(String ffmpeg, Path dir, int w, int h, int n, int repeats) throws Exception {
        List<VideoFrame> frames = frames(w, h, n);
        Path raw = dir.resolve("frames-" + w + "x" + h + ".rgb");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 20)) {
            for (VideoFrame f : frames) {
                out.write(f.rgb());
            }
        }
        int fps = 24;
        int bitrate = VideoSettings.automaticBitrate(w, h, fps);
        double best = Double.MAX_VALUE;
        double bestCli = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            try (Mp4VideoWriter writer = Mp4VideoWriter.open(dir.resolve("ours.mp4"), VideoSettings.of(w, h, fps))) {
                for (VideoFrame f : frames) {
                    writer.writeFrame(f);
                }
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt",
                    "rgb24", "-s", w + "x" + h, "-r", Integer.toString(fps), "-i", raw.toString(), "-c:v", "libopenh264",
                    "-b:v", Integer.toString(bitrate), "-g", Integer.toString(fps * 2), "-threads", "1", "-pix_fmt",
                    "yuv420p", dir.resolve("cli.mp4").toString()).inheritIO();
            // the executable finds FFmpeg's shared libraries (extracted beside it) through the loader path
            pb.environment().put("LD_LIBRARY_PATH", Path.of(ffmpeg).getParent().toString());
            Process p = pb.start();
            if (p.waitFor() != 0) {
                throw new IOException("ffmpeg CLI failed");
            }
            bestCli = Math.min(bestCli, (System.nanoTime() - t1) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%4dx%-4d  %6d  %11.1f  %14.1f  %5.2f%n", w, h, n, n / best, n / bestCli, bestCli / best);
    }

    /** Moving gradients and edges: content that costs the encoder about what generated clips cost. */
    private static List<VideoFrame> frames(int w, int h, int n) {
        List<VideoFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] rgb = new byte[w * h * 3];
            int k = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean disc = Math.hypot(x - (i * 3 % w), y - h / 2.0) < h / 8.0;
                    rgb[k++] = (byte) (disc ? 220 : (x + i) & 0xff);
                    rgb[k++] = (byte) (disc ? 40 : (y * 2 + i) & 0xff);
                    rgb[k++] = (byte) (disc ? 40 : ((x ^ y) + i * 2) & 0xff);
                }
            }
            frames.add(new VideoFrame(w, h, rgb));
        }
        return frames;
    }
}
