package io.tessera.detection.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;

/**
 * Clips that behave like real footage: a still, textured background (a smooth random landscape with grain) and two
 * objects that move steadily, one of them crossing the frame's edge. {@link #OBJECT_X} and {@link #OBJECT_Y} say
 * where the disc is, so a test can plant an artifact on it.
 */
final class Footage {
    static final int W = 640;
    static final int H = 360;
    static final int FPS = 24;
    static final int RADIUS = 34;

    private Footage() {
    }

    static double objectX(int i) {
        return 120 + 4.0 * i;
    }

    static double objectY(int i) {
        return 150 + 1.5 * i;
    }

    static final java.util.function.IntToDoubleFunction OBJECT_X = Footage::objectX;
    static final java.util.function.IntToDoubleFunction OBJECT_Y = Footage::objectY;

    /** Frame {@code i}; without the disc when {@code hideDisc}. */
    static VideoFrame frame(int i, boolean hideDisc) {
        SplittableRandom r = new SplittableRandom(7);
        double[][] waves = new double[10][5];
        for (double[] wave : waves) {
            wave[0] = r.nextDouble(0.004, 0.05);
            wave[1] = r.nextDouble(0.004, 0.05);
            wave[2] = r.nextDouble(0, 2 * Math.PI);
            wave[3] = r.nextDouble(8, 30);
            wave[4] = r.nextInt(3);
        }
        SplittableRandom grain = new SplittableRandom(1000 + i);
        byte[] rgb = new byte[W * H * 3];
        double dx = objectX(i);
        double dy = objectY(i);
        double sx = 560 - 9.0 * i; // a square that leaves through the left edge
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double[] c = { 90, 130, 170 };
                for (double[] wave : waves) {
                    c[(int) wave[4]] += wave[3] * Math.sin(x * wave[0] + y * wave[1] + wave[2]);
                }
                double n = grain.nextDouble(-3, 3);
                if (!hideDisc) {
                    double d = Math.hypot(x - dx, y - dy) - RADIUS;
                    double a = Math.max(0, Math.min(1, 0.5 - d));
                    c[0] = c[0] * (1 - a) + 230 * a;
                    c[1] = c[1] * (1 - a) + 40 * a;
                    c[2] = c[2] * (1 - a) + 30 * a;
                }
                if (Math.abs(x - sx) < 28 && Math.abs(y - 80) < 28) {
                    c[0] = 250;
                    c[1] = 220;
                    c[2] = 40;
                }
                int p = (y * W + x) * 3;
                for (int k = 0; k < 3; k++) {
                    rgb[p + k] = (byte) Math.max(0, Math.min(255, (int) Math.round(c[k] + n)));
                }
            }
        }
        return new VideoFrame(W, H, rgb);
    }

    /** Writes {@code frames} frames; the disc is left out of frames [hideFrom, hideFrom + hideCount). */
    static Path write(Path file, int frames, int hideFrom, int hideCount) throws IOException {
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(W, H, FPS))) {
            for (int i = 0; i < frames; i++) {
                w.writeFrame(frame(i, i >= hideFrom && i < hideFrom + hideCount));
            }
        }
        return file;
    }
}
