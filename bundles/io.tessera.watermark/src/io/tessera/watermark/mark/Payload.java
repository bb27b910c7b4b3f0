package io.tessera.watermark.mark;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The 64 bits the invisible mark carries: a 40-bit asset id (which clip) and a 24-bit model id (what made it).
 * On the wire it is followed by a 32-bit check code (CRC-32), so a payload read from noise is accepted with
 * probability 2^-32: rare enough that a payload whose check matches is, on its own, proof of the mark.
 */
public record Payload(long assetId, int modelId) {
    public static final int BITS = 64;
    static final int CHECK_BITS = 32;
    static final int MESSAGE_BITS = BITS + CHECK_BITS;

    public Payload {
        if (assetId < 0 || assetId >= 1L << 40) {
            throw new IllegalArgumentException("asset id must fit in 40 bits: " + assetId); //$NON-NLS-1$
        }
        if (modelId < 0 || modelId >= 1 << 24) {
            throw new IllegalArgumentException("model id must fit in 24 bits: " + modelId); //$NON-NLS-1$
        }
    }

    public static Payload fromBytes(byte[] bytes) {
        if (bytes.length != 8) {
            throw new IllegalArgumentException("a payload has 8 bytes, not " + bytes.length); //$NON-NLS-1$
        }
        long v = ByteBuffer.wrap(bytes).getLong();
        return new Payload(v >>> 24, (int) (v & 0xFFFFFF));
    }

    public static Payload fromHex(String hex) {
        return fromBytes(HexFormat.of().parseHex(hex));
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(8).putLong(assetId << 24 | modelId).array();
    }

    /** The 64 bits as one number: asset id above model id. */
    public long bits() {
        return assetId << 24 | modelId;
    }

    public String hex() {
        return HexFormat.of().formatHex(toBytes());
    }

    /** Payload bits followed by the check code, most significant bit first. */
    boolean[] message() {
        byte[] bytes = toBytes();
        boolean[] bits = new boolean[MESSAGE_BITS];
        long value = ByteBuffer.wrap(bytes).getLong();
        for (int i = 0; i < BITS; i++) {
            bits[i] = (value >>> (BITS - 1 - i) & 1) == 1;
        }
        int check = check(bytes);
        for (int i = 0; i < CHECK_BITS; i++) {
            bits[BITS + i] = (check >>> (CHECK_BITS - 1 - i) & 1) == 1;
        }
        return bits;
    }

    /** The 64 payload bits of a decoded message, checked or not. */
    static long rawBits(boolean[] bits) {
        long value = 0;
        for (int i = 0; i < BITS; i++) {
            value = value << 1 | (bits[i] ? 1 : 0);
        }
        return value;
    }

    /** The payload of a decoded message, or null when its check code does not match. */
    static Payload ofMessage(boolean[] bits) {
        long value = 0;
        for (int i = 0; i < BITS; i++) {
            value = value << 1 | (bits[i] ? 1 : 0);
        }
        int check = 0;
        for (int i = 0; i < CHECK_BITS; i++) {
            check = check << 1 | (bits[BITS + i] ? 1 : 0);
        }
        byte[] bytes = ByteBuffer.allocate(8).putLong(value).array();
        return check(bytes) == check ? fromBytes(bytes) : null;
    }

    private static int check(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
