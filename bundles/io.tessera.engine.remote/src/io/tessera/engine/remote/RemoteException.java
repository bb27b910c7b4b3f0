package io.tessera.engine.remote;

import java.io.IOException;

/**
 * A call to the remote server that failed. The message names the method and URL, the HTTP status when there was
 * one, and what the server said (its JSON error and the field it names).
 */
public final class RemoteException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    public RemoteException(String message, int status, String field, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.field = field;
    }

    /** The HTTP status, or 0 when no response came (connection refused, timeout). */
    public int status() {
        return status;
    }

    /** The request field the server refused, or null. */
    public String field() {
        return field;
    }

    /** The server refused what was asked (4xx other than authentication): the user's request, not the service, is wrong. */
    public boolean isBadRequest() {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404;
    }
}
