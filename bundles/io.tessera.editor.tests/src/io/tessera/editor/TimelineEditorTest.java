package io.tessera.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;
import io.tessera.model.store.ProjectStore;

class TimelineEditorTest {
    private Project project;
    private TimelineEditor editor;
    private MediaAsset a;
    private MediaAsset b;
    private MediaAsset c;
    private Track v1;

    @BeforeEach
    void setUp() {
        project = ProjectStore.create("edit test");
        a = asset("a", 10);
        b = asset("b", 6);
        c = asset("c", 4);
        editor = TimelineEditor.of(project);
        editor.timeline(24);
        v1 = editor.addTrack(TrackKind.VIDEO, "V1");
    }

    private MediaAsset asset(String id, double seconds) {
        MediaAsset m = ModelFactory.eINSTANCE.createMediaAsset();
        m.setId(id);
        m.setFile(id + ".mp4");
        m.setDurationSeconds(seconds);
        m.setFps(24);
        project.getAssets().add(m);
        return m;
    }

    @Test
    void appendPlacesBackToBackAndSnapsToFrames() throws EditException {
        ClipItem x = editor.append(v1, a, 1.01, 3.0);
        ClipItem y = editor.append(v1, b, 0, 2);
        assertEquals(1.0, x.getInPoint(), 1e-12, "1.01 s is frame 24.24, snapped to frame 24");
        assertEquals(0, x.getStart(), 1e-12);
        assertEquals(2.0, y.getStart(), 1e-12);
        assertEquals(4.0, Timelines.duration(editor.timeline()), 1e-12);
    }

    @Test
    void insertPushesLaterItemsAndSplitsTheOneUnderIt() throws EditException {
        editor.append(v1, a, 0, 4);
        editor.append(v1, b, 0, 2);
        editor.insert(v1, c, 0, 1, 2);
        List<ClipItem> items = Timelines.ordered(v1);
        assertEquals(4, items.size());
        assertEquals(List.of(0.0, 2.0, 3.0, 5.0), items.stream().map(ClipItem::getStart).toList());
        assertEquals(c, items.get(1).getAsset());
        assertEquals(2.0, items.get(2).getInPoint(), 1e-12, "the second half of a continues where the first stopped");
        assertEquals(7.0, Timelines.duration(editor.timeline()), 1e-12);
    }

    @Test
    void overwriteTrimsAndRemovesWhatItCovers() throws EditException {
        editor.append(v1, a, 0, 2);
        editor.append(v1, b, 0, 2);
        editor.append(v1, a, 5, 7);
        editor.overwrite(v1, c, 0, 3, 1.5);
        List<ClipItem> items = Timelines.ordered(v1);
        assertEquals(3, items.size());
        assertEquals(1.5, Timelines.end(items.get(0)), 1e-12);
        assertEquals(c, items.get(1).getAsset());
        assertEquals(4.5, items.get(2).getStart(), 1e-12);
        assertEquals(5.5, items.get(2).getInPoint(), 1e-12, "the covered head of the last clip is trimmed off");
        assertEquals(6.0, Timelines.duration(editor.timeline()), 1e-12);
    }

    @Test
    void splitKeepsEveryFrameAndMovesTheOutgoingTransition() throws EditException {
        ClipItem x = editor.append(v1, a, 1, 5);
        ClipItem y = editor.append(v1, b, 0, 2);
        Transition t = editor.addTransition(Transitions.CROSSFADE, x, y, 0.5, Map.of());
        ClipItem second = editor.split(x, 2.5);
        assertEquals(2.5, Timelines.end(x), 1e-12);
        assertEquals(2.5, second.getStart(), 1e-12);
        assertEquals(3.5, second.getInPoint(), 1e-12);
        assertEquals(5.0, second.getOutPoint(), 1e-12);
        assertEquals(second, t.getFrom());
        EditException e = assertThrows(EditException.class, () -> editor.split(y, 10));
        assertTrue(e.getMessage().contains("not inside"), e.getMessage());
    }

    @Test
    void rippleDeleteClosesTheGapAndDropsItsTransitions() throws EditException {
        ClipItem x = editor.append(v1, a, 0, 2);
        ClipItem y = editor.append(v1, b, 0, 3);
        ClipItem z = editor.append(v1, c, 0, 1);
        editor.addTransition(Transitions.CROSSFADE, x, y, 0.5, Map.of());
        editor.rippleDelete(y);
        assertEquals(List.of(x, z), Timelines.ordered(v1));
        assertEquals(2.0, z.getStart(), 1e-12);
        assertTrue(v1.getTransitions().isEmpty());
    }

    @Test
    void moveRefusesToCoverAnotherItemAndChangesNothing() throws Exception {
        ClipItem x = editor.append(v1, a, 0, 2);
        editor.append(v1, b, 0, 3);
        String before = xmi();
        EditException e = assertThrows(EditException.class, () -> editor.move(x, v1, 1));
        assertTrue(e.getMessage().contains("would cover"), e.getMessage());
        assertEquals(before, xmi());
        editor.move(x, v1, 5);
        assertEquals(5.0, x.getStart(), 1e-12);
        assertEquals(x, v1.getItems().get(1), "items stay in time order");
    }

