package io.tessera.editor.otio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.editor.EditException;
import io.tessera.editor.TimelineEditor;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;

/** Bad OTIO files are refused with a message naming the problem, and the project is left exactly as it was. */
class OtioBadInputTest {
    @TempDir
    Path dir;

    private Project project;
    private TimelineEditor editor;
    private Path projectFile;

    @BeforeEach
    void projectWithATimeline() throws Exception {
        OtioTestSupport.clip(dir.resolve("media/a.mp4"), 48, 24, 0xd03030);
        OtioTestSupport.clip(dir.resolve("media/b.mp4"), 48, 24, 0x30c040);
        projectFile = dir.resolve("p.tessera");
        project = ProjectStore.create("p");
        MediaAsset a = OtioTestSupport.asset("a", dir, dir.resolve("media/a.mp4"));
        project.getAssets().add(a);
        editor = TimelineEditor.of(project);
        editor.timeline(24);
        ClipItem first = editor.append(editor.track(TrackKind.VIDEO), a, 0.5, 1.5);
        editor.fadeIn(first, 0.25);
        editor.addTitle("kept", 0, 1, true); //$NON-NLS-1$
    }

    @Test
    void anUnknownSchemaVersionIsNamedWithItsPlace() throws Exception {
        String bad = clip("a", "media/a.mp4", 0, 24).replace("Clip.2", "Clip.9"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        OtioFormatException e = rejected(doc(clip("b", "media/b.mp4", 0, 24) + "," + bad), OtioFormatException.class); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(e.getMessage().contains("Clip.9"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("tracks.children[0].children[1]"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("cut.otio"), e.getMessage()); //$NON-NLS-1$
        assertEquals("tracks.children[0].children[1]", e.location()); //$NON-NLS-1$
    }

    @Test
    void anUnknownSchemaNameIsRefused() throws Exception {
        OtioFormatException e = rejected(doc("{\"OTIO_SCHEMA\": \"Foo.1\", \"name\": \"x\"}"), OtioFormatException.class); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("unknown schema Foo.1"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("tracks.children[0].children[0]"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aMissingMediaFileNamesThePathAndTheClip() throws Exception {
        EditException e = rejected(doc(clip("a", "media/a.mp4", 0, 24) + "," + clip("lost shot", "media/nowhere.mp4", 0, 24)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                EditException.class);
        assertTrue(e.getMessage().contains("'lost shot'"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains(dir.resolve("media/nowhere.mp4").toString()), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aTransitionLongerThanTheClipBeforeItIsRefused() throws Exception {
        OtioFormatException e = rejected(doc(clip("short", "media/a.mp4", 0, 24) + "," + transition(36, 6) + "," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + clip("long", "media/b.mp4", 0, 48)), OtioFormatException.class); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(e.getMessage().contains("longer than clip 'short' (1.000 s)"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("tracks.children[0].children[1].in_offset"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aTransitionLongerThanTheClipAfterItIsRefused() throws Exception {
        OtioFormatException e = rejected(doc(clip("long", "media/a.mp4", 0, 48) + "," + transition(6, 30) + "," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + clip("short", "media/b.mp4", 0, 24)), OtioFormatException.class); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(e.getMessage().contains("longer than clip 'short'"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void twoTransitionsOnOneCutAreRefused() throws Exception {
        OtioFormatException e = rejected(doc(clip("a", "media/a.mp4", 0, 24) + "," + transition(6, 6) + "," + transition(3, 3) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + "," + clip("b", "media/b.mp4", 0, 24)), OtioFormatException.class); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(e.getMessage().contains("two transitions on one cut"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aNegativeDurationIsRefused() throws Exception {
        OtioFormatException e = rejected(doc(clip("a", "media/a.mp4", 0, 24) + ",{\"OTIO_SCHEMA\": \"Gap.1\", \"source_range\": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + range(0, -12) + "}," + clip("b", "media/b.mp4", 0, 24)), OtioFormatException.class); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(e.getMessage().contains("negative duration"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("tracks.children[0].children[1]"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aClipWithAMissingReferenceIsNamed() throws Exception {
        String missing = "{\"OTIO_SCHEMA\": \"Clip.2\", \"name\": \"offline\", \"source_range\": " + range(0, 24) //$NON-NLS-1$
                + ", \"media_references\": {\"DEFAULT_MEDIA\": {\"OTIO_SCHEMA\": \"MissingReference.1\", \"metadata\": {}}}," //$NON-NLS-1$
                + " \"active_media_reference_key\": \"DEFAULT_MEDIA\"}"; //$NON-NLS-1$
        EditException e = rejected(doc(clip("a", "media/a.mp4", 0, 24) + "," + missing), EditException.class); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(e.getMessage().contains("'offline'") && e.getMessage().contains("MissingReference.1"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aLayeredNestedStackIsRefused() throws Exception {
        String track = "{\"OTIO_SCHEMA\": \"Track.1\", \"kind\": \"Video\", \"children\": [" + clip("a", "media/a.mp4", 0, 24) + "]}"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        OtioFormatException e = rejected(doc("{\"OTIO_SCHEMA\": \"Stack.1\", \"name\": \"compound\", \"children\": [" + track + "," + track + "]}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                OtioFormatException.class);
        assertTrue(e.getMessage().contains("nested Stack.1 with 2 layers"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aGoodFileAfterwardsStillImports() throws Exception {
        Path otio = dir.resolve("cut.otio");
        Files.writeString(otio, doc(clip("a", "media/a.mp4", 12, 24) + "," + transition(6, 6) + "," + clip("b", "media/b.mp4", 0, 24))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        OtioImport.Report r = OtioImport.importFile(editor, projectFile, otio);
        assertEquals(1, r.createdAssets().size(), "b is new"); //$NON-NLS-1$
        assertEquals(1, r.reusedAssets().size(), "a was already an asset"); //$NON-NLS-1$
        assertSame(project.getAssets().get(0), project.getTimeline().getTracks().get(0).getItems().get(0).getAsset());
        assertEquals(2, project.getAssets().size());
        assertEquals(0.5, project.getTimeline().getTracks().get(0).getItems().get(0).getInPoint(), 1e-12);
    }

    private <E extends Exception> E rejected(String json, Class<E> type) throws Exception {
        Path otio = dir.resolve("cut.otio");
        Files.writeString(otio, json);
        String before = OtioTestSupport.xmi(project);
        Command lastCommand = editor.commands().getUndoCommand();
        E e = assertThrows(type, () -> OtioImport.importFile(editor, projectFile, otio));
        assertEquals(before, OtioTestSupport.xmi(project), "the project is unchanged"); //$NON-NLS-1$
        assertSame(lastCommand, editor.commands().getUndoCommand(), "no command was run"); //$NON-NLS-1$
        return e;
    }

    private static String doc(String children) {
        return "{\"OTIO_SCHEMA\": \"Timeline.1\", \"name\": \"bad\", \"tracks\": {\"OTIO_SCHEMA\": \"Stack.1\", \"children\": [" //$NON-NLS-1$
                + "{\"OTIO_SCHEMA\": \"Track.1\", \"name\": \"V1\", \"kind\": \"Video\", \"children\": [" + children + "]}]}}"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String clip(String name, String url, int start, int frames) {
        return "{\"OTIO_SCHEMA\": \"Clip.2\", \"name\": \"" + name + "\", \"source_range\": " + range(start, frames) //$NON-NLS-1$ //$NON-NLS-2$
                + ", \"media_references\": {\"DEFAULT_MEDIA\": {\"OTIO_SCHEMA\": \"ExternalReference.1\", \"target_url\": \"" + url //$NON-NLS-1$
                + "\"}}, \"active_media_reference_key\": \"DEFAULT_MEDIA\"}"; //$NON-NLS-1$
    }

    private static String transition(int in, int out) {
        return "{\"OTIO_SCHEMA\": \"Transition.1\", \"transition_type\": \"SMPTE_Dissolve\", \"in_offset\": " + time(in) //$NON-NLS-1$
                + ", \"out_offset\": " + time(out) + "}"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String range(int start, int duration) {
        return "{\"OTIO_SCHEMA\": \"TimeRange.1\", \"start_time\": " + time(start) + ", \"duration\": " + time(duration) + "}"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String time(int frames) {
        return "{\"OTIO_SCHEMA\": \"RationalTime.1\", \"rate\": 24, \"value\": " + frames + "}"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
