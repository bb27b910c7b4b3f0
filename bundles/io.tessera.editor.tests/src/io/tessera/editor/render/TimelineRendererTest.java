package io.tessera.editor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.watermark.ExtractionResult;
import io.tessera.core.watermark.Marking;
import io.tessera.core.watermark.Watermarker;
import io.tessera.editor.TestMedia;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Transitions;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;
import io.tessera.watermark.provenance.ManifestVerifier;
import io.tessera.watermark.provenance.Verification;

/** Renders a real timeline of real clips and reads the MP4 back picture by picture and sample by sample. */
class TimelineRendererTest {
    private static final int W = 320;
    private static final int H = 192;
    private static final int FPS = 24;
    private static final int RED = 0xD02020;
    private static final int GREEN = 0x20C040;
    private static final int BLUE = 0x3040E0;

    @TempDir
    static Path dir;
    static Path red;
    static Path green;
    static Path blue;
    static Project project;
    static RenderResult result;
    static List<VideoFrame> frames = new ArrayList<>();
    static float[] sound;

    @BeforeAll
    static void render() throws Exception {
        red = TestMedia.clip(dir, "red", RED, 3, FPS, W, H, 440);
        green = TestMedia.clip(dir, "green", GREEN, 3, FPS, W, H, 660);
        blue = TestMedia.clip(dir, "blue", BLUE, 3, FPS, W, H, 880);
        project = ProjectStore.create("render test");
        MediaAsset r = TestMedia.asset(project, red);
        MediaAsset g = TestMedia.asset(project, green);
        MediaAsset b = TestMedia.asset(project, blue);
        TimelineEditor editor = TimelineEditor.of(project);
        editor.timeline(FPS);
        Track v1 = editor.addTrack(TrackKind.VIDEO, "V1");
        ClipItem a = editor.append(v1, r, 0.5, 2.5); // frames 0..47, red source 12..59
        ClipItem bItem = editor.append(v1, g, 0, 2); // 48..95, green 0..47
        ClipItem c = editor.append(v1, b, 1, 3); // 96..143, blue 24..71
        editor.append(v1, r, 0, 1); // 144..167, red 0..23, joined by a plain cut
        editor.fadeIn(a, 0.5);
        editor.addTransition(Transitions.CROSSFADE, a, bItem, 0.5, Map.of()); // 42..53
        editor.addTransition(Transitions.WIPE, bItem, c, 0.5, Map.of("direction", "left")); // 90..101
        Title t = editor.addTitle("Hello captions", 1, 1, true); // 24..47
        // a music bed on an audio track from 4 s to 6 s, faded in over its first second by its volume envelope
        Path bed = TestMedia.clip(dir, "bed", 0, 3, FPS, 64, 64, 1320);
        Track a1 = editor.addTrack(TrackKind.AUDIO, "A1");
        ClipItem music = editor.overwrite(a1, TestMedia.asset(project, bed), 0, 2, 4);
        editor.setVolume(music, new double[][] { { 0, 0 }, { 1, 1 } });
        editor.editTitle(t, () -> t.setY(0.45));
        Path out = dir.resolve("film.mp4");
        result = new TimelineRenderer(MediaResolver.relativeTo(dir)).render(project, out, RenderOptions.DEFAULT, new NullProgressMonitor());
        try (Mp4VideoReader reader = Mp4VideoReader.open(out)) {
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                frames.add(f);
            }
        }
        try (Mp4VideoReader reader = Mp4VideoReader.open(out)) {
            sound = reader.readAllAudio();
        }
        // for people: a few of the pictures the assertions look at
        Path shots = Path.of("target", "render-test");
        Files.createDirectories(shots);
        for (int n : new int[] { 0, 6, 36, 48, 96, 150 }) {
            io.tessera.media.Images.writePng(frames.get(n), shots.resolve("frame-" + n + ".png"));
        }
    }

    @Test
    void everyFrameShowsTheRightClipAndSourceFrame() {
        assertEquals(168, result.frames());
        assertEquals(168, frames.size());
        for (int n = 0; n < 168; n++) {
            if (n < 12 || n >= 42 && n < 54 || n >= 90 && n < 102 || n >= 24 && n < 48) {
                continue; // fades, transitions and the caption are checked below
            }
            int[] expected = n < 48 ? new int[] { RED, 12 + n } : n < 96 ? new int[] { GREEN, n - 48 }
                    : n < 144 ? new int[] { BLUE, 24 + n - 96 } : new int[] { RED, n - 144 };
            VideoFrame f = frames.get(n);
            assertEquals(expected[1], TestMedia.index(f), "source frame shown at output frame " + n);
            assertColour(expected[0], TestMedia.colour(f), 12, "colour at frame " + n);
        }
    }

    @Test
    void transitionsBlendAndFadesStartFromBlack() {
        double[] first = TestMedia.colour(frames.get(0));
        assertTrue(first[0] < 40, "the fade in starts near black: " + first[0]);
        assertTrue(TestMedia.colour(frames.get(6))[0] > first[0] + 40, "and brightens");
        double lastRed = 2;
        for (int n = 42; n < 54; n++) {
            double[] c = TestMedia.colour(frames.get(n));
            double redShare = (c[0] - 0x20) / (0xD0 - 0x20);
            assertTrue(redShare < lastRed + 0.02, "the dissolve moves steadily from red to green at frame " + n);
            assertTrue(redShare > 0.02 && redShare < 0.98, "frame " + n + " is a blend: " + redShare);
            lastRed = redShare;
        }
        VideoFrame mid = frames.get(96);
        int left = mid.rgbAt(20, H / 3);
        int right = mid.rgbAt(W - 20, H / 3);
        assertTrue((right & 0xFF) > 0xC0 && ((left >> 8) & 0xFF) > 0xA0,
                "half way through the wipe the blue clip has come in from the right: left " + Integer.toHexString(left) + " right " + Integer.toHexString(right));
    }

    @Test
    void captionsShowForTheirTimeOnly() {
        assertTrue(textContrast(frames.get(36)) > 40, "the caption is drawn at frame 36");
        assertTrue(textContrast(frames.get(20)) < 10, "and not before its start");
        assertTrue(textContrast(frames.get(60)) < 10, "nor after its end");
    }

    @Test
    void soundIsEachClipsOwnAndContinuousAtTheCuts() {
        int rate = 48_000;
        assertEquals(7.0, sound.length / 2.0 / rate, 0.05, "7 s of stereo sound");
        assertEquals(440, frequency(sound, 1.0, 0.5), 15, "red's tone under red");
        assertEquals(660, frequency(sound, 3.0, 0.5), 15, "green's tone under green");
        assertEquals(880, dominant(sound, 5.0, 0.5), "blue's tone under blue (with the bed)");
        assertEquals(440, dominant(sound, 6.5, 0.3), "red again after the plain cut");
        double maxJump = 0;
        for (int i = 2; i < sound.length; i += 2) {
            maxJump = Math.max(maxJump, Math.abs(sound[i] - sound[i - 2]));
        }
        // 0.3 sines step by at most 0.035 (880 Hz) + 0.052 (the 1320 Hz bed) per sample; a click at a cut would be up to 0.6
        assertTrue(maxJump < 0.12, "largest sample-to-sample jump " + maxJump);
    }

    @Test
    void theAudioTrackIsMixedInUnderItsEnvelope() {
        double before = TestMedia.power(sound, 3.2, 0.5, 1320);
        double rising = TestMedia.power(sound, 4.1, 0.3, 1320);
        double full = TestMedia.power(sound, 5.2, 0.5, 1320);
        double after = TestMedia.power(sound, 6.3, 0.5, 1320);
        assertTrue(full > 100 * before, "the bed sounds from 4 s: " + full + " against " + before + " before");
        assertTrue(rising < full / 4, "and fades in: " + rising + " early, " + full + " later");
        assertTrue(after < full / 100, "and stops at 6 s: " + after);
    }

    private static int dominant(float[] s, double at, double length) {
        int best = 0;
        double most = -1;
        for (int hz : new int[] { 440, 660, 880 }) {
            double p = TestMedia.power(s, at, length, hz);
            if (p > most) {
                most = p;
                best = hz;
            }
        }
        return best;
    }

    @Test
    void theRenderIsMarkedAndSignedWithItsClipsAsParents() throws Exception {
        Verification v = ManifestVerifier.verify(result.output(), Optional.empty(), Set.of());
        assertTrue(v.found() && v.valid(), "manifest problems: " + v.problems());
        assertEquals("edited", v.manifest().path("action").asText(), v.manifest().toString());
        List<String> parents = new ArrayList<>();
        v.manifest().path("parents").forEach(p -> parents.add(p.path("file").asText()));
        assertEquals(List.of("red.mp4", "green.mp4", "blue.mp4", "bed.mp4"), parents);
        ContributionDescriptor<Watermarker> invisible = Registries.watermarkers().descriptors().stream()
                .filter(d -> !Boolean.parseBoolean(d.attribute("visible").orElse("false"))).findFirst().orElseThrow();
        ExtractionResult x = invisible.instance().orElseThrow().extract(result.output(), new NullProgressMonitor());
        assertTrue(x.found(), "the invisible mark is found");
        assertEquals(result.payloadHex(), HexFormat.of().formatHex(x.payload()));
    }

    @Test
    void aMissingClipIsNamedAndNothingIsWritten() throws Exception {
        Project p = ProjectStore.create("missing");
        MediaAsset gone = TestMedia.asset(p, red);
        gone.setFile(dir.resolve("gone.mp4").toString());
        TimelineEditor e = TimelineEditor.of(p);
        e.append(e.track(TrackKind.VIDEO), gone, 0, 1);
        Path out = dir.resolve("never.mp4");
        RenderException x = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> new TimelineRenderer(MediaResolver.relativeTo(dir)).render(p, out, RenderOptions.DEFAULT.withMarking(Marking.NONE),
                        new NullProgressMonitor()));
        assertTrue(x.isBadInput());
        assertTrue(x.getMessage().contains("gone.mp4"), x.getMessage());
        assertFalse(Files.exists(out));
    }

    private static void assertColour(int rgb, double[] c, double tolerance, String what) {
        double[] want = { (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF };
        for (int i = 0; i < 3; i++) {
            assertEquals(want[i], c[i], tolerance, what + " channel " + i);
        }
    }

    /** Spread of brightness in the middle band where the caption sits. */
    private static double textContrast(VideoFrame f) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int y = (int) (H * 0.41); y < H * 0.49; y++) {
            for (int x = (int) (W * 0.38); x < W * 0.62; x++) {
                int p = f.rgbAt(x, y);
                double l = 0.3 * ((p >> 16) & 0xFF) + 0.6 * ((p >> 8) & 0xFF) + 0.1 * (p & 0xFF);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(sq / n - mean * mean);
    }

    private static double frequency(float[] s, double at, double length) {
        int from = (int) (at * 48_000);
        int to = (int) ((at + length) * 48_000);
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (s[2 * (i - 1)] < 0 && s[2 * i] >= 0) {
                crossings++;
            }
        }
        return crossings / length;
    }
}
