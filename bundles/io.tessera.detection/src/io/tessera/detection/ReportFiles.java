package io.tessera.detection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Reports and summaries appear whole or not at all, readable by others as any file the user writes. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes {@code text} next to {@code file} under a hidden name, then renames it into place. Unlike a JDK temporary
     * file (owner-only), the result gets the user's usual permissions: reports are made to be passed on.
     */
    public static void writeAtomically(Path file, CharSequence text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = parent.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
