package io.tessera.editor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.watermark.Marking;
import io.tessera.editor.TestMedia;
import io.tessera.editor.TimelineEditor;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.Project;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;

/** A render of the in/out range writes only those frames, with only their sound. */
class RangeRenderTest {
    private static final int FPS = 24;
    private static final int RED = 0xD02020;
    private static final int GREEN = 0x20C040;

    @TempDir
    static Path dir;
    static Project project;
    static RenderResult result;
    static List<VideoFrame> frames = new ArrayList<>();
    static float[] sound;

    @BeforeAll
    static void render() throws Exception {
        project = ProjectStore.create("range test");
        TimelineEditor editor = TimelineEditor.of(project);
        editor.timeline(FPS);
        Track v1 = editor.addTrack(TrackKind.VIDEO, "V1");
        editor.append(v1, TestMedia.asset(project, TestMedia.clip(dir, "red", RED, 2, FPS, 160, 96, 440)), 0, 2); // 0..47
        editor.append(v1, TestMedia.asset(project, TestMedia.clip(dir, "green", GREEN, 2, FPS, 160, 96, 660)), 0, 2); // 48..95
        // marks in at 1.5 s and out at 3.0 s: frames 36..71
        result = new TimelineRenderer(MediaResolver.relativeTo(dir)).render(project, dir.resolve("range.mp4"),
                RenderOptions.DEFAULT.withMarking(Marking.NONE).withRange(new FrameRange(36, 72)), new NullProgressMonitor());
        try (Mp4VideoReader reader = Mp4VideoReader.open(result.output())) {
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                frames.add(f);
            }
        }
        try (Mp4VideoReader reader = Mp4VideoReader.open(result.output())) {
            sound = reader.readAllAudio();
        }
    }

    @Test
    void onlyTheRangesFramesAreWrittenFromItsFirstFrameOn() throws Exception {
        assertEquals(36, result.frames());
        assertEquals(1.5, result.seconds(), 1e-9);
        assertEquals(36, MediaProbe.probe(result.output()).frameCount());
        assertEquals(36, frames.size());
        assertEquals(36, TestMedia.index(frames.get(0)), "the first frame is the in mark's: red's source frame 36");
        assertTrue(TestMedia.colour(frames.get(0))[0] > 150, "and red");
        assertEquals(47, TestMedia.index(frames.get(11)));
        assertEquals(0, TestMedia.index(frames.get(12)), "green starts at output frame 12 (timeline frame 48)");
        assertTrue(TestMedia.colour(frames.get(12))[1] > 150, "and is green");
        assertEquals(23, TestMedia.index(frames.get(35)), "the last is the frame before the out mark");
    }

    @Test
    void itsSoundIsTheRangesToo() {
        assertEquals(1.5, sound.length / 2.0 / 48_000, 0.05, "1.5 s of sound");
        assertTrue(TestMedia.power(sound, 0.1, 0.3, 440) > 100 * TestMedia.power(sound, 0.1, 0.3, 660), "red's tone first");
        assertTrue(TestMedia.power(sound, 0.8, 0.5, 660) > 100 * TestMedia.power(sound, 0.8, 0.5, 440), "then green's");
    }

    @Test
    void aRangeOutsideTheTimelineIsRefusedAndWritesNothing() {
        Path out = dir.resolve("nothing.mp4");
        RenderException e = assertThrows(RenderException.class, () -> new TimelineRenderer(MediaResolver.relativeTo(dir)).render(project, out,
                RenderOptions.DEFAULT.withMarking(Marking.NONE).withRange(new FrameRange(200, 240)), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("no frame"), e.getMessage());
        assertFalse(Files.exists(out));
    }
}
