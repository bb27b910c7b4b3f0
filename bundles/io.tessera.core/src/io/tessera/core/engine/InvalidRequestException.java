package io.tessera.core.engine;

/** The request itself is wrong: a setting out of range, words the engine does not understand (CLI exit code 1). */
public class InvalidRequestException extends GenerationException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
