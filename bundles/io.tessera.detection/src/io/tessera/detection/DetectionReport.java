package io.tessera.detection;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the detectors concluded about one file.
 *
 * @param file the file
 * @param sha256 its SHA-256
 * @param verdict generated / not generated / inconclusive
 * @param score the combined evidence of generation, 0..1
 * @param reasons the verdict's reasons in plain words, most telling first
 * @param evidence per detector
 * @param width frame width
 * @param height frame height
 * @param fps frame rate
 * @param frames frames in the file
 * @param created when the report was made
 */
public record DetectionReport(Path file, String sha256, Verdict verdict, double score, List<String> reasons, List<DetectorEvidence> evidence,
        int width, int height, double fps, long frames, Instant created) {

    public DetectionReport {
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }
}
