package io.tessera.audio;

import java.util.List;
import java.util.Map;

import io.tessera.audio.analysis.SceneAnalysis;
import io.tessera.audio.mix.LoudnessNormalizer;

/**
 * The sound designed for a clip: the final stereo mix and the stems it was made from, with what was placed where.
 *
 * @param sampleRate   samples per second
 * @param mix          interleaved stereo, normalised
 * @param stems        stem name → interleaved stereo before the mix gains (foley, motion, ambience, speech)
 * @param loudness     what normalisation measured and did
 * @param analysis     what the pictures showed
 * @param settings     the ambience chosen for each shot
 * @param lines        dialogue as placed
 * @param mouths       speaker → mouth-open value per video frame (0..1), for lip-sync
 * @param warnings     what could not be done as asked (e.g. no speech engine), in plain words
 */
public record Soundtrack(int sampleRate, float[] mix, Map<String, float[]> stems, LoudnessNormalizer.Result loudness, SceneAnalysis analysis,
        List<String> settings, List<PlacedLine> lines, Map<String, float[]> mouths, List<String> warnings) {

    /** One line of dialogue in the track. */
    public record PlacedLine(String speaker, String text, double startSeconds, double endSeconds, int track) {
    }

    public int frames() {
        return mix.length / 2;
    }
}
