package io.tessera.model.store;

/** A project file that cannot be read or written; the message names the file, and the line when it is known. */
public class ProjectStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectStoreException(String message) {
        super(message);
    }

    public ProjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
