package io.tessera.watermark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.media.VideoFrame;
import io.tessera.watermark.bench.FrameQuality;
import io.tessera.watermark.mark.ConvolutionalCode;
import io.tessera.watermark.mark.Detection;
import io.tessera.watermark.mark.InvisibleMark;
import io.tessera.watermark.mark.MarkDetector;
import io.tessera.watermark.mark.MarkReader;
import io.tessera.watermark.mark.Payload;

class InvisibleMarkTest {
    private static final Payload PAYLOAD = new Payload(0x12_3456_789AL, 0xABCDEF);

    @Test
    void viterbiCorrectsNoisyCodedBits() {
        SplittableRandom r = new SplittableRandom(3);
        boolean[] message = new boolean[88];
        for (int i = 0; i < message.length; i++) {
            message[i] = r.nextBoolean();
        }
        boolean[] coded = ConvolutionalCode.encode(message);
        float[] soft = new float[coded.length];
        int flipped = 0;
        for (int i = 0; i < coded.length; i++) {
            soft[i] = (coded[i] ? 1 : -1) + (float) (r.nextGaussian() * 0.8);
            if (soft[i] > 0 != coded[i]) {
                flipped++;
            }
        }
        assertTrue(flipped > coded.length / 20, "the channel must actually flip bits, flipped " + flipped);
        assertEquals(java.util.Arrays.toString(message), java.util.Arrays.toString(ConvolutionalCode.decode(soft, message.length)));
    }

    @Test
    void payloadSurvivesBytesAndHex() {
        assertEquals(PAYLOAD, Payload.fromBytes(PAYLOAD.toBytes()));
        assertEquals(PAYLOAD, Payload.fromHex(PAYLOAD.hex()));
        assertEquals("123456789aabcdef", PAYLOAD.hex());
    }

    @Test
    void markIsInvisibleByPsnrAndSsim() {
        InvisibleMark mark = new InvisibleMark(PAYLOAD);
        for (int i = 0; i < 3; i++) {
            VideoFrame original = TestClips.frame(640, 360, i, 7);
            VideoFrame marked = new VideoFrame(640, 360, original.rgb().clone());
            mark.embed(marked);
            double psnr = FrameQuality.psnr(original, marked);
            double ssim = FrameQuality.ssim(original, marked);
            assertTrue(psnr >= 40, "PSNR " + psnr);
            assertTrue(ssim >= 0.98, "SSIM " + ssim);
            assertTrue(psnr < 60, "the mark must change the frame, PSNR " + psnr);
        }
    }

    @Test
    void roundTripInMemoryAndUnmarkedFramesAreNotDetected() {
        InvisibleMark mark = new InvisibleMark(PAYLOAD);
        MarkDetector marked = new MarkDetector();
        MarkDetector plain = new MarkDetector();
        for (int i = 0; i < 24; i++) {
            VideoFrame f = TestClips.frame(480, 270, i, 11);
            plain.accept(new VideoFrame(f.width(), f.height(), f.rgb().clone()));
            mark.embed(f);
            marked.accept(f);
        }
        Detection d = marked.result();
        assertTrue(d.detected(), "p " + d.pValue());
        assertEquals(PAYLOAD, d.payload().orElseThrow());
        assertEquals(64, d.matchingBits(PAYLOAD));
        Detection none = plain.result();
        assertFalse(none.detected(), "unmarked frames gave p " + none.pValue());
        assertTrue(none.payload().isEmpty());
    }

    @Test
    void roundTripThroughH264(@TempDir Path dir) throws Exception {
        Path file = TestClips.write(dir.resolve("marked.mp4"), 640, 360, 24, 48, 5, PAYLOAD);
        Detection d = MarkReader.read(file, null);
        assertEquals(PAYLOAD, d.payload().orElseThrow(), "p " + d.pValue());
        assertTrue(d.pValue() < Detection.THRESHOLD);
        Path plain = TestClips.write(dir.resolve("plain.mp4"), 640, 360, 24, 48, 5, null);
        assertFalse(MarkReader.read(plain, null).detected());
    }

