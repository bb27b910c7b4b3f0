package io.tessera.watermark.provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import io.tessera.media.Mp4Boxes;

/** Where the signed manifest lives: a top-level MP4 {@code uuid} box with Tessera's user type, at the end of the file. */
public final class ManifestBox {
    /** d9a4c1f6-5b1e-4a57-9e0f-74657373726d ("tessrm"). */
    public static final byte[] USER_TYPE = java.util.HexFormat.of().parseHex("d9a4c1f65b1e4a579e0f746573737261"); //$NON-NLS-1$

    private ManifestBox() {
    }

    public static Optional<byte[]> read(Path mp4) throws IOException {
        return Mp4Boxes.readUuidBox(mp4, USER_TYPE);
    }

    public static void write(Path mp4, byte[] envelope) throws IOException {
        Mp4Boxes.appendUuidBox(mp4, USER_TYPE, envelope);
    }
}
