package io.tessera.editor.render;

/**
 * A render that could not be made. {@link #isBadInput()} tells a problem with the timeline or its media (the
 * message names the item or file) from a failure while working.
 */
public class RenderException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    public RenderException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    public RenderException(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    public boolean isBadInput() {
        return badInput;
    }
}
