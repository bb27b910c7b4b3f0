package io.tessera.editor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.export.Exporter;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.editor.TestMedia;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.render.TimelinePictures;
import io.tessera.editor.render.MediaResolver;
import io.tessera.media.Images;
import io.tessera.media.VideoFrame;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;

/** The exporters this bundle contributes, found through the registry as any client would, on real files. */
class ExportersTest {
    @TempDir
    static Path dir;
    static Path projectFile;
    static Project project;

    @BeforeAll
    static void project() throws Exception {
        Path long1 = TestMedia.clip(dir, "long", 0x2080C0, 8, 24, 160, 96, 300);
        Path short1 = TestMedia.clip(dir, "short", 0xC08020, 2, 24, 160, 96, 500);
        projectFile = dir.resolve("p.tessera");
        project = ProjectStore.create("export test");
        MediaAsset a = TestMedia.asset(project, long1);
        MediaAsset b = TestMedia.asset(project, short1);
        a.setFile("long.mp4");
        b.setFile("short.mp4");
        TimelineEditor e = TimelineEditor.of(project);
        Track v1 = e.track(TrackKind.VIDEO);
        e.append(v1, a, 5.0, 6.0); // deep in point: the decoder seeks
        e.append(v1, b, 0.5, 1.0);
        for (String prompt : List.of("a blue circle", "an orange square", "a star not made yet")) {
            Shot s = ModelFactory.eINSTANCE.createShot();
            s.setId("shot-" + (project.getShots().size() + 1));
            s.setPrompt(prompt);
            s.setText("Text of " + prompt);
            s.setSettings(ModelFactory.eINSTANCE.createGenerationSettings());
            project.getShots().add(s);
        }
        project.getShots().get(0).getTakes().add(a);
        project.getShots().get(0).setSelectedTake(a);
        project.getShots().get(1).getTakes().add(b);
        project.getShots().get(1).setSelectedTake(b);
        ProjectStore.save(project, projectFile);
        project = ProjectStore.load(projectFile);
    }

    private static Exporter exporter(String id) {
        ContributionDescriptor<Exporter> d = Registries.exporters().find(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
        return d.instance().orElseThrow(() -> new AssertionError(id + " did not load: " + d.problem()));
    }

    @Test
    void seekingIntoALongClipLandsOnTheExactFrame() throws Exception {
        try (TimelinePictures pictures = new TimelinePictures(project.getTimeline(), MediaResolver.relativeTo(dir))) {
            assertEquals(36, pictures.frameCount());
            for (int n = 0; n < 36; n++) {
                VideoFrame f = pictures.frame(n);
                assertEquals(n < 24 ? 120 + n : 12 + n - 24, TestMedia.index(f), "frame " + n);
            }
        }
    }

    @Test
    void mp4ExporterRendersTheTimelineBesideTheProject() throws Exception {
        Path out = dir.resolve("film.mp4");
        exporter("mp4").export(project.getTimeline(), out, new NullProgressMonitor());
        try (var r = io.tessera.media.Mp4VideoReader.open(out)) {
            assertEquals(36, r.info().frameCount());
            assertEquals(120, TestMedia.index(r.nextFrame()));
        }
    }

    @Test
    void imageSequenceWritesEveryFrameAsPng() throws Exception {
        Path out = dir.resolve("frames");
        exporter("png-sequence").export(project, out, new NullProgressMonitor());
        try (Stream<Path> files = Files.list(out)) {
            List<Path> pngs = files.sorted().toList();
            assertEquals(36, pngs.size());
            assertEquals("frame-000000.png", pngs.get(0).getFileName().toString());
            assertEquals(12 + 35 - 24, TestMedia.index(Images.read(pngs.get(35))));
        }
        assertFalse(Files.exists(dir.resolve(".frames.part")));
    }

    @Test
    void contactSheetHasACardPerItemWithItsPicture() throws Exception {
        Path out = dir.resolve("sheet.png");
        exporter("contact-sheet").export(project, out, new NullProgressMonitor());
        BufferedImage sheet = ImageIO.read(out.toFile());
        assertTrue(sheet.getWidth() > 1000 && sheet.getHeight() > 200, sheet.getWidth() + "x" + sheet.getHeight());
        // first card's picture: the blue clip, letterboxed in the card's 16:9 frame
        int p = sheet.getRGB(16 + 160, 56 + 90);
        assertTrue((p & 0xFF) > 0xA0 && ((p >> 16) & 0xFF) < 0x50, "blue card picture, got " + Integer.toHexString(p));
        int q = sheet.getRGB(16 + 336 + 160, 56 + 90);
        assertTrue(((q >> 16) & 0xFF) > 0xA0 && (q & 0xFF) < 0x50, "orange card picture, got " + Integer.toHexString(q));
        Files.copy(out, Path.of("target", "contact-sheet.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aStoryboardWithoutACutGetsACardPerShotIncludingUnmadeOnes() throws Exception {
        Project p = org.eclipse.emf.ecore.util.EcoreUtil.copy(project);
        p.setTimeline(null);
        List<ContactSheet.Card> cards = ContactSheet.cards(p, MediaResolver.relativeTo(dir));
        assertEquals(3, cards.size());
        assertTrue(cards.get(2).media() == null && cards.get(2).text().contains("a star not made yet"), cards.get(2).toString());
    }
}
