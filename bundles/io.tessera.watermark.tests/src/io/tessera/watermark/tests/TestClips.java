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

    /** Writes frames (marked when a payload is given) to an MP4. */
    static Path write(Path file, int w, int h, int fps, int frames, long seed, Payload payload) throws IOException {
        InvisibleMark mark = payload == null ? null : new InvisibleMark(payload);
        try (Mp4VideoWriter writer = Mp4VideoWriter.open(file, VideoSettings.of(w, h, fps))) {
            for (int i = 0; i < frames; i++) {
                VideoFrame f = frame(w, h, i, seed);
                if (mark != null) {
                    mark.embed(f);
                }
                writer.writeFrame(f);
            }
        }
        return file;
    }
}