    @Test
    void theSignFlipsEveryHalfCycle() {
        InvisibleMark mark = new InvisibleMark(PAYLOAD);
        VideoFrame original = TestClips.frame(320, 180, 0, 3);
        VideoFrame first = new VideoFrame(320, 180, original.rgb().clone());
        VideoFrame flipped = new VideoFrame(320, 180, original.rgb().clone());
        VideoFrame same = new VideoFrame(320, 180, original.rgb().clone());
        mark.embed(first, 0);
        mark.embed(same, 11);
        mark.embed(flipped, 12);
        long sum = 0;
        long opposite = 0;
        long changed = 0;
        for (int i = 0; i < original.rgb().length; i++) {
            int o = original.rgb()[i] & 0xff;
            int a = (first.rgb()[i] & 0xff) - o;
            int b = (flipped.rgb()[i] & 0xff) - o;
            assertEquals(a, (same.rgb()[i] & 0xff) - o);
            sum += a * b;
            opposite += a == -b ? 1 : 0;
            changed += a != 0 ? 1 : 0;
        }
        assertTrue(changed > original.rgb().length / 4, "the mark must change the frame");
        assertTrue(sum < 0, "frame 12 must carry the opposite sign of frame 0");
        assertTrue(opposite > original.rgb().length * 0.9, "opposite changes: " + opposite);
    }

    /** A static, periodic shot: its own detail adds up over the frames as much as the mark; the flips tell them apart. */
    @Test
    void staticPeriodicShotThroughH264(@TempDir Path dir) throws Exception {
        VideoFrame wall = TestClips.bricks(640, 360, 9);
        Path file = TestClips.write(dir.resolve("bricks.mp4"), 640, 360, 24, 72, PAYLOAD,
                i -> new VideoFrame(640, 360, wall.rgb().clone()));
        Detection d = MarkReader.read(file, null);
        assertEquals(PAYLOAD, d.payload().orElseThrow(() -> new AssertionError("p " + d.pValue() + ", bits " + d.matchingBits(PAYLOAD))));
        Path plain = TestClips.write(dir.resolve("plain-bricks.mp4"), 640, 360, 24, 72, null, i -> new VideoFrame(640, 360, wall.rgb().clone()));
        assertFalse(MarkReader.read(plain, null).detected());
    }

    /**
     * The visibility model: the eye sees the mark as a mottle on flat areas and not on texture, so a frame that is
     * half flat grey, half brick wall must carry far less of it on the flat half, and the flat half must not pulse
     * with the sign flips.
     */
    @Test
    void flatAreasCarryMuchLessMarkThanTexture() {
        int w = 640;
        int h = 360;
        VideoFrame wall = TestClips.bricks(w, h, 5);
        byte[] rgb = wall.rgb().clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w / 2; x++) {
                int i = (y * w + x) * 3;
                rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) 128;
            }
        }
        VideoFrame original = new VideoFrame(w, h, rgb);
        InvisibleMark mark = new InvisibleMark(PAYLOAD);
        VideoFrame first = new VideoFrame(w, h, rgb.clone());
        VideoFrame flipped = new VideoFrame(w, h, rgb.clone());
        mark.embed(first, 0);
        mark.embed(flipped, 12);
        // away from the seam, where the wall's texture masks the flat side's first blocks too
        double[] flat = lumaChange(original, first, 0, w / 2 - 48);
        double[] textured = lumaChange(original, first, w / 2 + 48, w);
        assertTrue(textured[0] > 1, "the wall must carry the mark, RMS " + textured[0]);
        // energy (mean square): the SSIM-only masking put 2.2 grey levels RMS on flat grey, 0.84 of the wall's energy
        assertTrue(flat[0] * flat[0] < 0.1 * textured[0] * textured[0], "flat RMS " + flat[0] + " vs textured " + textured[0]);
        assertTrue(flat[1] <= 2, "no flat pixel may change by more than two grey levels, saw " + flat[1]);
        double[] flatFlip = lumaChange(first, flipped, 0, w / 2 - 48);
        double[] wallFlip = lumaChange(first, flipped, w / 2 + 48, w);
        assertEquals(0, flatFlip[0], 1e-9, "the flat half must not change between the two halves of the flip cycle");
        assertTrue(wallFlip[0] > 1, "the wall's mark must flip, RMS " + wallFlip[0]);
    }

    /** RMS and largest absolute change of luma between two frames over the columns [x0, x1). */
    private static double[] lumaChange(VideoFrame a, VideoFrame b, int x0, int x1) {
        double squares = 0;
        double largest = 0;
        long n = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = x0; x < x1; x++) {
                int i = (y * a.width() + x) * 3;
                double d = 0.299 * ((b.rgb()[i] & 0xff) - (a.rgb()[i] & 0xff)) + 0.587 * ((b.rgb()[i + 1] & 0xff) - (a.rgb()[i + 1] & 0xff))
                        + 0.114 * ((b.rgb()[i + 2] & 0xff) - (a.rgb()[i + 2] & 0xff));
                squares += d * d;
                largest = Math.max(largest, Math.abs(d));
                n++;
            }
        }
        return new double[] { Math.sqrt(squares / n), largest };
    }
}
