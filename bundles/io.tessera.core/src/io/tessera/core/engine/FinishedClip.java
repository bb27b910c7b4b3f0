package io.tessera.core.engine;

import java.util.List;

/**
 * What a {@link FinishedClipEngine} says about the file it delivered, as the pipeline that made it reported.
 *
 * @param frames frames in the file
 * @param engineVersion the engine (and model) that made the frames, recorded in the project
 * @param watermarkers ids of the watermarkers that marked it
 * @param payload hex of the invisible payload, or null when unmarked
 * @param signingKey id of the key that signed its manifest, or null when unsigned
 * @param soundGenerator the audio generator that made its track, or null when silent
 * @param soundWarnings what the sound stage reported
 */
public record FinishedClip(int frames, String engineVersion, List<String> watermarkers, String payload, String signingKey,
        String soundGenerator, List<String> soundWarnings) {

    public FinishedClip {
        watermarkers = List.copyOf(watermarkers);
        soundWarnings = List.copyOf(soundWarnings);
    }
}
