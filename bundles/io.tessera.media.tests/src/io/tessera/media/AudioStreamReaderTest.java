package io.tessera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sample-addressed reads of a real AAC track agree with decoding it all, in any order and block size. */
class AudioStreamReaderTest {
    @TempDir
    static Path dir;
    static Path clip;
    static float[] all;

    @BeforeAll
    static void writeAClip() throws Exception {
        clip = dir.resolve("chirp.mp4");
        int rate = 48_000;
        try (Mp4VideoWriter w = Mp4VideoWriter.open(clip, new VideoSettings(64, 64, 24, 0, rate, 2, Map.of()))) {
            double phase = 0;
            for (int n = 0; n < 24 * 8; n++) {
                w.writeFrame(VideoFrame.blank(64, 64));
                float[] s = new float[2000 * 2];
                for (int k = 0; k < 2000; k++) {
                    double t = (n * 2000 + k) / (double) rate;
                    // a slow chirp: every stretch of the track is different, so a misplaced read shows
                    phase += 2 * Math.PI * (300 + 60 * t) / rate;
                    s[2 * k] = (float) (0.4 * Math.sin(phase));
                    s[2 * k + 1] = (float) (0.4 * Math.cos(phase));
                }
                w.writeAudio(s, 2000);
            }
        }
        try (Mp4VideoReader r = Mp4VideoReader.open(clip)) {
            all = r.readAllAudio();
        }
    }

    @Test
    void forwardReadsInAnyBlockSizeMatchTheWholeDecode() throws Exception {
        Random random = new Random(1);
        try (AudioStreamReader r = AudioStreamReader.open(clip, 48_000, 2)) {
            assertTrue(r.hasAudio());
            long pos = 0;
            while (pos < all.length / 2 - 10_000) {
                int n = 1 + random.nextInt(5000);
                float[] got = new float[n * 2];
                r.read(pos, n, got);
                assertAligned(got, pos, n, 1e-6, "forward read at " + pos);
                pos += n;
            }
        }
    }

    @Test
    void seekingAheadAndBackLandsOnTheSameSamples() throws Exception {
        try (AudioStreamReader r = AudioStreamReader.open(clip, 48_000, 2)) {
            for (long pos : new long[] { 48_000 * 5, 48_000 * 2 + 123, 48_000 * 6 + 7, 100, 48_000 * 4 }) {
                float[] got = new float[4800 * 2];
                r.read(pos, 4800, got);
                // a seek decodes from another packet boundary: AAC's overlap leaves tiny differences, never a shift
                assertAligned(got, pos, 4800, 0.02, "read at " + pos + " after a seek");
            }
        }
    }

    @Test
    void beforeTheStartAndAfterTheEndIsSilence() throws Exception {
        try (AudioStreamReader r = AudioStreamReader.open(clip, 48_000, 2)) {
            float[] got = new float[2000 * 2];
            r.read(-1000, 2000, got);
            for (int k = 0; k < 1000; k++) {
                assertEquals(0f, got[2 * k]);
            }
            assertAligned(java.util.Arrays.copyOfRange(got, 2000, 4000), 0, 1000, 1e-6, "the part after 0");
            float[] tail = new float[2000 * 2];
            r.read(all.length / 2 + 10, 2000, tail);
            for (float v : tail) {
                assertEquals(0f, v);
            }
        }
    }

    private static void assertAligned(float[] got, long pos, int n, double tolerance, String what) {
        double worst = 0;
        for (int k = 0; k < n * 2; k++) {
            long i = pos * 2 + k;
            float want = i >= 0 && i < all.length ? all[(int) i] : 0f;
            worst = Math.max(worst, Math.abs(got[k] - want));
        }
        assertTrue(worst <= tolerance, what + ": differs by up to " + worst);
        assertFalse(Double.isNaN(worst));
    }
}
