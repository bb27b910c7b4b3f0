package io.tessera.ui.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;

/**
 * Clips whose sound is one known tone (a sine at 0.3 of full scale, both channels) under a picture of one colour
 * with a moving bar, put in the open project's library; and what the ALSA capture file (see alsa/capture.conf)
 * holds, read back as samples.
 */
public final class ToneClips {
    public static final int RATE = 48_000;
    public static final double AMPLITUDE = 0.3;

    private ToneClips() {
    }

    /** Writes the clip beside the project and adds it to the project's assets. */
    public static MediaAsset add(String name, int rgb, double hz, double seconds, int fps) throws IOException {
        Path dir = ProjectSession.getDefault().file().getParent();
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + System.nanoTime() + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        int w = 160;
        int h = 96;
        int frames = (int) Math.round(seconds * fps);
        try (Mp4VideoWriter writer = Mp4VideoWriter.open(file, new VideoSettings(w, h, fps, 0, RATE, 2, Map.of("title", name)))) { //$NON-NLS-1$
            double phase = 0;
            for (int n = 0; n < frames; n++) {
                VideoFrame f = new VideoFrame(w, h, new byte[w * h * 3]);
                int bar = n * (w - 8) / Math.max(1, frames - 1);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        f.setRgb(x, y, x >= bar && x < bar + 8 ? 0xFFFFFF : rgb);
                    }
                }
                writer.writeFrame(f);
                int a = (int) Math.round(n * (double) RATE / fps);
                int b = (int) Math.round((n + 1) * (double) RATE / fps);
                float[] s = new float[(b - a) * 2];
                for (int k = 0; k < b - a; k++) {
                    float v = (float) (AMPLITUDE * Math.sin(phase));
                    phase += 2 * Math.PI * hz / RATE;
                    s[2 * k] = v;
                    s[2 * k + 1] = v;
                }
                writer.writeAudio(s, b - a);
            }
        }
        MediaAsset asset = ModelFactory.eINSTANCE.createMediaAsset();
        asset.setId(name + "-" + System.nanoTime()); //$NON-NLS-1$
        asset.setFile(file.toString());
        asset.setFps(fps);
        asset.setWidth(w);
        asset.setHeight(h);
        asset.setFrameCount(frames);
        asset.setDurationSeconds(frames / (double) fps);
        ProjectSession.getDefault().project().getAssets().add(asset);
        return asset;
    }

    /** Where ALSA writes what Java Sound plays in the UI tests, or null when the test runs without that setup. */
    public static Path capture() {
        String p = System.getenv("TESSERA_SOUND_CAPTURE"); //$NON-NLS-1$
        return p == null ? null : Path.of(p);
    }

    /** The capture file as float samples (48 kHz stereo, signed 16-bit little-endian in the file). */
    public static float[] captured(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] s = new float[bytes.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = b.getShort() / 32767f;
        }
        return s;
    }

    /** Goertzel power of one frequency in the left channel over a stretch of seconds (as the editor tests do). */
    public static double power(float[] s, double at, double length, double hz) {
        int from = (int) (at * RATE);
        int n = Math.min((int) (length * RATE), s.length / 2 - from);
        double coeff = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double q1 = 0;
        double q2 = 0;
        for (int i = 0; i < n; i++) {
            double q0 = coeff * q1 - q2 + s[2 * (from + i)];
            q2 = q1;
            q1 = q0;
        }
        return n <= 0 ? 0 : (q1 * q1 + q2 * q2 - coeff * q1 * q2) / n;
    }

    /** Root mean square of the left channel over a stretch of seconds. */
    public static double rms(float[] s, double at, double length) {
        int from = (int) (at * RATE);
        int n = Math.min((int) (length * RATE), s.length / 2 - from);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += s[2 * (from + i)] * s[2 * (from + i)];
        }
        return n <= 0 ? 0 : Math.sqrt(sum / n);
    }
}
