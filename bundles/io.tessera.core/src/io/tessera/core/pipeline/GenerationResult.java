package io.tessera.core.pipeline;

import java.nio.file.Path;

/**
 * What a finished job made.
 *
 * @param output the MP4 written
 * @param engineId the engine that made it
 * @param engineVersion that engine's version
 * @param frames frames written
 * @param width frame width
 * @param height frame height
 * @param fps frame rate
 * @param sha256 hex digest of the output file
 * @param assetId id of the asset recorded in the project, or null when no project was given
 * @param elapsedSeconds wall-clock time of the job
 * @param marks what was marked and signed
 * @param sound what the sound stage did
 */
public record GenerationResult(Path output, String engineId, String engineVersion, int frames, int width, int height,
        int fps, String sha256, String assetId, double elapsedSeconds, MarkingResult marks, SoundResult sound) {

    public GenerationResult {
        sound = sound == null ? SoundResult.NONE : sound;
    }

    /** A result without sound. */
    public GenerationResult(Path output, String engineId, String engineVersion, int frames, int width, int height, int fps, String sha256,
            String assetId, double elapsedSeconds, MarkingResult marks) {
        this(output, engineId, engineVersion, frames, width, height, fps, sha256, assetId, elapsedSeconds, marks, SoundResult.NONE);
    }

    public double seconds() {
        return frames / (double) fps;
    }
}
