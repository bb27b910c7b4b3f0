package io.tessera.editor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.editor.FrameClock;
import io.tessera.editor.TestMedia;
import io.tessera.editor.TimelineEditor;
import io.tessera.media.VideoFrame;
import io.tessera.model.Project;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;

/** Clips of other sizes, aspects and frame rates than the timeline's: scaled, letterboxed, sampled by time. */
class MixedSourcesTest {
    @TempDir
    Path dir;

    @Test
    void aFourByThreeClipAtThirtyFpsInASixteenByNineCutAtTwentyFour() throws Exception {
        Path wide = TestMedia.clip(dir, "wide", 0x3060C0, 2, 24, 320, 180, 440);
        Path square = TestMedia.clip(dir, "square", 0xC0C020, 2, 30, 320, 240, 660); // scaled by FFmpeg to 240x180
        Project p = ProjectStore.create("mixed");
        TimelineEditor e = TimelineEditor.of(p);
        e.timeline(24);
        Track v1 = e.addTrack(TrackKind.VIDEO, "V1");
        e.append(v1, TestMedia.asset(p, wide), 0, 1);
        e.append(v1, TestMedia.asset(p, square), 0.5, 1.5);
        try (TimelinePictures pictures = new TimelinePictures(p.getTimeline(), MediaResolver.relativeTo(dir))) {
            assertEquals(320, pictures.width(), "the cut takes the first clip's size");
            assertEquals(180, pictures.height());
            assertEquals(48, pictures.frameCount());
            FrameClock clock = pictures.clock();
            for (int n = 24; n < 48; n++) {
                VideoFrame f = pictures.frame(n);
                int left = f.rgbAt(10, 90);
                int middle = f.rgbAt(160, 60);
                assertEquals(0, left & 0xFFFFFF, "the 4:3 clip is letterboxed (black bars) at frame " + n);
                assertTrue(((middle >> 16) & 0xFF) > 0x90 && (middle & 0xFF) < 0x60, "and its picture is in the middle: " + Integer.toHexString(middle));
                // timeline time 1 + (n - 24) / 24 s is the 30 fps clip's time 0.5 + (n - 24) / 24 s
                double sourceTime = 0.5 + clock.seconds(n - 24);
                long expected = (long) Math.floor(sourceTime * 30 + 1e-6);
                assertEquals(expected, indexOfScaled(f), "frame " + n + " shows the 30 fps clip's picture of that time");
            }
        }
    }

    @Test
    void aWavOnTheAudioTrackIsMixedIn() throws Exception {
        Path clip = TestMedia.clip(dir, "picture", 0x208020, 2, 24, 160, 96, 440);
        Path wav = dir.resolve("music.wav");
        // 1 s of a 1 kHz tone at 44.1 kHz mono, as a music file from elsewhere would be
        int rate = 44_100;
        java.io.ByteArrayOutputStream pcm = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < rate; i++) {
            short v = (short) (0.4 * 32767 * Math.sin(2 * Math.PI * 1000 * i / rate));
            pcm.write(v & 0xFF);
            pcm.write((v >> 8) & 0xFF);
        }
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(rate, 16, 1, true, false);
        try (javax.sound.sampled.AudioInputStream in = new javax.sound.sampled.AudioInputStream(
                new java.io.ByteArrayInputStream(pcm.toByteArray()), format, rate)) {
            javax.sound.sampled.AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, wav.toFile());
        }
        Project p = ProjectStore.create("wav");
        TimelineEditor e = TimelineEditor.of(p);
        e.timeline(24);
        e.append(e.addTrack(TrackKind.VIDEO, "V1"), TestMedia.asset(p, clip), 0, 2);
        io.tessera.model.MediaAsset music = io.tessera.model.ModelFactory.eINSTANCE.createMediaAsset();
        music.setId("music");
        music.setFile(wav.toString());
        music.setDurationSeconds(1);
        p.getAssets().add(music);
        e.overwrite(e.addTrack(TrackKind.AUDIO, "A1"), music, 0, 1, 0.5);
        RenderResult r = new TimelineRenderer(MediaResolver.relativeTo(dir)).render(p, dir.resolve("out.mp4"),
                RenderOptions.DEFAULT.withMarking(io.tessera.core.watermark.Marking.NONE), new org.eclipse.core.runtime.NullProgressMonitor());
        float[] sound;
        try (io.tessera.media.Mp4VideoReader reader = io.tessera.media.Mp4VideoReader.open(r.output())) {
            sound = reader.readAllAudio();
        }
        double during = TestMedia.power(sound, 0.7, 0.5, 1000);
        double before = TestMedia.power(sound, 0.05, 0.4, 1000);
        assertTrue(during > 100 * before, "the WAV sounds from 0.5 s: " + during + " vs " + before);
        assertTrue(TestMedia.power(sound, 1.7, 0.25, 1000) < during / 100, "and ends after 1 s");
    }

    /** The frame-number bar of a clip drawn 240 px wide, centred in a 320 px frame. */
    private static int indexOfScaled(VideoFrame f) {
        int x0 = (f.width() - 240) / 2;
        VideoFrame inner = new VideoFrame(240, f.height(), new byte[240 * f.height() * 3]);
        for (int y = 0; y < f.height(); y++) {
            System.arraycopy(f.rgb(), (y * f.width() + x0) * 3, inner.rgb(), y * 240 * 3, 240 * 3);
        }
        return TestMedia.index(inner);
    }
}
