package io.tessera.audio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.audio.mix.LoudnessMeter;
import io.tessera.media.audio.TruePeakMeter;
import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.pipeline.SoundStage;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.watermark.Marking;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/** The generator as the rest of Tessera finds and runs it: through the registry, the sound stage and the pipeline. */
class SoundStageTest {
    @TempDir
    Path dir;

    @Test
    void theRegistryOffersTheSceneGeneratorFirst() throws Exception {
        ContributionDescriptor<AudioGenerator> d = new SoundStage().choose(null).orElseThrow();
        assertEquals("tessera-scene-audio", d.id());
        assertTrue(Registries.audioGenerators().find("test-throwing").isPresent());
    }

    @Test
    void aSilentVideoGainsAnAacTrackAndKeepsItsPicturesBitForBit() throws Exception {
        Clips.Clip clip = Clips.render(dir.resolve("in.mp4"), "two red balls bounce on a wooden floor", 192, 144, 25, 3, 5);
        SoundStage stage = new SoundStage();
        Path out = dir.resolve("out.mp4");
        stage.addSound(stage.choose(null).orElseThrow(), clip.file(), out, "two red balls bounce on a wooden floor", 5, null, new NullProgressMonitor());
        MediaInfo info = MediaProbe.probe(out);
        assertEquals("aac", info.audioCodec());
        assertEquals(2, info.audioChannels());
        assertEquals(48_000, info.sampleRate());
        assertEquals(3.0, info.durationSeconds(), 0.05);
        try (Mp4VideoReader a = Mp4VideoReader.open(clip.file()); Mp4VideoReader b = Mp4VideoReader.open(out)) {
            for (VideoFrame f; (f = a.nextFrame()) != null;) {
                assertArrayEquals(f.rgb(), b.nextFrame().rgb());
            }
            assertNull(b.nextFrame());
        }
        float[] sound;
        try (Mp4VideoReader r = Mp4VideoReader.open(out)) {
            sound = r.readAllAudio();
        }
        assertEquals(-16, LoudnessMeter.integrated(sound, 2, 48_000), 1.0, "loudness after AAC");
        assertTrue(TruePeakMeter.truePeakDbtp(sound, 2, 48_000) <= -1.0, "true peak after AAC");
        Path again = dir.resolve("again.mp4");
        stage.addSound(stage.choose(null).orElseThrow(), clip.file(), again, "two red balls bounce on a wooden floor", 5, null, new NullProgressMonitor());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "same clip, prompt and seed: same file");
    }

    @Test
    void aBrokenVideoIsNamedAndNothingIsWritten() throws Exception {
        Path broken = dir.resolve("broken.mp4");
        Files.write(broken, "not a video at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SoundStage stage = new SoundStage();
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> stage.addSound(stage.choose(null).orElseThrow(), broken, dir.resolve("o.mp4"), "", 0, null, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("broken.mp4"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("o.mp4")));
    }

    @Test
    void aThrowingGeneratorIsNamedAndTheVideoIsLeftAlone() throws Exception {
        Clips.Clip clip = Clips.render(dir.resolve("in.mp4"), "a red ball bounces", 128, 128, 25, 1, 1);
        byte[] before = Files.readAllBytes(clip.file());
        SoundStage stage = new SoundStage();
        GenerationException e = assertThrows(GenerationException.class, () -> stage.addSound(stage.choose("test-throwing").orElseThrow(), clip.file(),
                clip.file(), "", 0, null, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("test-throwing") && e.getMessage().contains("deliberately broken"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(clip.file()));
        assertThrows(InvalidRequestException.class, () -> stage.choose("no-such-generator"));
    }

    @Test
    void everyGeneratedClipHasSoundUnlessAskedNot() throws Exception {
        GenerationRequest request = GenerationRequest.builder("a yellow ball bounces over a sky background").seconds(2).fps(25).size(160, 120).seed(3).build();
        GenerationPipeline pipeline = new GenerationPipeline();
        Path with = dir.resolve("with.mp4");
        GenerationResult r = pipeline.run(new GenerationPlan(request, "scene", with, null, Marking.NONE), new NullProgressMonitor());
        assertEquals("tessera-scene-audio", r.sound().generatorId(), r.sound().warnings().toString());
        assertEquals("aac", MediaProbe.probe(with).audioCodec());
        Path without = dir.resolve("without.mp4");
        GenerationResult s = pipeline.run(new GenerationPlan(request, "scene", without, null, Marking.NONE).withAudio(false), new NullProgressMonitor());
        assertFalse(s.sound().hasSound());
        assertNull(MediaProbe.probe(without).audioCodec());
    }
}
