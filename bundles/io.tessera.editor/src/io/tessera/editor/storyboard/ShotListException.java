package io.tessera.editor.storyboard;

/** A shot list that cannot be read: the message names the file, the shot and the field. */
public final class ShotListException extends Exception {
    private static final long serialVersionUID = 1L;

    public ShotListException(String message) {
        super(message);
    }

    public ShotListException(String message, Throwable cause) {
        super(message, cause);
    }
}