    @Test
    void trimsKeepTheOtherEdgeAndRefuseToPassTheMedia() throws EditException {
        ClipItem x = editor.append(v1, a, 2, 4);
        editor.append(v1, b, 0, 2);
        editor.trimIn(x, 3);
        assertEquals(1.0, x.getStart(), 1e-12);
        assertEquals(2.0, Timelines.end(x), 1e-12);
        editor.trimIn(x, 2);
        assertThrows(EditException.class, () -> editor.trimIn(x, 0), "would start before the timeline");
        assertThrows(EditException.class, () -> editor.trimOut(x, 5), "would run into b");
        ClipItem last = Timelines.ordered(v1).get(1);
        EditException e = assertThrows(EditException.class, () -> editor.trimOut(last, 7));
        assertTrue(e.getMessage().contains("past the end of the media"), e.getMessage());
    }

    @Test
    void transitionsNeedAdjacentItemsLongEnough() throws EditException {
        ClipItem x = editor.append(v1, a, 0, 2);
        ClipItem y = editor.append(v1, c, 0, 0.5);
        ClipItem z = editor.append(v1, b, 0, 2);
        assertThrows(EditException.class, () -> editor.addTransition(Transitions.CROSSFADE, x, z, 0.5, Map.of()), "not adjacent");
        assertThrows(EditException.class, () -> editor.addTransition(Transitions.CROSSFADE, x, y, 0, 1.0, Map.of()), "longer than y");
        Transition t = editor.addTransition(Transitions.WIPE, x, y, 0.5, Map.of("direction", "up"));
        assertEquals(0.25, t.getInOffset(), 1e-12);
        assertEquals(List.of("direction=up"), t.getParameters());
        assertThrows(EditException.class, () -> editor.addTransition(Transitions.CROSSFADE, x, y, 0.5, Map.of()), "one per cut");
        Transition fade = editor.fadeIn(x, 1);
        assertNull(fade.getFrom());
        assertEquals(1.0, fade.getOutOffset(), 1e-12);
    }

    @Test
    void undoingAnySequenceRestoresTheModelExactlyAndRedoReplaysIt() throws Exception {
        String before = xmi();
        ClipItem x = editor.append(v1, a, 0, 4);
        ClipItem y = editor.append(v1, b, 1, 4);
        editor.insert(v1, c, 0, 2, 1);
        editor.addTransition(Transitions.CROSSFADE, Timelines.ordered(v1).get(2), y, 0.5, Map.of());
        editor.split(y, 7);
        editor.trimOut(Timelines.ordered(v1).get(4), 5);
        editor.fadeOut(Timelines.ordered(v1).get(4), 0.5);
        editor.addTitle("Chapter one", 0, 2, false);
        editor.setVolume(x, new double[][] { { 0, 0 }, { 0.5, 1 } });
        Track a1 = editor.addTrack(TrackKind.AUDIO, "A1");
        editor.append(a1, b, 0, 6);
        editor.rippleDelete(Timelines.ordered(v1).get(0));
        editor.move(Timelines.ordered(a1).get(0), a1, 2);
        editor.reorder(Timelines.ordered(v1).get(2), 0);
        String edited = xmi();
        assertFalse(before.equals(edited));
        for (int i = 0; i < 14; i++) {
            assertTrue(editor.undo(), "undo " + (i + 1));
        }
        assertEquals(before, xmi());
        for (int i = 0; i < 14; i++) {
            assertTrue(editor.redo(), "redo " + (i + 1));
        }
        assertEquals(edited, xmi());
        assertFalse(editor.redo());
    }

    @Test
    void redoAfterUndoGivesTheEditedModelBack() throws Exception {
        ClipItem x = editor.append(v1, a, 0, 4);
        ClipItem y = editor.append(v1, b, 0, 4);
        editor.addTransition(Transitions.CROSSFADE, x, y, 1, Map.of());
        editor.split(x, 2);
        editor.rippleDelete(x);
        String edited = xmi();
        for (int i = 0; i < 5; i++) {
            assertTrue(editor.undo());
        }
        String start = xmi();
        for (int i = 0; i < 5; i++) {
            assertTrue(editor.redo());
        }
        assertEquals(edited, xmi());
        for (int i = 0; i < 5; i++) {
            assertTrue(editor.undo());
        }
        assertEquals(start, xmi());
    }

    private String xmi() throws IOException {
        return xmi(project);
    }

    private static String xmi(Project p) throws IOException {
        Project copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(p);
        XMIResourceImpl r = new XMIResourceImpl(org.eclipse.emf.common.util.URI.createURI("memory:/p.tessera"));
        r.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, Map.of());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
