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
 */
public record DetectorEvidence(String detectorId, String name, double weight, double score, List<Finding> findings, String error, double seconds) {

    public DetectorEvidence {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return error != null;
    }
}
