package io.tessera.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaRoundTripTest {
    private static final int[] COLOURS = { 0xd03030, 0x30c040, 0x3050e0, 0xf0e020, 0x808080 };

    @TempDir
    Path dir;

    /** Frame i is filled with COLOURS[i % n], with a white square whose position encodes i. */
    private static VideoFrame pattern(int i, int w, int h) {
        VideoFrame f = VideoFrame.blank(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                f.setRgb(x, y, COLOURS[i % COLOURS.length]);
            }
        }
        int x0 = (i * 8) % (w - 16);
        for (int y = 8; y < 24; y++) {
            for (int x = x0; x < x0 + 16; x++) {
                f.setRgb(x, y, 0xffffff);
            }
        }
        return f;
    }

    private Path writeClip(String name, int frames, int w, int h, int fps) throws Exception {
        Path file = dir.resolve(name);
        try (Mp4VideoWriter writer = Mp4VideoWriter.open(file,
                new VideoSettings(w, h, fps, 0, 0, 0, Map.of("title", "round trip")))) {
            for (int i = 0; i < frames; i++) {
                writer.writeFrame(pattern(i, w, h));
            }
        }
        return file;
    }

    @Test
    void framesComeBackInOrderWithTheirColours() throws Exception {
        Path file = writeClip("clip.mp4", 25, 128, 96, 25);
        int n = 0;
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            for (VideoFrame f; (f = reader.nextFrame()) != null; n++) {
                assertEquals(128, f.width());
                int expected = COLOURS[n % COLOURS.length];
                int actual = f.rgbAt(100, 80);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int e = expected >> shift & 0xff;
                    int a = actual >> shift & 0xff;
                    assertTrue(Math.abs(e - a) <= 24, "frame " + n + " channel " + shift + ": " + e + " vs " + a);
                }
                int square = (n * 8) % (128 - 16) + 8;
                assertTrue((f.rgbAt(square, 16) & 0xff) > 200, "white square of frame " + n + " at x=" + square);
            }
        }
        assertEquals(25, n);
    }

    @Test
    void probeReportsWhatWasWritten() throws Exception {
        Path file = writeClip("probe.mp4", 48, 160, 90, 24);
        MediaInfo info = MediaProbe.probe(file);
        assertEquals(160, info.width());
        assertEquals(90, info.height());
        assertEquals(24.0, info.fps(), 0.01);
        assertEquals(48, info.frameCount());
        assertEquals(2.0, info.durationSeconds(), 0.05);
        assertEquals("h264", info.videoCodec());
        assertNull(info.audioCodec());
        assertEquals(Files.size(file), info.sizeBytes());
    }

    @Test
    void sameFramesGiveTheSameBytes() throws Exception {
        byte[] a = Files.readAllBytes(writeClip("a.mp4", 20, 64, 64, 10));
        byte[] b = Files.readAllBytes(writeClip("b.mp4", 20, 64, 64, 10));
        assertArrayEquals(a, b);
    }

    @Test
    void stereoSoundSurvivesWithLeftAndRightKeptApart() throws Exception {
        Path file = dir.resolve("sound.mp4");
        int rate = 48_000;
        try (Mp4VideoWriter writer = Mp4VideoWriter.open(file, VideoSettings.of(64, 64, 10).withAudio(rate, 2))) {
            float[] second = new float[rate * 2];
            for (int i = 0; i < rate; i++) {
                second[2 * i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / rate));
                second[2 * i + 1] = (float) (0.05 * Math.sin(2 * Math.PI * 880 * i / rate));
            }
            for (int i = 0; i < 10; i++) {
                writer.writeFrame(pattern(i, 64, 64));
            }
            writer.writeAudio(second, rate);
        }
        MediaInfo info = MediaProbe.probe(file);
        assertEquals("aac", info.audioCodec());
        assertEquals(2, info.audioChannels());
        float[] samples;
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            samples = reader.readAllAudio();
        }
        assertTrue(samples.length > rate, "about one second of stereo sound: " + samples.length);
        double left = 0;
        double right = 0;
        for (int i = 0; i + 1 < samples.length; i += 2) {
            left += samples[i] * samples[i];
            right += samples[i + 1] * samples[i + 1];
        }
        double ratio = left / right;
        assertTrue(ratio > 50 && ratio < 200, "left is 10x louder than right in amplitude: energy ratio " + ratio);
    }

    @Test
    void imagesRoundTripExactly() throws Exception {
        VideoFrame f = pattern(3, 40, 30);
        Path png = dir.resolve("still.png");
        Images.writePng(f, png);
        assertArrayEquals(f.rgb(), Images.read(png).rgb());
    }
}
