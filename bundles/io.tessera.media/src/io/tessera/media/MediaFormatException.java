package io.tessera.media;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not the media it claims to be, or is broken: the message names the file and the problem. */
public class MediaFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public MediaFormatException(Path file, String problem) {
        super(file + ": " + problem); //$NON-NLS-1$
    }

    public MediaFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause); //$NON-NLS-1$
    }
}
