package io.tessera.core.watermark;

/**
 * What a watermarker read back.
 *
 * @param payload the recovered bits, or an empty array when nothing was found
 * @param confidence 0 (noise) .. 1 (certain)
 */
public record ExtractionResult(byte[] payload, double confidence) {
}
