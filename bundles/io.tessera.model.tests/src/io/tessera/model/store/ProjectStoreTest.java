package io.tessera.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.model.ClipItem;
import io.tessera.model.DetectionReport;
import io.tessera.model.Finding;
import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.ModelPackage;
import io.tessera.model.Project;
import io.tessera.model.Provenance;
import io.tessera.model.Shot;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;
import io.tessera.model.Verdict;

class ProjectStoreTest {
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path dir;

    static Project sampleProject(int shots) {
        Project p = ProjectStore.create("Film");
        MediaAsset previous = null;
        for (int i = 0; i < shots; i++) {
            GenerationSettings s = F.createGenerationSettings();
            s.setEngineId("scene");
            s.setSeed(i);
            s.setSeconds(3);
            s.getOptions().add("style=flat");
            MediaAsset a = F.createMediaAsset();
            a.setId("asset-" + i);
            a.setFile("clips/" + i + ".mp4");
            a.setDurationSeconds(3);
            a.setFps(24);
            a.setWidth(256);
            a.setHeight(256);
            a.setFrameCount(72);
            a.setSha256("ab".repeat(32));
            Provenance prov = F.createProvenance();
            prov.setEngineId("scene");
            prov.setEngineVersion("1.0");
            prov.setPrompt("a red circle number " + i);
            prov.setSeed(i);
            prov.setSettings(EcoreUtil.copy(s));
            prov.setCreatedAt(new Date(1_700_000_000_000L));
            if (previous != null) {
                prov.getParents().add(previous);
            }
            a.setProvenance(prov);
            p.getAssets().add(a);
            Shot shot = F.createShot();
            shot.setId("shot-" + i);
            shot.setName("Shot " + i);
            shot.setPrompt("a red circle number " + i);
            shot.setSettings(s);
            shot.getTakes().add(a);
            shot.setSelectedTake(a);
            p.getShots().add(shot);
            previous = a;
        }
        Timeline t = F.createTimeline();
        t.setName("cut 1");
        Track track = F.createTrack();
        track.setKind(TrackKind.VIDEO);
        ClipItem c1 = F.createClipItem();
        c1.setAsset(p.getAssets().get(0));
        c1.setOutPoint(2);
        ClipItem c2 = F.createClipItem();
        c2.setAsset(p.getAssets().get(shots > 1 ? 1 : 0));
        c2.setStart(2);
        c2.setInPoint(0.5);
        c2.setOutPoint(3);
        track.getItems().add(c1);
        track.getItems().add(c2);
        Transition tr = F.createTransition();
        tr.setKind("dissolve");
        tr.setInOffset(0.25);
        tr.setOutOffset(0.25);
        tr.setFrom(c1);
        tr.setTo(c2);
        track.getTransitions().add(tr);
        t.getTracks().add(track);
        p.setTimeline(t);
        DetectionReport r = F.createDetectionReport();
        r.setAsset(p.getAssets().get(0));
        r.setVerdict(Verdict.GENERATED);
        r.setScore(0.97);
        Finding f = F.createFinding();
        f.setDetectorId("watermark");
        f.setKind("watermark");
        f.setScore(0.99);
        f.setStartFrame(-1);
        f.setEndFrame(-1);
        f.setMessage("payload found");
        r.getFindings().add(f);
        p.getReports().add(r);
        return p;
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        Project p = sampleProject(3);
        Path file = dir.resolve("film.tessera");
        ProjectStore.save(p, file);
        Project back = ProjectStore.load(file);
        assertTrue(EcoreUtil.equals(p, back), "loaded project equals the saved one");
        assertEquals(back.getAssets().get(0), back.getAssets().get(1).getProvenance().getParents().get(0));
        assertEquals(back.getTimeline().getTracks().get(0).getItems().get(0),
                back.getTimeline().getTracks().get(0).getTransitions().get(0).getFrom());
        assertTrue(Files.readString(file).contains("http://tessera.io/model/1.0"));
    }

    @Test
    void textIsUtf8AndSavingLeavesTheProjectInItsEditingDomain() throws Exception {
        Project p = sampleProject(1);
        p.getShots().get(0).setPrompt("café at dusk, 夕暮れ ☕ <&> \"quoted\"");
        EditingDomain domain = ProjectEditing.editingDomain(p);
        org.eclipse.emf.ecore.resource.Resource own = p.eResource();
        Path file = dir.resolve("utf8.tessera");
        ProjectStore.save(p, file);
        assertEquals(own, p.eResource(), "save does not move the project out of its resource");
        assertTrue(domain.getResourceSet().getResources().contains(own));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
        assertTrue(xml.contains("夕暮れ ☕"), "non-ASCII text is written as UTF-8, not escaped");
        assertEquals("café at dusk, 夕暮れ ☕ <&> \"quoted\"", ProjectStore.load(file).getShots().get(0).getPrompt());
    }

