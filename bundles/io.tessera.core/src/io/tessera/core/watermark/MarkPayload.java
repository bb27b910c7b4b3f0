package io.tessera.core.watermark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 8 bytes core asks watermarkers to embed: a 40-bit asset id derived from everything that defines the frames
 * (so the same generation carries the same id and stays byte-reproducible) followed by a 24-bit id of the engine
 * and model.
 */
public final class MarkPayload {
    private MarkPayload() {
    }

    public static byte[] of(String assetIdentity, String modelIdentity) {
        long asset = digest(assetIdentity) >>> 24;
        long model = digest(modelIdentity) >>> 40;
        return ByteBuffer.allocate(8).putLong(asset << 24 | model).array();
    }

    private static long digest(String identity) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
