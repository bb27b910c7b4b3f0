package io.tessera.core.pipeline;

import java.util.List;

/**
 * What the sound stage did.
 *
 * @param generatorId the audio generator that made the track, or null when the clip has none
 * @param warnings    what went wrong or was left out, in plain words (a failing generator is reported here, the
 *                    picture is kept)
 */
public record SoundResult(String generatorId, List<String> warnings) {
    public static final SoundResult NONE = new SoundResult(null, List.of());

    public SoundResult {
        warnings = List.copyOf(warnings);
    }

    public boolean hasSound() {
        return generatorId != null;
    }
}
