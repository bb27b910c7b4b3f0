package io.tessera.editor.otio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tessera.core.export.Exporter;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.editor.FrameClock;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Transitions;
import io.tessera.model.ClipItem;
import io.tessera.model.Keyframe;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;
import io.tessera.model.store.ProjectStore;

/** A timeline made with the editor goes out as OTIO and comes back into a fresh project the same, to the frame. */
class OtioRoundTripTest {
    @TempDir
    Path dir;

    private Project project;
    private TimelineEditor editor;
    private final FrameClock clock = new FrameClock(24);

    @BeforeEach
    void buildTimeline() throws Exception {
        Path a = OtioTestSupport.clip(dir.resolve("media/a.mp4"), 96, 24, 0xd03030);
        Path b = OtioTestSupport.clip(dir.resolve("media/b.mp4"), 72, 24, 0x30c040);
        Path c = OtioTestSupport.clip(dir.resolve("media/c with space.mp4"), 120, 24, 0x3050e0);
        Path projectFile = dir.resolve("cut.tessera");
        Project p = ProjectStore.create("cut");
        p.getAssets().add(OtioTestSupport.asset("a", dir, a));
        p.getAssets().add(OtioTestSupport.asset("b", dir, b));
        p.getAssets().add(OtioTestSupport.asset("c", dir, c));
        ProjectStore.save(p, projectFile);
        project = ProjectStore.load(projectFile); // so its resource knows the project folder
        editor = TimelineEditor.of(project);
        MediaAsset aa = project.getAssets().get(0);
        MediaAsset bb = project.getAssets().get(1);
        MediaAsset cc = project.getAssets().get(2);
        Timeline t = editor.timeline(24);
        editor.run("size", () -> { //$NON-NLS-1$
            t.setWidth(128);
            t.setHeight(72);
        });
        Track v1 = editor.track(TrackKind.VIDEO);
        ClipItem c1 = editor.append(v1, aa, 0.5, 2.5); // 0 .. 2
        ClipItem c2 = editor.append(v1, bb, 1.0, 2.5); // 2 .. 3.5, then a gap to 5
        ClipItem c3 = editor.overwrite(v1, cc, 0.25, 3.25, 5.0); // 5 .. 8
        ClipItem c4 = editor.append(v1, aa, 2.0, 3.5); // 8 .. 9.5
        editor.fadeIn(c1, 0.5);
        editor.addTransition(Transitions.CROSSFADE, c1, c2, 0.5, Map.of());
        editor.fadeOut(c2, 0.5);
        editor.fadeIn(c3, 0.25);
        editor.addTransition(Transitions.WIPE, c3, c4, 0.25, 0.5, Map.of("direction", "up")); //$NON-NLS-1$ //$NON-NLS-2$
        editor.fadeOut(c4, 1.0);
        editor.addEffect(c2, "blur", Map.of("radius", "3")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        Track v2 = editor.addTrack(TrackKind.VIDEO, "V2"); //$NON-NLS-1$
        ClipItem d1 = editor.append(v2, bb, 0, 1.0); // 0 .. 1
        ClipItem d2 = editor.append(v2, cc, 1.0 + 1 / 24.0, 2.0); // 1 .. 1.958, touching d1
        editor.fadeOut(d1, 0.25); // a dip to black and back on one cut, without a transition joining them
        editor.fadeIn(d2, 0.25);

        Track a1 = editor.addTrack(TrackKind.AUDIO, "A1"); //$NON-NLS-1$
        ClipItem e1 = editor.overwrite(a1, aa, 0, 3.0, 1.0); // 1 .. 4, after a gap
        editor.setVolume(e1, new double[][] { { 0, 0.2 }, { 1.0, 1.0 }, { 2.5, 0.35 } });

        editor.addTitle("Opening", 0, 2, false); //$NON-NLS-1$
        Title caption = editor.addTitle("A caption, with \"quotes\"", 3, 1.5, true); //$NON-NLS-1$
        editor.editTitle(caption, () -> {
            caption.setColour("#FF0000"); //$NON-NLS-1$
            caption.setX(0.3);
            caption.setFont("Serif"); //$NON-NLS-1$
        });
    }

    @Test
    void everyItemTransitionTitleAndKeyframeComesBack() throws Exception {
        Path otio = dir.resolve("out/cut.otio");
        OtioWriter.write(project, otio);

        Path freshFile = dir.resolve("fresh.tessera");
        Project fresh = ProjectStore.create("fresh");
        TimelineEditor freshEditor = TimelineEditor.of(fresh);
        OtioImport.Report report = OtioImport.importFile(freshEditor, freshFile, otio);

        assertEquals(List.of(), report.warnings());
        assertEquals(3, report.createdAssets().size(), "one asset per media file, the twice-used one once"); //$NON-NLS-1$
        Timeline before = project.getTimeline();
        Timeline after = fresh.getTimeline();
        assertSame(report.timeline(), after);
        assertEquals(24, after.getFps());
        assertEquals(128, after.getWidth());
        assertEquals(72, after.getHeight());
        assertEquals(before.getTracks().size(), after.getTracks().size());
        for (int t = 0; t < before.getTracks().size(); t++) {
            Track x = before.getTracks().get(t);
            Track y = after.getTracks().get(t);
            assertEquals(x.getName(), y.getName());
            assertEquals(x.getKind(), y.getKind());
            assertEquals(x.getItems().size(), y.getItems().size(), "items on " + x.getName()); //$NON-NLS-1$
            for (int i = 0; i < x.getItems().size(); i++) {
                ClipItem p = x.getItems().get(i);
                ClipItem q = y.getItems().get(i);
                String what = x.getName() + " item " + i; //$NON-NLS-1$
                assertEquals(clock.frame(p.getStart()), clock.frame(q.getStart()), what + " start"); //$NON-NLS-1$
                assertEquals(clock.frame(p.getInPoint()), clock.frame(q.getInPoint()), what + " in"); //$NON-NLS-1$
                assertEquals(clock.frame(p.getOutPoint()), clock.frame(q.getOutPoint()), what + " out"); //$NON-NLS-1$
                assertEquals(p.getName(), q.getName());
                assertEquals(p.getAsset().getFile(), q.getAsset().getFile(), what + " media (both projects in one folder)"); //$NON-NLS-1$
                assertEquals(p.getAsset().getSha256(), q.getAsset().getSha256());
                assertEquals(p.getAsset().getId(), q.getAsset().getId(), "the asset id travels in metadata"); //$NON-NLS-1$
                assertEquals(p.getVolume().size(), q.getVolume().size());
                for (int k = 0; k < p.getVolume().size(); k++) {
                    Keyframe kp = p.getVolume().get(k);
                    Keyframe kq = q.getVolume().get(k);
                    assertEquals(kp.getTime(), kq.getTime(), 1e-12);
                    assertEquals(kp.getGain(), kq.getGain(), 1e-12);
                }
                assertEquals(p.getEffects().size(), q.getEffects().size());
                for (int k = 0; k < p.getEffects().size(); k++) {
                    assertEquals(p.getEffects().get(k).getOperationId(), q.getEffects().get(k).getOperationId());
                    assertEquals(p.getEffects().get(k).getParameters(), q.getEffects().get(k).getParameters());
                }
            }
            assertEquals(x.getTransitions().size(), y.getTransitions().size(), "transitions on " + x.getName()); //$NON-NLS-1$
            for (Transition tp : x.getTransitions()) {
                Transition tq = find(y, index(x, tp.getFrom()), index(x, tp.getTo()));
                assertNotNull(tq, tp.getKind() + " between items " + index(x, tp.getFrom()) + " and " + index(x, tp.getTo())); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(tp.getKind(), tq.getKind());
                assertEquals(clock.frame(tp.getInOffset()), clock.frame(tq.getInOffset()));
                assertEquals(clock.frame(tp.getOutOffset()), clock.frame(tq.getOutOffset()));
                assertEquals(tp.getParameters(), tq.getParameters());
            }
        }
        // the fixture really has what it claims: spot values that do not depend on the exporter
        Track v1 = after.getTracks().get(0);
        assertEquals(4, v1.getItems().size());
        assertEquals(120, clock.frame(v1.getItems().get(2).getStart()), "the third clip starts at 5 s, after the gap"); //$NON-NLS-1$
        assertEquals(6, clock.frame(v1.getItems().get(2).getInPoint()));
        assertEquals(6, v1.getTransitions().size());
        assertEquals(List.of("direction=up"), find(v1, 2, 3).getParameters()); //$NON-NLS-1$
        assertEquals(Transitions.FADE_BLACK, find(v1, 1, -1).getKind());
        assertEquals(24, clock.frame(find(v1, 3, -1).getInOffset()));
        assertEquals(0.35, after.getTracks().get(2).getItems().get(0).getVolume().get(2).getGain(), 1e-12);

        assertEquals(before.getTitles().size(), after.getTitles().size());
        for (int i = 0; i < before.getTitles().size(); i++) {
            Title p = before.getTitles().get(i);
            Title q = after.getTitles().get(i);
            assertEquals(p.getText(), q.getText());
            assertEquals(clock.frame(p.getStart()), clock.frame(q.getStart()));
            assertEquals(clock.frame(p.getDuration()), clock.frame(q.getDuration()));
            assertEquals(p.getFont(), q.getFont());
            assertEquals(p.getSize(), q.getSize(), 1e-12);
            assertEquals(p.getX(), q.getX(), 1e-12);
            assertEquals(p.getY(), q.getY(), 1e-12);
            assertEquals(p.getColour(), q.getColour());
            assertEquals(p.isCaption(), q.isCaption());
        }
        assertEquals("#FF0000", after.getTitles().get(1).getColour()); //$NON-NLS-1$

        // the import was one command
        assertTrue(freshEditor.undo());
        assertNull(fresh.getTimeline());
        assertTrue(fresh.getAssets().isEmpty());
        assertFalse(freshEditor.commands().canUndo());
    }

    @Test
    void theFileIsPlainOtioThatOtherToolsCanPlace() throws Exception {
        Path otio = dir.resolve("cut.otio");
        OtioWriter.write(project, otio);
        JsonNode root = new ObjectMapper().readTree(Files.readString(otio));
        assertEquals("Timeline.1", root.path("OTIO_SCHEMA").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Stack.1", root.path("tracks").path("OTIO_SCHEMA").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode v1 = root.path("tracks").path("children").get(0); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Video", v1.path("kind").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> schemas = new java.util.ArrayList<>();
        v1.path("children").forEach(n -> schemas.add(n.path("OTIO_SCHEMA").asText())); //$NON-NLS-1$ //$NON-NLS-2$
        // fade in, c1, crossfade, c2, fade out, gap, fade in, c3, wipe, c4, fade out
        assertEquals(List.of("Transition.1", "Clip.2", "Transition.1", "Clip.2", "Transition.1", "Gap.1", "Transition.1", "Clip.2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "Transition.1", "Clip.2", "Transition.1"), schemas); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode crossfade = v1.path("children").get(2); //$NON-NLS-1$
        assertEquals("SMPTE_Dissolve", crossfade.path("transition_type").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(6.0, crossfade.path("in_offset").path("value").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Custom_Transition", v1.path("children").get(8).path("transition_type").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(36.0, v1.path("children").get(5).path("source_range").path("duration").path("value").asDouble(), "gap 3.5 .. 5 s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        JsonNode c3 = v1.path("children").get(7); //$NON-NLS-1$
        JsonNode ref = c3.path("media_references").path("DEFAULT_MEDIA"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("ExternalReference.1", ref.path("OTIO_SCHEMA").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(dir.resolve("media/c with space.mp4").toUri().toString(), ref.path("target_url").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(ref.path("target_url").asText().startsWith("file:///")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(120.0, ref.path("available_range").path("duration").path("value").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(6.0, c3.path("source_range").path("start_time").path("value").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(72.0, c3.path("source_range").path("duration").path("value").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode v2 = root.path("tracks").path("children").get(1); //$NON-NLS-1$ //$NON-NLS-2$
        schemas.clear();
        v2.path("children").forEach(n -> schemas.add(n.path("OTIO_SCHEMA").asText())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("Clip.2", "Transition.1", "Gap.1", "Transition.1", "Clip.2"), schemas, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "fade out and fade in on one cut: a zero-length gap between them"); //$NON-NLS-1$
        assertEquals(0.0, v2.path("children").get(2).path("source_range").path("duration").path("value").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertFalse(Files.exists(dir.resolve(".cut.otio.tmp")), "no temporary file left"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theExporterContributionWritesTheSameFile() throws Exception {
        ContributionDescriptor<Exporter> d = Registries.exporters().find("otio").orElseThrow(); //$NON-NLS-1$
        assertEquals("OpenTimelineIO", d.name()); //$NON-NLS-1$
        assertEquals("otio", d.attribute("fileExtension").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
        Path viaExporter = dir.resolve("exported.otio");
        d.instance().orElseThrow().export(project.getTimeline(), viaExporter, null);
        Path viaWriter = dir.resolve("written.otio");
        OtioWriter.write(project, viaWriter);
        assertEquals(Files.readString(viaWriter), Files.readString(viaExporter));
    }

    private static int index(Track track, ClipItem item) {
        return item == null ? -1 : track.getItems().indexOf(item);
    }

    private static Transition find(Track track, int from, int to) {
        for (Transition t : track.getTransitions()) {
            if (index(track, t.getFrom()) == from && index(track, t.getTo()) == to) {
                return t;
            }
        }
        return null;
    }
}
