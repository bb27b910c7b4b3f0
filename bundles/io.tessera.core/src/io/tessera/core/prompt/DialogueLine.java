package io.tessera.core.prompt;

/**
 * One line of quoted speech found in a prompt. The speaker is kept as the prompt's own description words so the mixer
 * can match it to a scene object ("red circle") and so the audio generator gives the same character the same
 * voice in every shot.
 *
 * @param speaker normalised description words, lower case, without articles ("red circle", "big blue square", "voice"),
 *            or "" when the prompt names nobody; a speaker written short gets the fuller description the prompt gave
 *            it elsewhere when that is unambiguous ("the dot" after "a tiny white dot" is "tiny white dot")
 * @param text the quoted words, trimmed, punctuation kept (it shapes espeak's intonation)
 * @param verb the speech verb in its "-s" form: says, shouts, whispers, asks, sings, yells, calls, replies, ...
 * @param order 0-based position of the line in the prompt
 */
public record DialogueLine(String speaker, String text, String verb, int order) {

    public DialogueLine {
        speaker = speaker == null ? "" : speaker; //$NON-NLS-1$
        text = text == null ? "" : text; //$NON-NLS-1$
        verb = verb == null || verb.isBlank() ? "says" : verb; //$NON-NLS-1$
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0, got " + order); //$NON-NLS-1$
        }
    }

    /** Whether the prompt named who speaks. */
    public boolean hasSpeaker() {
        return !speaker.isEmpty();
    }
}
