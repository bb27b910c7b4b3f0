package io.tessera.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tessera.media.VideoFrame;

/** Small helpers for commands that read and rewrite media files. */
final class Inputs {
    private Inputs() {
    }

    static void requireFile(Path file) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw CliException.badInput(file + ": no such file"); //$NON-NLS-1$
        }
        if (!Files.isReadable(file)) {
            throw CliException.badInput(file + ": cannot be read"); //$NON-NLS-1$
        }
    }

    static String sha256(Path file) throws IOException {
        return io.tessera.media.FileHash.sha256(file);
    }

    /** H.264 4:2:0 needs even sizes: an odd last row or column is dropped. */
    static VideoFrame evenSize(VideoFrame frame) {
        int w = frame.width() & ~1;
        int h = frame.height() & ~1;
        if (w == frame.width() && h == frame.height()) {
            return frame;
        }
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            System.arraycopy(frame.rgb(), y * frame.width() * 3, rgb, y * w * 3, w * 3);
        }
        return new VideoFrame(w, h, rgb);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }
}
