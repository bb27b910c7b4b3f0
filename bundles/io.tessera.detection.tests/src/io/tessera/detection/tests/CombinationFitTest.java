package io.tessera.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.tessera.detection.Combination;
import io.tessera.detection.bench.CombinationFit;
import io.tessera.detection.bench.DetectionBench;

/**
 * Fitting the combination: a detector that is right more often gets more weight than one that is often confidently
 * wrong, the fit is a function of its samples, and what it writes is what the verdict reads.
 */
class CombinationFitTest {

    /**
     * Generated clips: artifacts high, learned high. Real-like: learned low, but a third of them (the "mandelbrot"
     * ones) get artifacts 1.0 — the situation the combination is for.
     */
    private static List<DetectionBench.Sample> samples(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<DetectionBench.Sample> out = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            out.add(sample("generated", r.nextDouble(0.6, 1.0), r.nextDouble(0.55, 0.97))); //$NON-NLS-1$
            boolean fooled = i % 3 == 0;
            out.add(sample("real", fooled ? 1.0 : r.nextDouble(0, 0.5), r.nextDouble(0.02, 0.5))); //$NON-NLS-1$
        }
        return out;
    }

    private static DetectionBench.Sample sample(String group, double artifacts, double learned) {
        return new DetectionBench.Sample("f.mp4", group, "test", "original", 0, 0, artifacts, learned, 0, "inconclusive", 0, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    @Test
    void theReliableDetectorGetsTheWeight() throws Exception {
        var json = CombinationFit.fit(samples(1), "a test"); //$NON-NLS-1$
        Combination c = Combination.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
        Combination.Model both = c.modelFor(List.of("artifacts", "learned")).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
        double artifacts = both.coefficients().get(both.detectors().indexOf("artifacts")); //$NON-NLS-1$
        double learned = both.coefficients().get(both.detectors().indexOf("learned")); //$NON-NLS-1$
        assertTrue(learned > artifacts, "learned " + learned + ", artifacts " + artifacts);
        // the case of the bench: artifacts certain, learned clears it: not generated
        double fooled = Combination.sigmoid(both.logOdds(Map.of("artifacts", 1.0, "learned", 0.1))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(fooled < 0.5, "artifacts 1.0 + learned 0.1 -> " + fooled);
        double dit = Combination.sigmoid(both.logOdds(Map.of("artifacts", 0.9, "learned", 0.9))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(dit > 0.9, "artifacts 0.9 + learned 0.9 -> " + dit);
        // one model per set, for when a detector cannot run
        assertTrue(c.modelFor(List.of("artifacts")).isPresent() && c.modelFor(List.of("learned")).isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(c.fitted().contains("240 unmarked generated vs 240 real-like") || c.fitted().contains("120 unmarked generated vs 120 real-like"), c.fitted()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theSameSamplesGiveTheSameCoefficients() {
        assertEquals(CombinationFit.fit(samples(2), "x").get("models"), CombinationFit.fit(samples(2), "x").get("models")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The calibration shipped in the bundle reads, has every model, and says how it was fitted. */
    @Test
    void theShippedCalibrationIsComplete() {
        Combination c = Combination.shipped();
        for (List<String> set : List.of(List.of("artifacts", "learned"), List.of("artifacts"), List.of("learned"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            assertTrue(c.modelFor(set).isPresent(), set.toString());
        }
        assertTrue(c.fitted().contains("--seed-base"), c.fitted()); //$NON-NLS-1$
    }
}
