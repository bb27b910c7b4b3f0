package io.tessera.detection.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.watermark.Marking;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.Verdict;

/**
 * The detection bundle in an OSGi framework without io.tessera.engine.dit (this fragment does not require it, and the
 * detection bundle needs it only optionally): the learned detector says it is unavailable, the others still run, and
 * the verdict rests on them, "not generated" included.
 */
class WithoutTheDitEngineTest {
    @TempDir
    static Path dir;
    static Path scene;
    static Path marked;

    @BeforeAll
    static void clips() throws Exception {
        scene = dir.resolve("scene.mp4");
        render(scene, Marking.NONE);
        marked = dir.resolve("marked.mp4");
        render(marked, Marking.ALL);
    }

    private static void render(Path file, Marking marking) throws Exception {
        new GenerationPipeline().run(new GenerationPlan(GenerationRequest.builder("a red circle moves right over a grass background").seconds(2).fps(24) //$NON-NLS-1$
                .size(320, 240).seed(3).build(), "scene", file, null, marking).withAudio(false), new NullProgressMonitor()); //$NON-NLS-1$
    }

    @Test
    void theDitEngineIsNotInstalled() {
        assertNull(Platform.getBundle("io.tessera.engine.dit"), "this framework must run without the DiT engine"); //$NON-NLS-1$
    }

    @Test
    void theLearnedDetectorIsUnavailableAndARenderIsStillNotGenerated() throws Exception {
        DetectionReport r = new DetectionService().inspect(scene, new NullProgressMonitor());
        DetectorEvidence learned = r.evidence().stream().filter(e -> e.detectorId().equals("learned")).findFirst().orElseThrow(); //$NON-NLS-1$
        assertTrue(learned.unavailable(), learned.toString());
        assertTrue(learned.error().contains("io.tessera.engine.dit"), learned.error()); //$NON-NLS-1$
        DetectorEvidence artifacts = r.evidence().stream().filter(e -> e.detectorId().equals("artifacts")).findFirst().orElseThrow(); //$NON-NLS-1$
        assertFalse(artifacts.failed(), artifacts.toString());
        assertEquals(Verdict.NOT_GENERATED, r.verdict(), r.reasons().toString());
        assertTrue(r.reasons().stream().anyMatch(s -> s.startsWith("Learned detector is not available in this installation")), r.reasons().toString()); //$NON-NLS-1$
        assertTrue(r.reasons().stream().anyMatch(s -> s.startsWith("Artifact analysis: ")), r.reasons().toString()); //$NON-NLS-1$
    }

    @Test
    void aMarkedClipIsStillGenerated() throws Exception {
        DetectionReport r = new DetectionService().inspect(marked, new NullProgressMonitor());
        assertEquals(Verdict.GENERATED, r.verdict(), r.reasons().toString());
        assertNotEquals(0, r.reasons().size());
    }
}
