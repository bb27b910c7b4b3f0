package io.tessera.core.detect;

/**
 * One thing a detector noticed.
 *
 * @param kind short machine-readable kind, e.g. {@code watermark}, {@code flicker}
 * @param score 0 (no evidence of generation) .. 1 (strong evidence)
 * @param startFrame first frame concerned, -1 for the whole file
 * @param endFrame last frame concerned, -1 for the whole file
 * @param message a sentence for people
 */
public record Finding(String kind, double score, long startFrame, long endFrame, String message) {
}
