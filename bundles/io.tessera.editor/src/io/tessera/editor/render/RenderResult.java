package io.tessera.editor.render;

import java.nio.file.Path;
import java.util.List;

import io.tessera.core.watermark.Provenance;

/**
 * What a render wrote.
 *
 * @param payloadHex the invisible mark's payload, or null when unmarked
 * @param signingKey id of the key that signed the manifest, or null
 * @param parents the media the render was cut from, as the manifest records them
 * @param warnings what was left out (a broken effect, a missing operation) with the reason
 */
public record RenderResult(Path output, long frames, int width, int height, int fps, double seconds, String sha256,
        String payloadHex, String signingKey, List<Provenance.Parent> parents, List<String> warnings, double elapsedSeconds) {
}
