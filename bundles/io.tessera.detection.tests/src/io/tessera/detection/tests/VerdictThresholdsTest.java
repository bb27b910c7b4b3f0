package io.tessera.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tessera.core.detect.Finding;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.Verdict;
import io.tessera.detection.VerdictRule;
import io.tessera.detection.VerdictThresholds;

/** The verdict thresholds come from the preferences, the administrator's win, and nonsense falls back to the defaults. */
class VerdictThresholdsTest {
    private final IEclipsePreferences user = InstanceScope.INSTANCE.getNode(VerdictThresholds.NODE);
    private final IEclipsePreferences admin = DefaultScope.INSTANCE.getNode(VerdictThresholds.NODE);

    @AfterEach
    void clear() {
        for (IEclipsePreferences p : List.of(user, admin)) {
            p.remove(VerdictThresholds.GENERATED_AT);
            p.remove(VerdictThresholds.NOT_GENERATED_BELOW);
        }
    }

    /**
     * The two calibrated pixel detectors, the artifact analysis with one finding of {@code artifacts} and the learned
     * detector at {@code learned}; no mark, no manifest.
     */
    static List<DetectorEvidence> evidenceOf(double artifacts, double learned) {
        Finding f = new Finding("pop", artifacts, 10, 12, "an object appears from nothing"); //$NON-NLS-1$ //$NON-NLS-2$
        Finding l = new Finding("learned", learned, -1, -1, "The learned detector puts the chance at some %."); //$NON-NLS-1$ //$NON-NLS-2$
        return List.of(new DetectorEvidence("artifacts", "Artifact analysis", 1.0, artifacts, List.of(f), null, 0.1), //$NON-NLS-1$ //$NON-NLS-2$
                new DetectorEvidence("learned", "Learned detector", 1.0, learned, List.of(l), null, 0.1)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The calibrated score of some middling evidence, and the verdicts the thresholds give it. */
    private static final List<DetectorEvidence> MIDDLING = evidenceOf(0.9, 0.5);

    private static double middling() {
        return VerdictRule.decide(MIDDLING, VerdictThresholds.DEFAULTS).score();
    }

    @Test
    void defaultsSplitAtTheBenchsThresholds() {
        assertEquals(VerdictThresholds.DEFAULTS, VerdictThresholds.current());
        assertEquals(Verdict.GENERATED, VerdictRule.decide(evidenceOf(1.0, 0.97)).verdict());
        assertEquals(Verdict.NOT_GENERATED, VerdictRule.decide(evidenceOf(0.0, 0.05)).verdict());
    }

    @Test
    void aUsersThresholdsAreUsed() {
        double s = middling();
        user.put(VerdictThresholds.GENERATED_AT, Double.toString(s)); // reached: generated
        user.put(VerdictThresholds.NOT_GENERATED_BELOW, "0"); //$NON-NLS-1$
        assertEquals(new VerdictThresholds(s, 0), VerdictThresholds.current());
        assertEquals(Verdict.GENERATED, VerdictRule.decide(MIDDLING).verdict());
        user.put(VerdictThresholds.GENERATED_AT, "1"); //$NON-NLS-1$
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(MIDDLING).verdict());
        user.put(VerdictThresholds.NOT_GENERATED_BELOW, Double.toString(Math.min(1, s + 1e-6)));
        assertEquals(Verdict.NOT_GENERATED, VerdictRule.decide(MIDDLING).verdict());
    }

    @Test
    void theAdministratorsThresholdsWinOverTheUsers() {
        double s = middling();
        user.put(VerdictThresholds.GENERATED_AT, Double.toString(s)); //$NON-NLS-1$
        user.put(VerdictThresholds.NOT_GENERATED_BELOW, "0"); //$NON-NLS-1$
        admin.put(VerdictThresholds.GENERATED_AT, "1"); //$NON-NLS-1$
        assertEquals(1, VerdictThresholds.current().generatedAt());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(MIDDLING).verdict());
    }

    @Test
    void nonsenseFallsBackToTheDefaults() {
        user.put(VerdictThresholds.GENERATED_AT, "0.3"); //$NON-NLS-1$
        user.put(VerdictThresholds.NOT_GENERATED_BELOW, "0.6"); //$NON-NLS-1$
        assertEquals(VerdictThresholds.DEFAULTS, VerdictThresholds.current());
        user.put(VerdictThresholds.GENERATED_AT, "high"); //$NON-NLS-1$
        assertEquals(VerdictThresholds.DEFAULTS, VerdictThresholds.current());
        assertThrows(IllegalArgumentException.class, () -> new VerdictThresholds(1.2, 0.5));
    }
}
