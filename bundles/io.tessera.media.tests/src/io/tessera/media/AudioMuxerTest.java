package io.tessera.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioMuxerTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final int FPS = 24;
    private static final int FRAMES = 60;
    private static final int RATE = 48_000;
    /** −12 dBFS peak. */
    private static final double AMPLITUDE = 0.25;

    @TempDir
    Path dir;

    /** A moving diagonal pattern with a white square walking across it, so every frame differs. */
    private static VideoFrame pattern(int i) {
        VideoFrame f = VideoFrame.blank(W, H);
        byte[] rgb = f.rgb();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int k = (y * W + x) * 3;
                rgb[k] = (byte) (x * 2 + i * 4);
                rgb[k + 1] = (byte) (y * 2 - i * 3);
                rgb[k + 2] = (byte) ((x + y + i * 5) & 0xff);
            }
        }
        int x0 = (i * 2) % (W - 16);
        for (int y = 40; y < 56; y++) {
            for (int x = x0; x < x0 + 16; x++) {
                f.setRgb(x, y, 0xffffff);
            }
        }
        return f;
    }

    private Path clip(String name, float[] oldSound) throws IOException {
        Path file = dir.resolve(name);
        VideoSettings settings = new VideoSettings(W, H, FPS, 0, 0, 0,
                Map.of("title", "a red circle moves right", "comment", "seed 7"));
        if (oldSound != null) {
            settings = settings.withAudio(RATE, 2);
        }
        try (Mp4VideoWriter writer = Mp4VideoWriter.open(file, settings)) {
            for (int i = 0; i < FRAMES; i++) {
                writer.writeFrame(pattern(i));
            }
            if (oldSound != null) {
                writer.writeAudio(oldSound, oldSound.length / 2);
            }
        }
        return file;
    }

    /** Stereo: left a sine at {@code left} Hz, right at {@code right} Hz, both at {@link #AMPLITUDE}. */
    private static float[] tones(double seconds, double left, double right) {
        int n = (int) Math.round(seconds * RATE);
        float[] pcm = new float[n * 2];
        for (int i = 0; i < n; i++) {
            pcm[2 * i] = (float) (AMPLITUDE * Math.sin(2 * Math.PI * left * i / RATE));
            pcm[2 * i + 1] = (float) (AMPLITUDE * Math.sin(2 * Math.PI * right * i / RATE));
        }
        return pcm;
    }

    private static List<byte[]> frames(Path file) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                frames.add(f.rgb());
            }
        }
        return frames;
    }

    private static float[] sound(Path file) throws IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            return reader.readAllAudio();
        }
    }

    /** Amplitude of the {@code freq} Hz component of one channel over sample frames [from, to) (Goertzel). */
    private static double amplitude(float[] pcm, int channel, int channels, int from, int to, double freq, int rate) {
        double coeff = 2 * Math.cos(2 * Math.PI * freq / rate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s = pcm[i * channels + channel] + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / (to - from);
    }

    private static double rms(float[] pcm, int channel, int channels, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double v = pcm[i * channels + channel];
            sum += v * v;
        }
        return Math.sqrt(sum / (to - from));
    }

    private static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    /** The shift (in sample frames) of {@code decoded} against {@code written} with the best correlation, left channel. */
    private static int lag(float[] written, float[] decoded, int from, int length, int maxLag) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double score = 0;
            for (int i = from; i < from + length; i++) {
                score += written[2 * i] * decoded[2 * (i + lag)];
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    /** The number of tracks in the movie: the 'trak' boxes inside the top-level 'moov' box. */
    private static int tracks(Path file) throws IOException {
        Mp4Box moov = Mp4Boxes.list(file).stream().filter(b -> b.type().equals("moov")).findFirst().orElseThrow();
        ByteBuffer payload = ByteBuffer.wrap(Mp4Boxes.read(file, moov));
        int tracks = 0;
        while (payload.remaining() >= 8) {
            int start = payload.position();
            long size = Integer.toUnsignedLong(payload.getInt(start));
            String type = new String(payload.array(), start + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("trak")) {
                tracks++;
            }
            assertTrue(size >= 8 && start + size <= payload.limit(), "box " + type + " in moov has size " + size);
            payload.position((int) (start + size));
        }
        return tracks;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void soundIsAacStereoAndThePicturesAreUntouched() throws Exception {
        Path in = clip("in.mp4", null);
        float[] written = tones(FRAMES / (double) FPS, 440, 880);
        Path out = dir.resolve("out.mp4");
        long t0 = System.nanoTime();
        AudioMuxer.replaceAudio(in, written, 2, RATE, out);
        System.out.printf("AudioMuxer: %.1f s clip %dx%d muxed in %.1f ms%n", FRAMES / (double) FPS, W, H,
                (System.nanoTime() - t0) / 1e6);

        MediaInfo info = MediaProbe.probe(out);
        assertEquals("h264", info.videoCodec());
        assertEquals("aac", info.audioCodec());
        assertEquals(2, info.audioChannels());
        assertEquals(RATE, info.sampleRate());
        assertEquals(FRAMES, info.frameCount());
        assertEquals(FPS, info.fps(), 0.01);
        assertEquals(FRAMES / (double) FPS, info.durationSeconds(), 0.03);
        assertEquals("a red circle moves right", MediaProbe.metadata(out, "title"));
        assertEquals("seed 7", MediaProbe.metadata(out, "comment"));
        assertEquals(2, tracks(out));

        List<byte[]> before = frames(in);
        List<byte[]> after = frames(out);
        assertEquals(FRAMES, before.size());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "decoded frame " + i + " differs: the video was re-encoded");
        }

        float[] decoded = sound(out);
        int n = written.length / 2;
        int got = decoded.length / 2;
        assertTrue(Math.abs(got - n) <= 1024, "decoded " + got + " sample frames, wrote " + n);
        System.out.printf("AudioMuxer: decoded %d of %d sample frames%n", got, n);

        int from = RATE / 5;
        int to = Math.min(n, got) - RATE / 5;
        double left440 = amplitude(decoded, 0, 2, from, to, 440, RATE);
        double left880 = amplitude(decoded, 0, 2, from, to, 880, RATE);
        double right440 = amplitude(decoded, 1, 2, from, to, 440, RATE);
        double right880 = amplitude(decoded, 1, 2, from, to, 880, RATE);
        double leftDb = db(rms(decoded, 0, 2, from, to) / rms(written, 0, 2, from, to));
        double rightDb = db(rms(decoded, 1, 2, from, to) / rms(written, 1, 2, from, to));
        System.out.printf("AudioMuxer: left 440 Hz %.2f dBFS, 880 Hz %.1f dBFS; right 880 Hz %.2f dBFS, 440 Hz %.1f dBFS;"
                + " RMS vs written: left %+.3f dB, right %+.3f dB%n", db(left440), db(left880), db(right880), db(right440),
                leftDb, rightDb);
        assertEquals(db(AMPLITUDE), db(left440), 1.0, "left 440 Hz level");
        assertEquals(db(AMPLITUDE), db(right880), 1.0, "right 880 Hz level");
        assertTrue(db(left880 / left440) < -40, "880 Hz leaks into the left channel: " + db(left880 / left440) + " dB");
        assertTrue(db(right440 / right880) < -40, "440 Hz leaks into the right channel: " + db(right440 / right880) + " dB");
        assertEquals(0, leftDb, 1.0);
        assertEquals(0, rightDb, 1.0);
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theSoundStartsWithThePictures() throws Exception {
        Path in = clip("in.mp4", null);
        Random random = new Random(3);
        float[] noise = new float[RATE * 2 * 2];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (AMPLITUDE * random.nextGaussian() / 2);
        }
        Path out = dir.resolve("noise.mp4");
        AudioMuxer.replaceAudio(in, noise, 2, RATE, out);
        float[] decoded = sound(out);
        int lag = lag(noise, decoded, RATE / 2, RATE / 10, 2048);
        System.out.printf("AudioMuxer: the decoded sound is %d samples off what was written%n", lag);
        assertEquals(0, lag, "the encoder's priming samples are not skipped");
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        Path in = clip("in.mp4", null);
        float[] sound = tones(2.5, 440, 880);
        AudioMuxer.replaceAudio(in, sound, 2, RATE, dir.resolve("a.mp4"));
        AudioMuxer.replaceAudio(in, sound, 2, RATE, dir.resolve("b.mp4"));
        byte[] a = Files.readAllBytes(dir.resolve("a.mp4"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.mp4")));
        // the same clip written again from the same frames gives the same result too
        Path again = clip("again.mp4", null);
        AudioMuxer.replaceAudio(again, sound, 2, RATE, dir.resolve("c.mp4"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("c.mp4")));
    }

    @Test
    void theOldSoundIsReplacedNotAdded() throws Exception {
        Path in = clip("talking.mp4", tones(2.5, 1000, 1000));
        assertEquals("aac", MediaProbe.probe(in).audioCodec());
        float[] old = sound(in);
        assertTrue(amplitude(old, 0, 2, RATE / 5, RATE * 2, 1000, RATE) > 0.2, "the input has its 1 kHz sound");
        Path out = dir.resolve("music.mp4");
        AudioMuxer.replaceAudio(in, tones(2.5, 440, 880), 2, RATE, out);
        assertEquals(2, tracks(out), "one video and one sound track");
        float[] decoded = sound(out);
        double tone = amplitude(decoded, 0, 2, RATE / 5, RATE * 2, 440, RATE);
        double oldTone = amplitude(decoded, 0, 2, RATE / 5, RATE * 2, 1000, RATE);
        assertEquals(db(AMPLITUDE), db(tone), 1.0);
        assertTrue(db(oldTone / tone) < -40, "the old 1 kHz sound is still there: " + db(oldTone / tone) + " dB");
        assertEquals(FRAMES, MediaProbe.probe(out).frameCount());
    }

    @Test
    void soundShorterOrLongerThanTheVideoIsWrittenAsGiven() throws Exception {
        Path in = clip("in.mp4", null);
        for (double seconds : new double[] { 1.0, 4.0 }) {
            Path out = dir.resolve("out-" + seconds + ".mp4");
            float[] written = tones(seconds, 440, 880);
            AudioMuxer.replaceAudio(in, written, 2, RATE, out);
            int got = sound(out).length / 2;
            assertTrue(Math.abs(got - written.length / 2) <= 1024,
                    seconds + " s of sound came back as " + got + " sample frames");
            assertEquals(Math.max(seconds, FRAMES / (double) FPS), MediaProbe.probe(out).durationSeconds(), 1024.0 / RATE);
            List<byte[]> frames = frames(out);
            assertEquals(FRAMES, frames.size());
            assertArrayEquals(frames(in).get(FRAMES - 1), frames.get(FRAMES - 1));
        }
    }

    @Test
    void monoAt44100() throws Exception {
        Path in = clip("in.mp4", null);
        int rate = 44_100;
        float[] mono = new float[rate * 2];
        for (int i = 0; i < mono.length; i++) {
            mono[i] = (float) (AMPLITUDE * Math.sin(2 * Math.PI * 660 * i / rate));
        }
        Path out = dir.resolve("mono.mp4");
        AudioMuxer.replaceAudio(in, mono, 1, rate, out);
        MediaInfo info = MediaProbe.probe(out);
        assertEquals(1, info.audioChannels());
        assertEquals(rate, info.sampleRate());
        float[] decoded = sound(out);
        assertEquals(db(AMPLITUDE), db(amplitude(decoded, 0, 1, rate / 5, rate * 3 / 2, 660, rate)), 1.0);
    }

    @Test
    void replacingInPlace() throws Exception {
        Path in = clip("clip.mp4", tones(2.5, 1000, 1000));
        List<byte[]> before = frames(in);
        AudioMuxer.replaceAudio(in, tones(2.5, 440, 880), 2, RATE, in);
        float[] decoded = sound(in);
        assertEquals(db(AMPLITUDE), db(amplitude(decoded, 1, 2, RATE / 5, RATE * 2, 880, RATE)), 1.0);
        assertTrue(amplitude(decoded, 0, 2, RATE / 5, RATE * 2, 1000, RATE) < 0.01, "the old sound is gone");
        List<byte[]> after = frames(in);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "frame " + i);
        }
        assertEquals(List.of(), leftovers());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(in), files.toList());
        }
    }

    private void assertRejected(Path input, String... words) throws IOException {
        Path out = dir.resolve("out.mp4");
        Files.writeString(out, "the previous file");
        IOException e = assertThrows(IOException.class,
                () -> AudioMuxer.replaceAudio(input, tones(1, 440, 880), 2, RATE, out));
        assertTrue(e.getMessage().contains(input.getFileName().toString()), e.getMessage());
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), e.getMessage());
        }
        assertEquals("the previous file", Files.readString(out), "a failed call leaves the output as it was");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void textFilesAreRejected() throws Exception {
        assertRejected(Files.writeString(dir.resolve("notes.mp4"), "these are my notes, not a video\n".repeat(50)));
        assertRejected(Files.writeString(dir.resolve("notes.txt"), "these are my notes, not a video\n".repeat(50)));
        assertRejected(Files.write(dir.resolve("empty.mp4"), new byte[0]));
    }

    @Test
    void truncatedMp4IsRejected() throws Exception {
        byte[] whole = Files.readAllBytes(clip("good.mp4", null));
        assertRejected(Files.write(dir.resolve("half.mp4"), Arrays.copyOf(whole, whole.length / 2)), "truncated");
        byte[] headless = Arrays.copyOfRange(whole, 0, 40);
        assertRejected(Files.write(dir.resolve("start.mp4"), headless));
    }

    @Test
    void stillImageIsNotAVideo() throws Exception {
        Path png = dir.resolve("picture.png");
        Images.writePng(pattern(0), png);
        assertRejected(png, "not a video");
    }

    @Test
    void badSoundIsAnArgumentError() throws Exception {
        Path in = clip("in.mp4", null);
        Path out = dir.resolve("out.mp4");
        assertThrows(IllegalArgumentException.class, () -> AudioMuxer.replaceAudio(in, new float[3], 2, RATE, out));
        assertThrows(IllegalArgumentException.class, () -> AudioMuxer.replaceAudio(in, new float[0], 2, RATE, out));
        assertThrows(IllegalArgumentException.class, () -> AudioMuxer.replaceAudio(in, new float[200], 2, 12_345, out));
        assertThrows(IllegalArgumentException.class, () -> AudioMuxer.replaceAudio(in, new float[200], 0, RATE, out));
        float[] nan = new float[200];
        nan[17] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> AudioMuxer.replaceAudio(in, nan, 2, RATE, out));
        assertFalse(Files.exists(out));
    }
}
