package io.tessera.editor;

/** An edit that cannot be made as asked; the message says which item and why. The model is left unchanged. */
public class EditException extends Exception {
    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }

    public EditException(String message, Throwable cause) {
        super(message, cause);
    }
}
