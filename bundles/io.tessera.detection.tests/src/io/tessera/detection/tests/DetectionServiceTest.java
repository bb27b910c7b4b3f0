package io.tessera.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.detect.Finding;
import io.tessera.core.watermark.Provenance;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.HtmlReport;
import io.tessera.detection.ProjectReports;
import io.tessera.detection.Verdict;
import io.tessera.media.MediaFormatException;
import io.tessera.media.Mp4Box;
import io.tessera.media.Mp4Boxes;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.model.Project;
import io.tessera.model.store.ProjectStore;
import io.tessera.watermark.mark.InvisibleMark;
import io.tessera.watermark.mark.Payload;
import io.tessera.watermark.provenance.ManifestSigner;
import io.tessera.watermark.provenance.SigningKeys;

/** The detectors found through the extension registry, on real files: marked, edited, plain, corrupt. */
class DetectionServiceTest {
    static final Payload PAYLOAD = new Payload(0x1234567890L, 0xABCDEF);
    @TempDir
    static Path dir;
    static Path plain;
    static Path marked;
    static DetectionService service;

    @BeforeAll
    static void clips() throws IOException {
        plain = Footage.write(dir.resolve("plain.mp4"), 48, -1, 0);
        marked = dir.resolve("marked.mp4");
        InvisibleMark mark = new InvisibleMark(PAYLOAD);
        try (Mp4VideoReader in = Mp4VideoReader.open(plain);
                Mp4VideoWriter out = Mp4VideoWriter.open(marked, io.tessera.media.VideoSettings.of(Footage.W, Footage.H, Footage.FPS))) {
            for (VideoFrame f; (f = in.nextFrame()) != null;) {
                mark.embed(f);
                out.writeFrame(f);
            }
        }
        ManifestSigner.sign(marked, new Provenance("created", "dit", "dit-1.0", "ab12cd34ef56", "a red circle moves right", 7L, Map.of("fps", 24),
                List.of(), PAYLOAD.hex(), Instant.parse("2026-11-30T10:00:00Z")), new SigningKeys(dir.resolve("home")).active());
        service = new DetectionService();
    }

    private static List<Finding> findings(DetectionReport r, String detector) {
        return r.evidence().stream().filter(e -> e.detectorId().equals(detector)).findFirst().orElseThrow().findings();
    }

    @Test
    void allThreeDetectorsAreFoundThroughTheExtensionPoint() throws Exception {
        DetectionReport r = service.inspect(plain, new NullProgressMonitor());
        List<String> ids = r.evidence().stream().map(DetectorEvidence::detectorId).toList();
        assertTrue(ids.containsAll(List.of("watermark", "provenance", "artifacts")), ids.toString());
    }

    @Test
    void aWatermarkedSignedClipIsGeneratedWithItsPayloadAndMaker() throws Exception {
        DetectionReport r = service.inspect(marked, new NullProgressMonitor());
        assertEquals(Verdict.GENERATED, r.verdict(), r.reasons().toString());
        Finding mark = findings(r, "watermark").get(0);
        assertEquals("watermark", mark.kind());
        assertTrue(mark.message().contains(PAYLOAD.hex()), mark.message());
        Finding manifest = findings(r, "provenance").get(0);
        assertEquals("manifest", manifest.kind());
        assertTrue(manifest.message().contains("a red circle moves right") && manifest.message().contains("dit"), manifest.message());
        assertTrue(r.reasons().size() >= 2, r.reasons().toString());
    }

