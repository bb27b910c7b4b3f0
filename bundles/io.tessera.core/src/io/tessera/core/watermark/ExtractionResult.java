package io.tessera.core.watermark;

import java.util.Map;

/**
 * What a watermarker read back.
 *
 * @param payload the recovered bits, or an empty array when nothing was found
 * @param confidence 0 (noise) .. 1 (certain); for a statistical mark, 1 minus the p-value against "no mark"
 * @param details further measurements to show people (p-value, bit accuracy, frames read ...), in order
 */
public record ExtractionResult(byte[] payload, double confidence, Map<String, Object> details) {

    public ExtractionResult {
        payload = payload.clone();
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    public ExtractionResult(byte[] payload, double confidence) {
        this(payload, confidence, Map.of());
    }

    /** Whether a payload was found. */
    public boolean found() {
        return payload.length > 0;
    }
}
