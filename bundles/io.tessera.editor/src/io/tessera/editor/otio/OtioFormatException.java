package io.tessera.editor.otio;

/**
 * An OpenTimelineIO document that cannot be read or imported: an unknown schema or version, a value of the wrong
 * type, or a timeline that does not fit Tessera's model (negative durations, a transition longer than a clip next
 * to it, two transitions on one cut). The message names the file, where in it the problem is (a JSON path such as
 * {@code tracks.children[0].children[3]}) and what was found there.
 */
public class OtioFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;

    public OtioFormatException(String location, String message) {
        super(location == null || location.isEmpty() ? message : location + ": " + message); //$NON-NLS-1$
        this.location = location == null ? "" : location; //$NON-NLS-1$
    }

    private OtioFormatException(String source, OtioFormatException cause) {
        super(source + ": " + cause.getMessage(), cause); //$NON-NLS-1$
        this.location = cause.location;
    }

    /** The same problem, its message prefixed with the file (or other source) it was found in. */
    public OtioFormatException in(String source) {
        return new OtioFormatException(source, this);
    }

    /** Where in the document: a path of JSON keys and indexes, empty for the document itself. */
    public String location() {
        return location;
    }
}
