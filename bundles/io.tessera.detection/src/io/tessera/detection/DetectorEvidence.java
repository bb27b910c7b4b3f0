package io.tessera.detection;

import java.util.List;

import io.tessera.core.detect.Finding;

/**
 * What one detector contributed.
 *
 * @param detectorId its id
 * @param name its name for people
 * @param weight its weight in the verdict
 * @param score its overall evidence of generation, 0..1
 * @param findings what it noticed, strongest first
 * @param error why it could not inspect the file, or null
 * @param seconds how long it took
 * @param unavailable whether it cannot run in this installation at all (not loadable, or what it needs is not
 *        installed), as opposed to failing on this file: the verdict then rests on the other detectors
 */
public record DetectorEvidence(String detectorId, String name, double weight, double score, List<Finding> findings, String error, double seconds,
        boolean unavailable) {

    public DetectorEvidence {
        findings = List.copyOf(findings);
        if (unavailable && error == null) {
            throw new IllegalArgumentException("an unavailable detector says why"); //$NON-NLS-1$
        }
    }

    /** Evidence of a detector that ran, or failed on this file ({@code error} not null). */
    public DetectorEvidence(String detectorId, String name, double weight, double score, List<Finding> findings, String error, double seconds) {
        this(detectorId, name, weight, score, findings, error, seconds, false);
    }

    public boolean failed() {
        return error != null;
    }
}
