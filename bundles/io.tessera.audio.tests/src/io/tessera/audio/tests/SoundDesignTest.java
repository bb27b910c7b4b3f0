package io.tessera.audio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.audio.SoundDesigner;
import io.tessera.audio.Soundtrack;
import io.tessera.audio.analysis.Impact;
import io.tessera.audio.analysis.SceneAnalysis;
import io.tessera.audio.analysis.ShotInfo;
import io.tessera.audio.analysis.Track;
import io.tessera.audio.bench.OnsetDetector;
import io.tessera.audio.bench.PanningCheck;
import io.tessera.audio.internal.SceneAudioGenerator;
import io.tessera.audio.mix.LoudnessMeter;
import io.tessera.audio.speech.EspeakSynthesizer;
import io.tessera.media.audio.TruePeakMeter;
import io.tessera.audio.synth.Material;
import io.tessera.audio.synth.ModalImpact;
import io.tessera.audio.synth.Panner;
import io.tessera.audio.synth.Setting;

/** The whole generator on real clips: what comes out is checked by listening tools, not by reading its plans. */
class SoundDesignTest {
    @TempDir
    Path dir;

    private CollectingSink score(Path clip, String prompt, long seed) throws Exception {
        CollectingSink sink = new CollectingSink();
        new SceneAudioGenerator().generate(Clips.view(clip, seed), prompt, sink, new NullProgressMonitor());
        return sink;
    }

    @Test
    void aSilentClipGainsAStereoTrackOfItsLengthAtTheTargetLoudness() throws Exception {
        Clips.Clip clip = Clips.render(dir.resolve("ball.mp4"), "a red ball bounces over a sky background", 256, 256, 25, 4, 1);
        CollectingSink s = score(clip.file(), "a red ball bounces over a sky background", 1);
        assertEquals(48_000, s.rate);
        assertEquals(2, s.channels);
        assertEquals(4 * 48_000, s.samples.length / 2);
        double lufs = LoudnessMeter.integrated(s.samples, 2, 48_000);
        assertEquals(-16, lufs, 0.5, "integrated loudness");
        assertTrue(TruePeakMeter.truePeakDbtp(s.samples, 2, 48_000) <= -1.0, "true peak");
        assertTrue(s.attachment("sound.json").contains("\"ambience\" : \"wind\""), s.attachment("sound.json"));
    }

