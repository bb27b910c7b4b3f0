package io.tessera.core.watermark;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What made a file, as the manifest records it.
 *
 * @param action created, edited, extended, watermarked or signed
 * @param engineId the engine, or null when no engine made the frames
 * @param engineVersion its version
 * @param modelHash SHA-256 of the model weights, or null
 * @param prompt the prompt, or null
 * @param seed the seed, or null
 * @param settings further settings (size, fps, steps ...)
 * @param parents files this one was made from
 * @param payload hex of the invisible mark's payload, or null when there is none
 * @param created when
 */
public record Provenance(String action, String engineId, String engineVersion, String modelHash, String prompt, Long seed,
        Map<String, Object> settings, List<Parent> parents, String payload, Instant created) {

    public Provenance {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** A file this one was made from: its name and SHA-256. */
    public record Parent(String file, String sha256) {
    }
}
