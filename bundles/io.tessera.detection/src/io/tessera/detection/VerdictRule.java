package io.tessera.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.tessera.core.detect.Finding;

/**
 * How evidence becomes a verdict. A mark or a manifest proves generation on its own; their absence proves nothing,
 * since most generators add neither. Without one, the verdict rests on the pixel evidence: a detector's score is the
 * chance that at least one of its findings is real (findings taken as independent, repeats of one kind counted at most
 * three times), the detectors' scores are joined by their measured reliability ({@link PixelEvidence},
 * {@link Combination}), and two thresholds ({@link VerdictThresholds}: set from {@code tessera bench detect},
 * adjustable in the preferences) split generated, inconclusive and not generated.
 */
public final class VerdictRule {
    /** Kinds that prove generation on their own when their score reaches {@link #DECISIVE}. */
    public static final Set<String> DECISIVE_KINDS = Set.of("watermark", "manifest", "manifest-altered"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    public static final double DECISIVE = 0.99;
    /** Whether the finding proves generation on its own (a mark or manifest found). */
    public static boolean isDecisive(Finding f) {
        return DECISIVE_KINDS.contains(f.kind()) && f.score() >= DECISIVE;
    }

    /** Whether the finding is pixel evidence, weighed against the thresholds (anything but a mark or manifest). */
    public static boolean isPixelEvidence(Finding f) {
        return !DECISIVE_KINDS.contains(f.kind());
    }

    /** Findings below this are not reasons anyone should read. */
    static final double REASON_FLOOR = 0.3;

    /** The verdict, the combined score and the reasons. */
    public record Decision(Verdict verdict, double score, List<String> reasons) {
    }

    private VerdictRule() {
    }

    /** Findings of one kind that count: more of the same kind are one cause seen again, not new evidence. */
    static final int PER_KIND = 3;

    /**
     * One detector's score from its findings: within a kind, the strongest {@link #PER_KIND} joined as independent
     * chances; across kinds, the same.
     */
    public static double score(List<Finding> findings) {
        java.util.Map<String, List<Double>> byKind = new java.util.HashMap<>();
        for (Finding f : findings) {
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f.score());
        }
        double none = 1;
        for (List<Double> scores : byKind.values()) {
            scores.sort(Comparator.reverseOrder());
            for (int i = 0; i < Math.min(PER_KIND, scores.size()); i++) {
                none *= 1 - scores.get(i);
            }
        }
        return 1 - none;
    }

    /** The decision under the thresholds in force ({@link VerdictThresholds#current()}) and the shipped calibration. */
    public static Decision decide(List<DetectorEvidence> evidence) {
        return decide(evidence, VerdictThresholds.current());
    }

    public static Decision decide(List<DetectorEvidence> evidence, VerdictThresholds thresholds) {
        return decide(evidence, thresholds, Combination.shipped());
    }

    public static Decision decide(List<DetectorEvidence> evidence, VerdictThresholds thresholds, Combination combination) {
        List<Finding> decisive = new ArrayList<>();
        List<Finding> pixel = new ArrayList<>();
        for (DetectorEvidence e : evidence) {
            for (Finding f : e.failed() ? List.<Finding> of() : e.findings()) {
                if (isDecisive(f)) {
                    decisive.add(f);
                } else if (isPixelEvidence(f)) {
                    pixel.add(f);
                }
            }
        }
        PixelEvidence joined = PixelEvidence.join(evidence, combination);
        double combined = joined.score();
        List<String> reasons = new ArrayList<>();
        decisive.forEach(f -> reasons.add(f.message()));
        reasons.addAll(joined.reasons());
        pixel.stream().filter(f -> f.score() >= REASON_FLOOR).sorted(Comparator.comparingDouble(Finding::score).reversed()).limit(6)
                .forEach(f -> reasons.add(f.message()));
        if (!decisive.isEmpty()) {
            return new Decision(Verdict.GENERATED, Math.max(combined, decisive.stream().mapToDouble(Finding::score).max().orElse(1)), reasons);
        }
        if (combined >= thresholds.generatedAt()) {
            return new Decision(Verdict.GENERATED, combined, reasons);
        }
        if (combined < thresholds.notGeneratedBelow() && joined.complete()) {
            reasons.add(String.format(Locale.ROOT, "no watermark, no provenance manifest, and the picture behaves like real footage (evidence %.2f)", //$NON-NLS-1$
                    combined));
            return new Decision(Verdict.NOT_GENERATED, combined, reasons);
        }
        reasons.add(String.format(Locale.ROOT, "no mark or manifest, and the pixel evidence (%.2f) is between %.2f and %.2f", combined, //$NON-NLS-1$
                thresholds.notGeneratedBelow(), thresholds.generatedAt()));
        return new Decision(Verdict.INCONCLUSIVE, combined, reasons);
    }
}