    @Test
    void everyLandingIsHeardOnItsFrameAndNothingIsHeardWhereNothingHit() throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            Clips.Clip clip = Clips.render(dir.resolve("b" + seed + ".mp4"), "a red ball bounces on a wooden floor", 256, 256, 25, 4, seed);
            CollectingSink s = score(clip.file(), "a red ball bounces on a wooden floor", seed);
            List<Double> onsets = OnsetDetector.onsets(OnsetDetector.mono(s.samples, 2), 48_000);
            // the landings are hard hits; a soft touch of a side wall may be missed (see the audio bench's figures)
            for (int hit : clip.landings()) {
                double t = hit / 25.0;
                assertTrue(onsets.stream().anyMatch(o -> Math.abs(o - t) <= 0.04), "no onset within 40 ms of the landing at " + t + " s: " + onsets);
            }
            for (double o : onsets) {
                assertTrue(clip.hits().stream().anyMatch(h -> Math.abs(h / 25.0 - o) <= 0.1), "an onset at " + o + " s where nothing hit: " + clip.hits());
            }
        }
    }

    @Test
    void aStillClipGetsAmbienceOnly() throws Exception {
        Path still = Clips.still(dir.resolve("still.mp4"), 160, 120, 25, 75, 0x2E6FB5);
        CollectingSink s = score(still, "", 3);
        assertEquals(0, peak(s.stems.get("foley")), "no hits");
        assertEquals(0, peak(s.stems.get("motion")), "nothing moves");
        assertTrue(peak(s.stems.get("ambience")) > 0.001, "a bed");
        assertEquals(-16, LoudnessMeter.integrated(s.samples, 2, 48_000), 0.5);
        assertTrue(s.attachment("sound.json").contains("\"ambience\" : \"sea\""), "deep blue is water: " + s.attachment("sound.json"));
    }

    @Test
    void theSameClipAndSeedGiveTheSameSamplesAnotherSeedOthers() throws Exception {
        Clips.Clip clip = Clips.render(dir.resolve("two.mp4"), "two green squares collide over grass", 192, 192, 25, 3, 4);
        CollectingSink a = score(clip.file(), "two green squares collide over grass", 9);
        CollectingSink b = score(clip.file(), "two green squares collide over grass", 9);
        CollectingSink c = score(clip.file(), "two green squares collide over grass", 10);
        assertArrayEquals(a.samples, b.samples);
        assertFalse(java.util.Arrays.equals(a.samples, c.samples));
    }

    @Test
    void metalRingsLongerThanRubber() {
        float[] metal = new float[48_000 * 2];
        float[] rubber = new float[48_000 * 2];
        ModalImpact.strike(metal, 48_000, 0, Material.METAL, 500, 0.5, Panner.gains(0.5), 0.5, new java.util.SplittableRandom(1));
        ModalImpact.strike(rubber, 48_000, 0, Material.RUBBER, 500, 0.5, Panner.gains(0.5), 0.5, new java.util.SplittableRandom(1));
        assertTrue(energy(metal, 9_600, 24_000) / energy(metal, 0, 2_400) > 20 * energy(rubber, 9_600, 24_000) / energy(rubber, 0, 2_400),
                "metal still rings after 200 ms, rubber does not");
        assertTrue(ModalImpact.fundamentalFor(Material.WOOD, 0.3) < ModalImpact.fundamentalFor(Material.WOOD, 0.1), "bigger is lower");
    }

    @Test
    void aSoftHitIsHeardOverTheRingOfAHardOneJustBefore() {
        // a metal star lands hard, then touches a side wall softly 160 ms later (four frames at 25 fps): its click and its
        // own modes must rise out of the first hit's ring where the attack of a hit is heard, above 1.5 kHz
        float[] s = new float[48_000 * 2];
        ModalImpact.strike(s, 48_000, 4_800, Material.METAL, 700, 0.72, Panner.gains(0.5), 0.9, new java.util.SplittableRandom(3));
        ModalImpact.strike(s, 48_000, 12_480, Material.METAL, 700, 0.225, 1.4 / 0.5, Panner.gains(0.5), 0.6, new java.util.SplittableRandom(4));
        List<Double> onsets = OnsetDetector.onsets(OnsetDetector.mono(s, 2), 48_000);
        assertEquals(2, onsets.size(), onsets.toString());
        assertEquals(0.26, onsets.get(1), 0.006);
    }

    @Test
    void aSoftHitRightAfterARingingGlassOneHasItsOwnOnset() {
        // a big glass box lands hard, a smaller one touches down softly 64 ms later: the second hit's own attack is
        // under the first one's ring above 1.5 kHz, so the designer adds a contact tick until it rises out of it (without
        // the tick the onset detector hears one hit only)
        int frames = 50;
        float[] x = new float[frames];
        float[] y = new float[frames];
        float[] size = new float[frames];
        java.util.Arrays.fill(x, 0.5f);
        java.util.Arrays.fill(y, 0.9f);
        java.util.Arrays.fill(size, 0.15f);
        Track a = new Track(0, 0, 0, x, y, size, new float[frames], 0x3050D0, frames);
        Track b = new Track(1, 0, 0, x.clone(), y.clone(), size.clone(), new float[frames], 0x3050D0, frames);
        List<Impact> hits = List.of(new Impact(15, 15.0, Impact.Kind.FLOOR, 0.5, 0.9, 3.3, 0.15, 0, -1),
                new Impact(17, 16.6, Impact.Kind.FLOOR, 0.5, 0.9, 0.4, 0.1, 1, -1));
        SceneAnalysis analysis = new SceneAnalysis(25, frames, 128, 128, List.of(new ShotInfo(0, 0, frames - 1, 0x806040, 0x806040, 0x806040, 1)),
                List.of(a, b), hits);
        Soundtrack s = new SoundDesigner(new EspeakSynthesizer()).design(analysis, "two blue glass boxes bounce on a wooden floor", 1);
        List<Double> onsets = OnsetDetector.onsets(OnsetDetector.mono(s.mix(), 2), 48_000);
        assertEquals(2, onsets.size(), onsets.toString());
        assertEquals(0.6, onsets.get(0), 0.006);
        assertEquals(0.664, onsets.get(1), 0.006);
    }

    @Test
    void upperModesDieFasterThanLowerOnes() {
        float[] s = new float[48_000 * 2];
        ModalImpact.strike(s, 48_000, 0, Material.METAL, 400, 0.5, Panner.gains(0.5), 1, new java.util.SplittableRandom(2));
        float[] mono = OnsetDetector.mono(s, 2);
        // energy above 1.5 kHz against all of it, early and 300 ms later: the ring darkens as it fades
        double early = highShare(mono, 0, 2_400);
        double late = highShare(mono, 14_400, 16_800);
        assertTrue(late < 0.3 * early, "share above 1.5 kHz, early " + early + ", late " + late);
    }

    private static double highShare(float[] mono, int from, int to) {
        io.tessera.audio.synth.Biquad a = io.tessera.audio.synth.Biquad.highPass(48_000, 1500, 0.7071);
        io.tessera.audio.synth.Biquad b = io.tessera.audio.synth.Biquad.highPass(48_000, 1500, 0.7071);
        double high = 0;
        double all = 0;
        for (int i = 0; i < to; i++) {
            double h = b.process(a.process(mono[i]));
            if (i >= from) {
                high += h * h;
                all += mono[i] * (double) mono[i];
            }
        }
        return high / all;
    }

    @Test
    void theBalanceFollowsAMovingObject() throws Exception {
        Clips.Clip clip = Clips.render(dir.resolve("pan.mp4"), "a big red ball moves right quickly over a sky background", 256, 256, 25, 4, 2);
        CollectingSink s = score(clip.file(), "a big red ball moves right quickly over a sky background", 2);
        double r = PanningCheck.correlation(s.samples, 48_000, clip.firstX(), 25);
        assertTrue(r >= 0.9, "correlation of the right channel's share with x: " + r);
    }

    @Test
    void settingsComeFromWordsFirstThenColours() {
        assertEquals(Setting.SEA, Setting.fromWords(List.of("a", "ball", "on", "the", "beach", "at", "night")));
        assertEquals(Setting.ROOM, Setting.fromWords(List.of("a", "box", "on", "a", "wooden", "floor")));
        assertEquals(null, Setting.fromWords(List.of("a", "red", "ball")));
        assertEquals(Setting.FOREST, Setting.fromColours(0x4C9A2A, 0x4C9A2A));
        assertEquals(Setting.NIGHT, Setting.fromColours(0x0B1030, 0x0B1030));
        assertEquals(Setting.WIND, Setting.fromColours(0x87CEEB, 0x87CEEB));
    }

    @Test
    void onsetsAreFoundWithinAFewMillisecondsOfSyntheticHits() {
        float[] s = new float[48_000 * 3 * 2];
        double[] times = { 0.25, 0.9, 1.37, 2.05, 2.6 };
        Material[] materials = { Material.WOOD, Material.METAL, Material.RUBBER, Material.GLASS, Material.STONE };
        for (int i = 0; i < times.length; i++) {
            ModalImpact.strike(s, 48_000, (int) (times[i] * 48_000), materials[i], 400, 0.3, Panner.gains(0.5), 0.6, new java.util.SplittableRandom(i));
        }
        List<Double> onsets = OnsetDetector.onsets(OnsetDetector.mono(s, 2), 48_000);
        assertEquals(times.length, onsets.size(), onsets.toString());
        for (int i = 0; i < times.length; i++) {
            assertEquals(times[i], onsets.get(i), 0.006, "onset " + i);
        }
    }

    private static double peak(float[] s) {
        double p = 0;
        for (float v : s) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    private static double energy(float[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += s[2 * i] * s[2 * i];
        }
        return e;
    }
}