    @Test
    void anEditedClipStillCountsAsGeneratedAndSaysWhatChanged() throws Exception {
        Path edited = Files.copy(marked, dir.resolve("edited.mp4"));
        Mp4Box mdat = Mp4Boxes.list(edited).stream().filter(b -> b.type().equals("mdat")).findFirst().orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(edited.toFile(), "rw")) {
            long at = mdat.payloadOffset() + mdat.payloadSize() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x01);
        }
        DetectionReport r = service.inspect(edited, new NullProgressMonitor());
        assertEquals(Verdict.GENERATED, r.verdict());
        Finding manifest = findings(r, "provenance").get(0);
        assertEquals("manifest-altered", manifest.kind());
        assertTrue(manifest.message().contains("media data (mdat)"), manifest.message());
    }

    @Test
    void plainFootageIsNotGenerated() throws Exception {
        DetectionReport r = service.inspect(plain, new NullProgressMonitor());
        assertEquals(Verdict.NOT_GENERATED, r.verdict(), r.reasons().toString());
        assertEquals("no-watermark", findings(r, "watermark").get(0).kind());
        assertEquals("no-manifest", findings(r, "provenance").get(0).kind());
    }

    @Test
    void aDetectorThatThrowsIsNamedAndTheOthersStillDecide() throws Exception {
        Path poison = Files.copy(marked, dir.resolve("poison.mp4"));
        DetectionReport r = service.inspect(poison, new NullProgressMonitor());
        DetectorEvidence broken = r.evidence().stream().filter(e -> e.detectorId().equals("test-throwing")).findFirst().orElseThrow();
        assertTrue(broken.failed() && broken.error().contains("broke on purpose"), String.valueOf(broken.error()));
        assertEquals(Verdict.GENERATED, r.verdict(), "the mark still decides");
        Path plainPoison = Files.copy(plain, dir.resolve("plain-poison.mp4"));
        DetectionReport p = service.inspect(plainPoison, new NullProgressMonitor());
        assertNotEquals(Verdict.NOT_GENERATED, p.verdict(), "with a detector missing, absence of evidence is not claimed");
        assertTrue(p.reasons().stream().anyMatch(s -> s.contains("Throwing test detector")), p.reasons().toString());
    }

    @Test
    void brokenFilesAreRefusedWithTheProblemNamed() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "this is not a video");
        MediaFormatException e = assertThrows(MediaFormatException.class, () -> service.inspect(text, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("notes.mp4"), e.getMessage());
        Path cut = dir.resolve("cut.mp4");
        byte[] bytes = Files.readAllBytes(marked);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThrows(MediaFormatException.class, () -> service.inspect(cut, new NullProgressMonitor()));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> service.inspect(dir.resolve("missing.mp4"), new NullProgressMonitor()));
    }

    @Test
    void theHtmlReportIsSelfContainedWithThumbnailsAndAStrip() throws Exception {
        Path planted = Footage.write(dir.resolve("planted.mp4"), 60, 25, 3);
        DetectionReport r = service.inspect(planted, new NullProgressMonitor());
        Path html = dir.resolve("report.html");
        HtmlReport.write(List.of(r, service.inspect(marked, new NullProgressMonitor())), List.of("cut.mp4: the file is cut short"), html);
        String text = Files.readString(html);
        assertTrue(text.contains("data:image/png;base64,"), "thumbnails inlined");
        assertTrue(text.contains("<svg"), "time strip");
        assertTrue(text.contains("disappears for 3 frames"), "the planted finding is described");
        assertTrue(text.contains("the file is cut short"), "failures listed");
        assertFalse(text.matches("(?s).*(src|href)=\"(https?:|//|file:).*"), "nothing fetched from outside");
    }

    @Test
    void reportsAreKeptInTheProject() throws Exception {
        Path project = dir.resolve("p.tessera");
        DetectionReport r = service.inspect(marked, new NullProgressMonitor());
        ProjectReports.record(project, r);
        ProjectReports.record(project, r);
        Project p = ProjectStore.load(project);
        assertEquals(2, p.getReports().size());
        assertEquals(1, p.getAssets().size(), "the same file is one asset");
        assertEquals(io.tessera.model.Verdict.GENERATED, p.getReports().get(0).getVerdict());
        assertEquals(r.sha256(), p.getReports().get(0).getAsset().getSha256());
        assertTrue(p.getReports().get(0).getFindings().stream().anyMatch(f -> f.getKind().equals("watermark")));
    }
}
