package io.tessera.editor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.watermark.Marking;
import io.tessera.editor.TestMedia;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Transitions;
import io.tessera.media.Mp4VideoReader;
import io.tessera.model.ClipItem;
import io.tessera.model.Project;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;

/**
 * {@link TimelineSound} gives what the renderer puts in the file: the same mix, read without pictures, at the
 * same samples, and the same again after seeking.
 */
class TimelineSoundTest {
    private static final int FPS = 24;
    private static final int RATE = 48_000;

    @TempDir
    static Path dir;
    static Project project;
    static float[] rendered;

    @BeforeAll
    static void timeline() throws Exception {
        Path red = TestMedia.clip(dir, "red", 0xD02020, 2, FPS, 160, 96, 440);
        Path green = TestMedia.clip(dir, "green", 0x20C040, 2, FPS, 160, 96, 660);
        Path bed = TestMedia.clip(dir, "bed", 0, 2, FPS, 64, 64, 1320);
        project = ProjectStore.create("sound test");
        TimelineEditor editor = TimelineEditor.of(project);
        editor.timeline(FPS);
        Track v1 = editor.addTrack(TrackKind.VIDEO, "V1");
        ClipItem a = editor.append(v1, TestMedia.asset(project, red), 0, 2); // 0..47
        ClipItem b = editor.append(v1, TestMedia.asset(project, green), 0, 2); // 48..95
        editor.addTransition(Transitions.CROSSFADE, a, b, 0.5, Map.of()); // 42..53, equal power
        editor.fadeOut(b, 0.5);
        Track a1 = editor.addTrack(TrackKind.AUDIO, "A1");
        ClipItem music = editor.overwrite(a1, TestMedia.asset(project, bed), 0, 2, 1);
        editor.setVolume(music, new double[][] { { 0, 0 }, { 1, 0.5 } });
        Path out = dir.resolve("film.mp4");
        new TimelineRenderer(MediaResolver.relativeTo(dir)).render(project, out, RenderOptions.DEFAULT.withMarking(Marking.NONE),
                new NullProgressMonitor());
        try (Mp4VideoReader reader = Mp4VideoReader.open(out)) {
            rendered = reader.readAllAudio();
        }
    }

    @Test
    void theSamplesAreWhatTheRenderEncodedWithinAacsTolerance() throws Exception {
        try (TimelineSound sound = TimelineSound.open(project.getTimeline(), MediaResolver.relativeTo(dir), RATE)) {
            assertEquals(4 * RATE, sound.sampleCount());
            float[] mix = sound.frames(0, 96);
            assertEquals(4 * RATE * 2, mix.length);
            // a steady tone correlates as well one period off as on time: align by where the sound starts, then refine
            // within less than half a period of the 440 Hz tone
            int lag = bestLag(mix, rendered, onset(rendered) - onset(mix), 40);
            // per 0.25 s window: the error of the decoded file against the mix, relative to the mix's level
            double worst = Double.NEGATIVE_INFINITY;
            for (double at = 0.1; at < 3.6; at += 0.25) {
                int from = (int) (at * RATE);
                int n = RATE / 4;
                double signal = 0;
                double error = 0;
                for (int i = from; i < from + n; i++) {
                    double m = mix[2 * i];
                    double r = i + lag >= 0 && 2 * (i + lag) < rendered.length ? rendered[2 * (i + lag)] : 0;
                    signal += m * m;
                    error += (m - r) * (m - r);
                }
                double db = 10 * Math.log10(Math.max(1e-12, error) / Math.max(1e-12, signal));
                worst = Math.max(worst, db);
            }
            System.out.printf(Locale.ROOT, "TimelineSoundTest: file lags the mix by %d samples; worst window error %.1f dB below the signal%n",
                    lag, -worst);
            assertTrue(Math.abs(lag) <= 64, "the file's sound is where the mix is (lag " + lag + ")");
            assertTrue(worst < -30, "the file holds the mix to within AAC's error: worst window " + worst + " dB");
            // and what the mix is made of: the crossfade's equal power, the bed's envelope, the fade out
            assertTrue(TestMedia.power(mix, 0.5, 0.3, 440) > 1000 * TestMedia.power(mix, 0.5, 0.3, 660), "red alone at first");
            double midCross440 = TestMedia.power(mix, 1.95, 0.1, 440);
            double midCross660 = TestMedia.power(mix, 1.95, 0.1, 660);
            assertEquals(1.0, midCross440 / midCross660, 0.35, "both halves at equal power mid crossfade");
            assertTrue(TestMedia.power(mix, 2.5, 0.4, 1320) > 4 * TestMedia.power(mix, 1.1, 0.2, 1320), "the bed rises under its envelope");
            assertTrue(TestMedia.power(mix, 3.9, 0.08, 660) < TestMedia.power(mix, 3.0, 0.08, 660) / 10, "the fade out");
        }
    }

    @Test
    void aSeekReadsTheSameSamplesAsReadingThrough() throws Exception {
        try (TimelineSound through = TimelineSound.open(project.getTimeline(), MediaResolver.relativeTo(dir), RATE);
                TimelineSound seeking = TimelineSound.open(project.getTimeline(), MediaResolver.relativeTo(dir), RATE)) {
            float[] all = through.frames(0, 96);
            seeking.frames(80, 90); // somewhere else first, then back: the player's scrub
            float[] part = seeking.frames(40, 60);
            long a = through.sampleOf(40);
            double max = 0;
            for (int i = 0; i < part.length; i++) {
                max = Math.max(max, Math.abs(part[i] - all[(int) (2 * a) + i]));
            }
            System.out.printf(Locale.ROOT, "TimelineSoundTest: after a seek, largest difference %.2e%n", max);
            assertEquals((through.sampleOf(60) - a) * 2, part.length);
            assertTrue(max < 1e-3, "seeking changes the samples by " + max);
        }
    }

    static int onset(float[] s) {
        for (int i = 0; i < s.length / 2; i++) {
            if (Math.abs(s[2 * i]) > 0.02) {
                return i;
            }
        }
        return -1;
    }

    /** The shift of {@code b} against {@code a} (left channels), within {@code spread} of {@code around}, that correlates best. */
    static int bestLag(float[] a, float[] b, int around, int spread) {
        int best = around;
        double most = Double.NEGATIVE_INFINITY;
        int n = Math.min(a.length, b.length) / 2;
        for (int lag = around - spread; lag <= around + spread; lag++) {
            double c = 0;
            for (int i = Math.max(0, -lag); i < n && i + lag < n; i++) {
                c += a[2 * i] * b[2 * (i + lag)];
            }
            if (c > most) {
                most = c;
                best = lag;
            }
        }
        return best;
    }
}
