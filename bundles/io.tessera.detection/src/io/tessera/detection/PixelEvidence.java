package io.tessera.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The detectors' pixel evidence joined into one calibrated score ({@link Combination}), with a sentence per detector
 * saying what it said and how much that counted.
 *
 * <p>A detector that is not available in this installation (it could not be loaded, or what it needs is not
 * installed: {@link DetectorEvidence#unavailable()}) is left out and the model fitted without it decides; the reasons
 * say so. A detector that failed on this file is different: the file may have been made to break it, so "not
 * generated" is then not given ({@link #complete()} is false). A detector the calibration does not know (a third
 * party's) was never measured, so it can only add evidence for generation: its weight times the log-odds of its score,
 * when that score is above one half. A weight of 0 leaves a detector out, and so does a mark or manifest found, which
 * decides alone.
 *
 * @param score the chance of generation, 0..1
 * @param complete whether every detector that should count did (a calibrated model was used and none failed on the file)
 * @param reasons what each detector said, in plain words, the strongest first
 */
record PixelEvidence(double score, boolean complete, List<String> reasons) {

    static PixelEvidence join(List<DetectorEvidence> evidence, Combination combination) {
        Map<String, DetectorEvidence> calibrated = new LinkedHashMap<>();
        List<DetectorEvidence> uncalibrated = new ArrayList<>();
        List<String> troubles = new ArrayList<>();
        boolean failedOnFile = false;
        for (DetectorEvidence e : evidence) {
            // a mark or manifest found decides on its own and is said once, as that (VerdictRule); weighed again here
            // it read as a third party's detector "never measured"
            if (e.weight() <= 0 || e.findings().stream().anyMatch(VerdictRule::isDecisive)) {
                continue;
            }
            if (e.unavailable()) {
                troubles.add(e.name() + " is not available in this installation (" + e.error() + "); the verdict rests on the other detectors"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (e.failed()) {
                failedOnFile = true;
                troubles.add(e.name() + " could not inspect the file: " + e.error()); //$NON-NLS-1$
            } else if (combination.known().contains(e.detectorId())) {
                calibrated.put(e.detectorId(), e);
            } else if (e.score() > 0.5) {
                uncalibrated.add(e);
            }
        }
        Optional<Combination.Model> model = combination.modelFor(calibrated.keySet());
        List<Said> said = new ArrayList<>();
        double z = 0;
        if (model.isPresent()) {
            Combination.Model m = model.get();
            z = m.intercept();
            for (int i = 0; i < m.detectors().size(); i++) {
                DetectorEvidence e = calibrated.get(m.detectors().get(i));
                double c = m.contribution(i, e.score());
                z += c;
                said.add(new Said(c, String.format(Locale.ROOT, "%s: %.0f %%, which %s", e.name(), 100 * e.score(), weight(c)))); //$NON-NLS-1$
            }
        } else {
            troubles.add(calibrated.isEmpty() ? "none of the calibrated pixel detectors (" + String.join(", ", combination.known()) + ") could run" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : "no calibration was fitted for the detectors " + calibrated.keySet() + " alone"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (DetectorEvidence e : uncalibrated) {
            double c = e.weight() * Combination.logit(e.score());
            z += c;
            said.add(new Said(c, String.format(Locale.ROOT, "%s: %.0f %%, which %s (its reliability was never measured: it can only add evidence)", //$NON-NLS-1$
                    e.name(), 100 * e.score(), weight(c))));
        }
        List<String> reasons = new ArrayList<>();
        said.stream().sorted(Comparator.comparingDouble((Said s) -> Math.abs(s.contribution())).reversed()).forEach(s -> reasons.add(s.sentence()));
        reasons.addAll(troubles);
        boolean anything = model.isPresent() || !uncalibrated.isEmpty();
        return new PixelEvidence(anything ? Combination.sigmoid(z) : 0, model.isPresent() && !failedOnFile, reasons);
    }

    /** A detector's share of the log-odds in words: a factor of e² ≈ 7 on the odds is strong, e^0.5 ≈ 1.6 is some. */
    private static String weight(double contribution) {
        if (contribution >= 2) {
            return "counts strongly for generated"; //$NON-NLS-1$
        }
        if (contribution >= 0.5) {
            return "counts for generated"; //$NON-NLS-1$
        }
        if (contribution > -0.5) {
            return "counts little either way"; //$NON-NLS-1$
        }
        if (contribution > -2) {
            return "counts against generated"; //$NON-NLS-1$
        }
        return "counts strongly against generated"; //$NON-NLS-1$
    }

    private record Said(double contribution, String sentence) {
    }
}
