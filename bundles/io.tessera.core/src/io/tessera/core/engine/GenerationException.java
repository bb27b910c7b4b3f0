package io.tessera.core.engine;

/** A generation that started and failed (CLI exit code 2). */
public class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
