package io.tessera.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.detect.Finding;
import io.tessera.detection.artifacts.ArtifactAnalysis;

/** Artifact analysis on real MP4s: steady footage stays quiet, a planted disappearance is found where it is. */
class ArtifactAnalysisTest {
    static final int FRAMES = 72;
    static final int HIDE_FROM = 30;
    @TempDir
    static Path dir;
    static ArtifactAnalysis.Result clean;
    static ArtifactAnalysis.Result planted;

    @BeforeAll
    static void analyse() throws Exception {
        clean = ArtifactAnalysis.analyse(Footage.write(dir.resolve("clean.mp4"), FRAMES, -1, 0), new NullProgressMonitor());
        planted = ArtifactAnalysis.analyse(Footage.write(dir.resolve("planted.mp4"), FRAMES, HIDE_FROM, 3), new NullProgressMonitor());
    }

    @Test
    void steadyFootageHasNoStrongFinding() {
        List<Finding> strong = clean.findings().stream().filter(f -> f.score() >= 0.3).toList();
        assertTrue(strong.isEmpty(), "findings on clean footage: " + strong);
        assertEquals(FRAMES, clean.framesRead());
        assertEquals(1, clean.trackedShots());
    }

    @Test
    void anObjectRemovedForThreeFramesIsFoundAtThoseFramesAndThatPlace() {
        Finding blink = planted.findings().stream().filter(f -> f.kind().equals("blink")).findFirst()
                .orElseThrow(() -> new AssertionError("no blink among " + planted.findings()));
        assertEquals(HIDE_FROM, blink.startFrame());
        assertEquals(HIDE_FROM + 2, blink.endFrame());
        assertTrue(blink.score() >= 0.6, blink.toString());
        assertTrue(blink.message().contains("3 frames"), blink.message());
        double cx = Footage.objectX(HIDE_FROM - 1) / Footage.W;
        double cy = Footage.objectY(HIDE_FROM - 1) / Footage.H;
        Finding.Region r = blink.region();
        assertTrue(r.x() <= cx && cx <= r.x() + r.width() && r.y() <= cy && cy <= r.y() + r.height(), "region " + r + " misses the disc at " + cx + "," + cy);
        assertTrue(r.width() < 0.3 && r.height() < 0.4, "region too loose: " + r);
        // the strongest finding of the clip is the planted one
        assertEquals("blink", planted.findings().get(0).kind(), planted.findings().toString());
    }
}
