package io.tessera.core.pipeline;

import java.util.List;

/**
 * The marks a job applied.
 *
 * @param watermarkers ids of the watermarkers that marked the frames
 * @param payload hex of the invisible payload, or null when no invisible mark was applied
 * @param signingKey id of the key that signed the manifest, or null when nothing was signed
 */
public record MarkingResult(List<String> watermarkers, String payload, String signingKey) {
    public static final MarkingResult NONE = new MarkingResult(List.of(), null, null);

    public MarkingResult {
        watermarkers = List.copyOf(watermarkers);
    }
}