    @Test
    void anotherModelsXmiIsNotAProject() throws Exception {
        Path ecore = dir.resolve("other.tessera");
        org.eclipse.emf.ecore.resource.Resource r = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
                org.eclipse.emf.common.util.URI.createFileURI(ecore.toString()));
        r.getContents().add(EcoreUtil.copy(ModelPackage.eINSTANCE));
        r.save(null);
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(ecore));
        assertTrue(e.getMessage().contains("other.tessera") && e.getMessage().contains("not a Tessera project")
                && e.getMessage().contains("EPackage"), e.getMessage());
    }

    @Test
    void aSaveThatDiesMidwayLeavesTheOldFileIntact() throws Exception {
        Path file = dir.resolve("film.tessera");
        ProjectStore.save(sampleProject(1), file);
        byte[] before = Files.readAllBytes(file);
        Project bigger = sampleProject(40);
        ProjectStore.save(bigger, dir.resolve("reference.tessera"));
        byte[] content = Files.readAllBytes(dir.resolve("reference.tessera"));
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ProjectStore.writeAtomically(file, content,
                (path, options) -> new FilterOutputStream(Files.newOutputStream(path, options)) {
                    private int written;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        int room = Math.min(len, 1000 - written);
                        out.write(b, off, Math.max(room, 0));
                        written += Math.max(room, 0);
                        if (room < len) {
                            throw new IOException("disk full (simulated after 1000 bytes)");
                        }
                    }
                }));
        assertTrue(e.getMessage().contains("film.tessera") && e.getMessage().contains("intact"), e.getMessage());
        assertTrue(Arrays.equals(before, Files.readAllBytes(file)), "the old version is untouched");
        assertEquals(1, ProjectStore.load(file).getShots().size());
        assertFalse(Files.exists(dir.resolve(".film.tessera.tmp")), "no temp file left");
    }

    @Test
    void aStaleTempFileFromAKilledSaveDoesNotMatter() throws Exception {
        Path file = dir.resolve("film.tessera");
        ProjectStore.save(sampleProject(2), file);
        Files.writeString(dir.resolve(".film.tessera.tmp"), "<?xml version=\"1.0\"?><tessera:Proj");
        assertEquals(2, ProjectStore.load(file).getShots().size());
        ProjectStore.save(sampleProject(3), file);
        assertEquals(3, ProjectStore.load(file).getShots().size());
        assertEquals(2, ProjectStore.load(dir.resolve("film.tessera.bak")).getShots().size(), ".bak holds the previous version");
    }

    @Test
    void corruptFilesNameTheFileAndTheLine() throws Exception {
        Path truncated = dir.resolve("truncated.tessera");
        ProjectStore.save(sampleProject(2), dir.resolve("whole.tessera"));
        byte[] whole = Files.readAllBytes(dir.resolve("whole.tessera"));
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(truncated));
        assertTrue(e.getMessage().contains("truncated.tessera") && e.getMessage().contains("line "), e.getMessage());

        Path garbage = Files.writeString(dir.resolve("garbage.tessera"), "<?xml version=\"1.0\"?>\n<a>\n  <b></a>\n");
        ProjectStoreException g = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(garbage));
        assertTrue(g.getMessage().contains("garbage.tessera") && g.getMessage().contains("line 2")
                && g.getMessage().contains("not a Tessera project"), g.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.tessera"), new String(whole, StandardCharsets.UTF_8).replaceFirst("<shots ", "<shots <"));
        ProjectStoreException b = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(broken));
        assertTrue(b.getMessage().contains("broken.tessera") && b.getMessage().matches("(?s).*line [3-9], column \\d+.*"),
                b.getMessage());

        Path text = Files.writeString(dir.resolve("text.tessera"), "just some words", StandardCharsets.UTF_8);
        ProjectStoreException t = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(text));
        assertTrue(t.getMessage().contains("text.tessera") && t.getMessage().contains("line 1"), t.getMessage());

        Path empty = Files.write(dir.resolve("empty.tessera"), new byte[0]);
        ProjectStoreException em = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(empty));
        assertTrue(em.getMessage().contains("empty.tessera") && em.getMessage().contains("empty"), em.getMessage());

        ProjectStoreException missing = assertThrows(ProjectStoreException.class, () -> ProjectStore.load(dir.resolve("nope.tessera")));
        assertTrue(missing.getMessage().contains("nope.tessera"), missing.getMessage());
    }

    @Test
    void validationNamesEachBadValue() {
        Project p = sampleProject(2);
        assertEquals(Diagnostic.OK, ProjectValidation.validate(p).getSeverity(), ProjectValidation.validate(p).toString());
        GenerationSettings s = p.getShots().get(0).getSettings();
        s.setSeconds(60.5);
        s.setWidth(0);
        s.setFps(61);
        s.setSeed(-1);
        s.setStrength(1.5);
        p.getAssets().get(1).setId("asset-0");
        p.getTimeline().getTracks().get(0).getItems().get(1).setOutPoint(0.1);
        Diagnostic d = ProjectValidation.validate(p);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        String all = d.getChildren().stream().map(Diagnostic::getMessage).reduce("", (a, b) -> a + "\n" + b);
        for (String expected : new String[] { "seconds = 60.5", "width = 0", "fps = 61", "seed = -1", "strength = 1.5",
                "is used by another asset", "inPoint/outPoint", "shot shot-0" }) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
    }

    @Test
    void editsThroughCommandsUndoAndRedo() {
        Project p = sampleProject(1);
        EditingDomain domain = ProjectEditing.editingDomain(p);
        Shot shot = p.getShots().get(0);
        Command rename = SetCommand.create(domain, shot, ModelPackage.Literals.SHOT__NAME, "Opening");
        domain.getCommandStack().execute(rename);
        assertEquals("Opening", shot.getName());
        domain.getCommandStack().undo();
        assertEquals("Shot 0", shot.getName());
        domain.getCommandStack().redo();
        assertEquals("Opening", shot.getName());
    }
}
