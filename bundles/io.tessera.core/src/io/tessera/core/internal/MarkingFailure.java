package io.tessera.core.internal;

import java.io.IOException;

import io.tessera.core.engine.GenerationException;

/** Carries a watermarker's failure out through the frame sink, so the engine is not blamed for it. */
public final class MarkingFailure extends IOException {
    private static final long serialVersionUID = 1L;

    MarkingFailure(GenerationException cause) {
        super(cause.getMessage(), cause);
    }

    public GenerationException generationException() {
        return (GenerationException) getCause();
    }
}
