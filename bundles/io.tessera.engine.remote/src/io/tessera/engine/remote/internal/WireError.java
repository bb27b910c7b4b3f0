package io.tessera.engine.remote.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP error the server answers with, as {@code {"error": message, "field": field, "status": status}}. */
public final class WireError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    public WireError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static WireError badRequest(String field, String message) {
        return new WireError(400, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public ObjectNode json() {
        ObjectNode o = WireFormat.MAPPER.createObjectNode().put("error", getMessage()).put("status", status); //$NON-NLS-1$ //$NON-NLS-2$
        if (field != null) {
            o.put("field", field); //$NON-NLS-1$
        }
        return o;
    }
}
