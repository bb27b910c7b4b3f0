package io.tessera.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.detect.Finding;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.watermark.Marking;
import io.tessera.detection.Combination;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.Verdict;
import io.tessera.detection.VerdictRule;
import io.tessera.detection.VerdictThresholds;
import io.tessera.media.FfmpegTool;

/**
 * The detectors joined by their measured reliability (the shipped {@link Combination}): on real files, the artifact
 * analysis's confident mistake on FFmpeg's mandelbrot no longer decides when the learned detector clears the clip,
 * and a DiT clip is still called generated; on given evidence, a missing detector, a failing one and an uncalibrated
 * one.
 */
class CombinationTest {
    @TempDir
    static Path dir;
    static Path mandelbrot;
    static Path dit;

    @BeforeAll
    static void clips() throws Exception {
        mandelbrot = dir.resolve("mandelbrot.mp4");
        FfmpegTool.find().run(List.of("-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", "mandelbrot=s=256x256:r=24", "-t", "2", "-c:v", "libx264", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "-crf", "16", "-pix_fmt", "yuv420p", mandelbrot.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        dit = dir.resolve("dit.mp4");
        new GenerationPipeline().run(new GenerationPlan(GenerationRequest.builder("a red circle moves right over a grass background").seconds(2).fps(12) //$NON-NLS-1$
                .size(256, 256).steps(10).guidance(5).seed(6_161_616L).build(), "dit", dit, null, Marking.NONE).withAudio(false), new NullProgressMonitor()); //$NON-NLS-1$
    }

    private static DetectorEvidence evidence(DetectionReport r, String id) {
        return r.evidence().stream().filter(e -> e.detectorId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRealLikeClipTheArtifactsFlagButTheLearnedDetectorClearsIsNotCalledGenerated() throws Exception {
        DetectionReport r = new DetectionService().inspect(mandelbrot, new NullProgressMonitor());
        double artifacts = evidence(r, "artifacts").score(); //$NON-NLS-1$
        double learned = evidence(r, "learned").score(); //$NON-NLS-1$
        assertTrue(artifacts >= 0.9 && learned < 0.5, "the case this is about: artifacts " + artifacts + ", learned " + learned);
        assertNotEquals(Verdict.GENERATED, r.verdict(), r.reasons().toString());
        // the reasons still say what each detector said
        assertTrue(r.reasons().stream().anyMatch(s -> s.startsWith("Artifact analysis: ")), r.reasons().toString()); //$NON-NLS-1$
        assertTrue(r.reasons().stream().anyMatch(s -> s.startsWith("Learned detector: ")), r.reasons().toString()); //$NON-NLS-1$
    }

    @Test
    void aDitClipIsCalledGenerated() throws Exception {
        DetectionReport r = new DetectionService().inspect(dit, new NullProgressMonitor());
        assertEquals(Verdict.GENERATED, r.verdict(), r.reasons().toString());
        assertTrue(r.reasons().get(0).matches("(Learned detector|Artifact analysis): \\d+ %, which counts (strongly )?for generated"), r.reasons().toString()); //$NON-NLS-1$
    }

    private static final VerdictThresholds T = VerdictThresholds.DEFAULTS;

    @Test
    void theStrongerDetectorWinsWhenTheyDisagree() {
        Combination c = Combination.shipped();
        double artifactsOnly = VerdictRule.decide(VerdictThresholdsTest.evidenceOf(1.0, 0.1), T, c).score();
        double learnedOnly = VerdictRule.decide(VerdictThresholdsTest.evidenceOf(0.0, 0.95), T, c).score();
        assertTrue(learnedOnly > artifactsOnly, learnedOnly + " vs " + artifactsOnly);
        assertNotEquals(Verdict.GENERATED, VerdictRule.decide(VerdictThresholdsTest.evidenceOf(1.0, 0.1), T, c).verdict());
    }

    /** Not installed: left out, the model without it decides, "not generated" is still possible, and the reasons say so. */
    @Test
    void anUnavailableDetectorIsLeftOut() {
        List<DetectorEvidence> e = new ArrayList<>(VerdictThresholdsTest.evidenceOf(0.0, 0.5).subList(0, 1));
        e.add(new DetectorEvidence("learned", "Learned detector", 1, 0, List.of(), "its network needs bundle io.tessera.engine.dit, which is not installed", 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                true));
        VerdictRule.Decision d = VerdictRule.decide(e, T);
        double alone = VerdictRule.decide(e.subList(0, 1), T).score();
        assertEquals(alone, d.score(), 1e-12, "the artifacts-only model");
        assertEquals(Verdict.NOT_GENERATED, d.verdict(), d.reasons().toString());
        assertTrue(d.reasons().stream().anyMatch(s -> s.startsWith("Learned detector is not available in this installation")), d.reasons().toString()); //$NON-NLS-1$
    }

    /** Failed on this file: the file may have been made to break it, so no "not generated". */
    @Test
    void aDetectorThatFailedOnTheFileWithholdsNotGenerated() {
        List<DetectorEvidence> e = new ArrayList<>(VerdictThresholdsTest.evidenceOf(0.0, 0.5).subList(0, 1));
        e.add(new DetectorEvidence("learned", "Learned detector", 1, 0, List.of(), "IOException: truncated", 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        VerdictRule.Decision d = VerdictRule.decide(e, T);
        assertEquals(Verdict.INCONCLUSIVE, d.verdict(), d.reasons().toString());
        assertTrue(d.reasons().contains("Learned detector could not inspect the file: IOException: truncated"), d.reasons().toString()); //$NON-NLS-1$
    }

    /** A third party's detector was never measured: it may add evidence for generation, never take it away. */
    @Test
    void anUncalibratedDetectorCanOnlyAdd() {
        List<DetectorEvidence> base = VerdictThresholdsTest.evidenceOf(0.3, 0.3);
        double before = VerdictRule.decide(base, T).score();
        for (double s : new double[] { 0, 0.2, 0.5 }) {
            List<DetectorEvidence> e = new ArrayList<>(base);
            e.add(new DetectorEvidence("com.example.x", "Example", 1, s, List.of(new Finding("x", s, -1, -1, "x")), null, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertEquals(before, VerdictRule.decide(e, T).score(), 1e-12);
        }
        List<DetectorEvidence> e = new ArrayList<>(base);
        e.add(new DetectorEvidence("com.example.x", "Example", 1, 0.99, List.of(new Finding("x", 0.99, -1, -1, "x")), null, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        VerdictRule.Decision d = VerdictRule.decide(e, T);
        assertTrue(d.score() > before);
        assertTrue(d.reasons().stream().anyMatch(s -> s.startsWith("Example: 99 %") && s.contains("never measured")), d.reasons().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A mark stays decisive whatever the pixels say. */
    @Test
    void aMarkDecides() {
        List<DetectorEvidence> e = new ArrayList<>(VerdictThresholdsTest.evidenceOf(0.0, 0.01));
        e.add(new DetectorEvidence("watermark", "Invisible watermark", 1, 1, //$NON-NLS-1$ //$NON-NLS-2$
                List.of(new Finding("watermark", 1.0, -1, -1, "Tessera invisible mark found: payload 00")), null, 0)); //$NON-NLS-1$ //$NON-NLS-2$
        VerdictRule.Decision d = VerdictRule.decide(e, T);
        assertEquals(Verdict.GENERATED, d.verdict());
        // said once, as what it is: not weighed again as a detector whose reliability was never measured
        assertEquals("Tessera invisible mark found: payload 00", d.reasons().get(0), d.reasons().toString()); //$NON-NLS-1$
        assertTrue(d.reasons().stream().noneMatch(s -> s.startsWith("Invisible watermark") || s.contains("never measured")), d.reasons().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
