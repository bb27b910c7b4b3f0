package io.tessera.detection.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.watermark.Marking;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.engine.dit.model.ClipClassifier;

/** The learned detector: its network, its training, its shipped weights on fresh clips, and bad weight files. */
class LearnedDetectorTest {
    @TempDir
    Path dir;

    @Test
    void forwardShapes() {
        try (ClipClassifier net = ClipClassifier.create(1)) {
            List<long[]> s = net.shapes(3);
            assertArrayEquals(new long[] { 3, 16, 8, 32, 32 }, s.get(0));
            assertArrayEquals(new long[] { 3, 32, 4, 16, 16 }, s.get(1));
            assertArrayEquals(new long[] { 3, 64, 2, 8, 8 }, s.get(2));
            assertArrayEquals(new long[] { 3 }, s.get(3));
            assertTrue(net.parameterCount() < 100_000, "tiny: " + net.parameterCount());
            float[] z = net.logits(new float[3 * ClipClassifier.inputSize()], 3);
            assertEquals(3, z.length);
        }
    }

    /** Flickering noise (label 1) against a smoothly drifting gradient (label 0): a few steps must lower the loss. */
    @Test
    void aFewStepsReduceTheLossOnATinySet() {
        int n = 8;
        int in = ClipClassifier.inputSize();
        float[] x = new float[n * in];
        float[] y = new float[n];
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < n; k++) {
            boolean flicker = k % 2 == 0;
            y[k] = flicker ? 1 : 0;
            List<byte[]> frames = new java.util.ArrayList<>();
            for (int t = 0; t < ClipClassifier.FRAMES; t++) {
                byte[] f = new byte[ClipClassifier.READ_SIZE * ClipClassifier.READ_SIZE];
                for (int i = 0; i < f.length; i++) {
                    int gx = i % ClipClassifier.READ_SIZE;
                    f[i] = (byte) (flicker ? 100 + r.nextInt(60) : (gx + 2 * t + k * 5) & 0xFF);
                }
                frames.add(f);
            }
            ClipClassifier.window(frames, 0, 32, 32, x, k * in);
        }
        try (ClipClassifier net = ClipClassifier.create(3)) {
            float before = net.loss(x, y, n);
            for (int s = 0; s < 15; s++) {
                net.trainStep(x, y, n, 3e-3f);
            }
            float after = net.loss(x, y, n);
            assertTrue(after < before * 0.85, "loss " + before + " -> " + after);
            assertEquals(15, net.step());
            // seeded and deterministic: the same seed and batches give the same network
            try (ClipClassifier again = ClipClassifier.create(3)) {
                for (int s = 0; s < 15; s++) {
                    again.trainStep(x, y, n, 3e-3f);
                }
                assertArrayEquals(net.logits(x, n), again.logits(x, n), 1e-5f);
            }
        }
    }

    /** The shipped weights, through the detector registry, on clips of seeds and settings the training never used. */
    @Test
    void theShippedModelScoresAFreshDitClipAboveAFreshSceneClip() throws Exception {
        GenerationPipeline pipeline = new GenerationPipeline();
        Path dit = dir.resolve("fresh-dit.mp4");
        Path scene = dir.resolve("fresh-scene.mp4");
        GenerationRequest.Builder b = GenerationRequest.builder("a red circle moves right over a grass background").seconds(1.5).fps(10).size(128, 128)
                .seed(4_242_4242L);
        pipeline.run(new GenerationPlan(b.steps(14).guidance(4.5).build(), "dit", dit, null, Marking.NONE).withAudio(false), new NullProgressMonitor());
        pipeline.run(new GenerationPlan(b.build(), "scene", scene, null, Marking.NONE).withAudio(false), new NullProgressMonitor());
        DetectionService service = new DetectionService();
        double pDit = learned(service.inspect(dit, new NullProgressMonitor()));
        double pScene = learned(service.inspect(scene, new NullProgressMonitor()));
        assertTrue(pDit > pScene, "dit " + pDit + " vs scene " + pScene);
        assertTrue(pDit > 0.5 && pScene < 0.5, "dit " + pDit + " vs scene " + pScene);
    }

    private static double learned(DetectionReport r) {
        DetectorEvidence e = r.evidence().stream().filter(d -> d.detectorId().equals("learned")).findFirst().orElseThrow();
        assertFalse(e.failed(), e.error());
        assertEquals(1, e.findings().size());
        assertEquals(e.findings().get(0).score(), e.score(), 1e-9);
        return e.score();
    }

    @Test
    void missingOrCorruptWeightsGiveAClearError() throws IOException {
        Path missing = dir.resolve("nowhere/detector.bin");
        IOException e1 = assertThrows(NoSuchFileException.class, () -> ClipClassifier.load(missing));
        assertTrue(e1.getMessage().contains(missing.toString()), e1.getMessage());
        Path corrupt = Files.write(dir.resolve("corrupt.bin"), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
        IOException e2 = assertThrows(IOException.class, () -> ClipClassifier.load(corrupt));
        assertTrue(e2.getMessage().contains(corrupt.toString()) && e2.getMessage().contains("not a Tessera weights file"), e2.getMessage());
        // a good file cut short
        Path good = dir.resolve("good.bin");
        try (ClipClassifier net = ClipClassifier.create(2)) {
            net.save(good);
        }
        byte[] all = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.bin"), java.util.Arrays.copyOf(all, all.length / 2));
        IOException e3 = assertThrows(IOException.class, () -> ClipClassifier.load(truncated));
        assertTrue(e3.getMessage().contains(truncated.toString()), e3.getMessage());
        try (ClipClassifier back = ClipClassifier.load(good)) {
            assertEquals(ClipClassifier.create(2).parameterCount(), back.parameterCount());
        }
    }

    /** A user's model folder (preference) with a corrupt file: the learned detector fails alone, named in the report. */
    @Test
    void aCorruptUserModelIsReportedNotFatal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("user-model"));
        Files.write(folder.resolve("detector.bin"), new byte[] { 0x54, 0x53, 0x50, 0x57, 0, 0, 0, 9, 1, 2 });
        Path clip = dir.resolve("scene.mp4");
        new GenerationPipeline().run(new GenerationPlan(GenerationRequest.builder("a green star moves up over a sky background").seconds(1).fps(10)
                .size(128, 128).seed(6_060_606L).build(), "scene", clip, null, Marking.NONE).withAudio(false), new NullProgressMonitor());
        var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("io.tessera.detection");
        node.put("learned.model", folder.toString());
        try {
            DetectionReport r = new DetectionService().inspect(clip, new NullProgressMonitor());
            DetectorEvidence e = r.evidence().stream().filter(d -> d.detectorId().equals("learned")).findFirst().orElseThrow();
            assertTrue(e.failed() && e.error().contains(folder.resolve("detector.bin").toString()), String.valueOf(e.error()));
            assertTrue(r.evidence().stream().anyMatch(d -> d.detectorId().equals("artifacts") && !d.failed()));
            assertFalse(r.verdict() == io.tessera.detection.Verdict.NOT_GENERATED, "never not-generated when a detector failed");
        } finally {
            node.remove("learned.model");
        }
    }
}
