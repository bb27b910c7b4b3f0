package io.tessera.engine.scene;

import java.util.List;

/** A prompt with words the scene language does not know; all of them are listed. */
public class SceneParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> unknownWords;

    public SceneParseException(String message, List<String> unknownWords) {
        super(message);
        this.unknownWords = List.copyOf(unknownWords);
    }

    public List<String> unknownWords() {
        return unknownWords;
    }
}
