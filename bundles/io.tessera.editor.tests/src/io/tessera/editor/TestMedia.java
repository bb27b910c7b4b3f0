package io.tessera.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;

/**
 * Real MP4 clips whose every picture says which clip and which frame it is: a solid colour, and the frame number
 * as {@value #BITS} black/white blocks along the bottom that survive H.264. The sound is a sine at a frequency of
 * the clip's own, so a reader can tell clips apart by ear too.
 */
public final class TestMedia {
    public static final int BITS = 10;
    public static final int BAR = 16;

    private TestMedia() {
    }

    public static Path clip(Path dir, String name, int rgb, double seconds, int fps, int width, int height, double toneHz) throws IOException {
        Path file = dir.resolve(name + ".mp4");
        int frames = (int) Math.round(seconds * fps);
        VideoSettings settings = new VideoSettings(width, height, fps, 0, 48_000, 2, Map.of("title", name));
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, settings)) {
            double phase = 0;
            for (int n = 0; n < frames; n++) {
                w.writeFrame(picture(width, height, rgb, n));
                int a = (int) Math.round(n * 48_000.0 / fps);
                int b = (int) Math.round((n + 1) * 48_000.0 / fps);
                float[] s = new float[(b - a) * 2];
                for (int k = 0; k < b - a; k++) {
                    float v = (float) (0.3 * Math.sin(phase));
                    phase += 2 * Math.PI * toneHz / 48_000;
                    s[2 * k] = v;
                    s[2 * k + 1] = v;
                }
                w.writeAudio(s, b - a);
            }
        }
        return file;
    }

    public static VideoFrame picture(int width, int height, int rgb, int index) {
        VideoFrame f = new VideoFrame(width, height, new byte[width * height * 3]);
        int block = width / BITS;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = rgb;
                if (y >= height - BAR) {
                    int bit = Math.min(BITS - 1, x / block);
                    c = ((index >> bit) & 1) != 0 ? 0xFFFFFF : 0x000000;
                }
                f.setRgb(x, y, c);
            }
        }
        return f;
    }

    /** The frame number written into a picture. */
    public static int index(VideoFrame f) {
        int block = f.width() / BITS;
        int n = 0;
        for (int bit = 0; bit < BITS; bit++) {
            long sum = 0;
            int count = 0;
            for (int y = f.height() - BAR + 4; y < f.height() - 4; y++) {
                for (int x = bit * block + 3; x < (bit + 1) * block - 3; x++) {
                    int p = f.rgbAt(x, y);
                    sum += ((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF);
                    count += 3;
                }
            }
            if (sum / count > 128) {
                n |= 1 << bit;
            }
        }
        return n;
    }

    /** Mean colour of the picture above the frame-number bar, as {r, g, b}. */
    public static double[] colour(VideoFrame f) {
        double[] c = new double[3];
        int count = 0;
        for (int y = 4; y < f.height() - BAR - 4; y += 2) {
            for (int x = 4; x < f.width() - 4; x += 2) {
                int p = f.rgbAt(x, y);
                c[0] += (p >> 16) & 0xFF;
                c[1] += (p >> 8) & 0xFF;
                c[2] += p & 0xFF;
                count++;
            }
        }
        for (int i = 0; i < 3; i++) {
            c[i] /= count;
        }
        return c;
    }

    public static MediaAsset asset(Project p, Path file) throws IOException {
        MediaInfo info = MediaProbe.probe(file);
        MediaAsset a = ModelFactory.eINSTANCE.createMediaAsset();
        a.setId(file.getFileName().toString().replace(".mp4", "")); //$NON-NLS-1$ //$NON-NLS-2$
        a.setFile(file.toString());
        a.setDurationSeconds(info.frameCount() / info.fps());
        a.setFps((int) Math.round(info.fps()));
        a.setWidth(info.width());
        a.setHeight(info.height());
        a.setFrameCount(info.frameCount());
        p.getAssets().add(a);
        return a;
    }

    /** Goertzel power of one frequency in the left channel of 48 kHz stereo samples, over a stretch of seconds. */
    public static double power(float[] s, double at, double length, double hz) {
        int from = (int) (at * 48_000);
        int n = (int) (length * 48_000);
        double coeff = 2 * Math.cos(2 * Math.PI * hz / 48_000);
        double q1 = 0;
        double q2 = 0;
        for (int i = 0; i < n; i++) {
            double q0 = coeff * q1 - q2 + s[2 * (from + i)];
            q2 = q1;
            q1 = q0;
        }
        return (q1 * q1 + q2 * q2 - coeff * q1 * q2) / n;
    }
}
