package io.tessera.core.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.tessera.core.engine.GenerationException;
import io.tessera.media.FileHash;

/** SHA-256 of a file the pipeline wrote or read, failures as generation failures. */
public final class FileDigest {
    private FileDigest() {
    }

    public static String sha256(Path file) throws GenerationException {
        try {
            return FileHash.sha256(file);
        } catch (IOException e) {
            throw new GenerationException("could not read back " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
