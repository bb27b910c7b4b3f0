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

    /** One complete detector whose only finding scores 0.7: inconclusive under the defaults (0.5 .. 0.9). */
    private static List<DetectorEvidence> evidenceOf(double score) {
        Finding f = new Finding("pop", score, 10, 12, "an object appears from nothing"); //$NON-NLS-1$ //$NON-NLS-2$
        return List.of(new DetectorEvidence("artifacts", "Artifact analysis", 1.0, score, List.of(f), null, 0.1)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void defaultsSplitAtTheBenchsThresholds() {
        assertEquals(VerdictThresholds.DEFAULTS, VerdictThresholds.current());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(evidenceOf(0.7)).verdict());
        assertEquals(Verdict.GENERATED, VerdictRule.decide(evidenceOf(0.95)).verdict());
        assertEquals(Verdict.NOT_GENERATED, VerdictRule.decide(evidenceOf(0.3)).verdict());
    }

    @Test
    void aUsersThresholdsAreUsed() {
        user.put(VerdictThresholds.GENERATED_AT, "0.6"); //$NON-NLS-1$
        assertEquals(new VerdictThresholds(0.6, 0.5), VerdictThresholds.current());
        assertEquals(Verdict.GENERATED, VerdictRule.decide(evidenceOf(0.7)).verdict());
        user.put(VerdictThresholds.NOT_GENERATED_BELOW, "0.2"); //$NON-NLS-1$
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(evidenceOf(0.3)).verdict());
    }

    @Test
    void theAdministratorsThresholdsWinOverTheUsers() {
        user.put(VerdictThresholds.GENERATED_AT, "0.6"); //$NON-NLS-1$
        admin.put(VerdictThresholds.GENERATED_AT, "0.95"); //$NON-NLS-1$
        assertEquals(0.95, VerdictThresholds.current().generatedAt());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(evidenceOf(0.93)).verdict());
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
