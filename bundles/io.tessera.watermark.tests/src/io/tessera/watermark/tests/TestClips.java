package io.tessera.watermark.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.watermark.mark.InvisibleMark;
import io.tessera.watermark.mark.Payload;

/** Frames with texture and motion, like a camera pan over a detailed scene, and MP4s made of them. */
final class TestClips {
    private TestClips() {
    }

    /** A smooth random landscape panned one pixel... per frame: content that moves, as in most real footage. */
    static VideoFrame frame(int w, int h, int index, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] waves = new double[12][5];
        for (double[] wave : waves) {
            wave[0] = r.nextDouble(0.005, 0.08);
            wave[1] = r.nextDouble(0.005, 0.08);
            wave[2] = r.nextDouble(0, 2 * Math.PI);
            wave[3] = r.nextDouble(10, 40);
            wave[4] = r.nextInt(3);
        }
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double[] c = { 110, 120, 100 };
                for (double[] wave : waves) {
                    c[(int) wave[4]] += wave[3] * Math.sin((x + 2 * index) * wave[0] + y * wave[1] + wave[2]);
                }
                int i = (y * w + x) * 3;
                for (int k = 0; k < 3; k++) {
                    rgb[i + k] = (byte) Math.max(0, Math.min(255, (int) c[k]));
                }
            }
        }
        return new VideoFrame(w, h, rgb);
    }

    /**
     * A static brick wall with grain: the same picture in every frame and strongly periodic, the kind of shot whose
     * own detail sums up like a mark over the frames.
     */
    static VideoFrame bricks(int w, int h, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            int course = y / 18;
            for (int x = 0; x < w; x++) {
                int xs = x + (course % 2) * 20;
                boolean mortar = y % 18 < 3 || xs % 40 < 3;
                int v = mortar ? 190 : 120 + (int) (12 * Math.sin(xs * 0.7) * Math.cos(y * 0.9)) + r.nextInt(9) - 4;
                int i = (y * w + x) * 3;
                rgb[i] = (byte) Math.min(255, v + 40);
                rgb[i + 1] = (byte) v;
                rgb[i + 2] = (byte) Math.max(0, v - 40);
            }
        }
        return new VideoFrame(w, h, rgb);
    }

    /**
     * A static hard-edged checkerboard (squares of 20 px, luma 30 and 220) with a grey box crossing it: nearly all
     * of the picture's detail sits on edges that never move.
     */
    static VideoFrame checkerboard(int w, int h, int index) {
        byte[] rgb = new byte[w * h * 3];
        int boxX = 40 + index * 4;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean box = x >= boxX && x < boxX + 60 && y >= h / 2 - 30 && y < h / 2 + 30;
                int v = box ? 128 : ((x / 20 + y / 20) % 2 == 0 ? 30 : 220);
                int i = (y * w + x) * 3;
                rgb[i] = (byte) v;
                rgb[i + 1] = (byte) v;
                rgb[i + 2] = (byte) v;
            }
        }
        return new VideoFrame(w, h, rgb);
    }

    /** Writes frames (marked when a payload is given) to an MP4. */
    static Path write(Path file, int w, int h, int fps, int frames, long seed, Payload payload) throws IOException {
        return write(file, w, h, fps, frames, payload, i -> frame(w, h, i, seed));
    }

    /** Writes the given frames (marked when a payload is given) to an MP4. */
    static Path write(Path file, int w, int h, int fps, int frames, Payload payload, java.util.function.IntFunction<VideoFrame> source)
            throws IOException {
        InvisibleMark mark = payload == null ? null : new InvisibleMark(payload);
        try (Mp4VideoWriter writer = Mp4VideoWriter.open(file, VideoSettings.of(w, h, fps))) {
            for (int i = 0; i < frames; i++) {
                VideoFrame f = source.apply(i);
                if (mark != null) {
                    mark.embed(f);
                }
                writer.writeFrame(f);
            }
        }
        return file;
    }
}
