package io.tessera.audio.mix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Minimal RIFF/WAVE reader and writer, written by hand so the output is always the plain 44-byte canonical header
 * every tool reads, the reader accepts the float and extensible files other tools write, and errors name the
 * file. Writing is atomic:
 * a crash or a full disk leaves the old file or none, never half a soundtrack that a later mux would pick up.
 */
public final class WavFile {
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    private static final int HEADER_BYTES = 44;
    private static final int WRITE_BUFFER_FRAMES = 16_384;

    private WavFile() {
    }

    /** Decoded samples in [-1, 1), interleaved. */
    public record Audio(float[] interleaved, int channels, int sampleRate) {
    }

    /**
     * Writes 16-bit PCM. Plain rounding without dither keeps the output a pure function of the input, which
     * reproducible builds of a project need; values beyond full scale are clipped rather than wrapped.
     */
    public static void write(Path file, float[] interleaved, int channels, int sampleRate) throws IOException {
        if (channels < 1 || channels > 0xFFFF || interleaved.length % channels != 0) {
            throw new IllegalArgumentException("buffer of " + interleaved.length + " samples does not hold whole frames of " //$NON-NLS-1$ //$NON-NLS-2$
                    + channels + " channels"); //$NON-NLS-1$
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate); //$NON-NLS-1$
        }
        long dataBytes = 2L * interleaved.length;
        if (dataBytes > UNKNOWN_SIZE - HEADER_BYTES) {
            throw new IOException(file + ": " + interleaved.length + " samples do not fit in a WAV file"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path target = file.toAbsolutePath();
        Path tmp = createTemp(target);
        boolean moved = false;
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                writeFully(out, header(channels, sampleRate, dataBytes));
                ByteBuffer buf = ByteBuffer.allocate(WRITE_BUFFER_FRAMES * 2 * channels).order(ByteOrder.LITTLE_ENDIAN);
                for (float v : interleaved) {
                    if (!buf.hasRemaining()) {
                        writeFully(out, buf.flip());
                        buf.clear();
                    }
                    buf.putShort(toPcm16(v));
                }
                writeFully(out, buf.flip());
                out.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Created with CREATE_NEW rather than Files.createTempFile, which would leave the final file readable by its owner only. */
    private static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"); //$NON-NLS-1$
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static ByteBuffer header(int channels, int sampleRate, long dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        h.putInt((int) (36 + dataBytes));
        h.put("WAVE".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        h.put("fmt ".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        h.putInt(16);
        h.putShort((short) FORMAT_PCM);
        h.putShort((short) channels);
        h.putInt(sampleRate);
        h.putInt((int) ((long) sampleRate * channels * 2));
        h.putShort((short) (channels * 2));
        h.putShort((short) 16);
        h.put("data".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        h.putInt((int) dataBytes);
        return h.flip();
    }

    private static short toPcm16(float v) {
        long s = Math.round(v * 32768.0);
        return (short) Math.max(-32768, Math.min(32767, s));
    }

    private static void writeFully(FileChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }

    /** Reads 8/16/24/32-bit integer PCM and 32/64-bit float WAV, including WAVE_FORMAT_EXTENSIBLE headers. */
    public static Audio read(Path file) throws IOException {
        if (Files.size(file) > Integer.MAX_VALUE - 8) {
            throw new IOException(file + ": too large to load (" + Files.size(file) + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IOException(file + ": not a WAV file (no RIFF/WAVE header)"); //$NON-NLS-1$
        }
        int format = -1, channels = 0, sampleRate = 0, blockAlign = 0, bits = 0;
        long dataOffset = -1, dataLength = 0;
        long pos = 12;
        while (pos + 8 <= bytes.length && (format < 0 || dataOffset < 0)) {
            int at = (int) pos;
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            long body = pos + 8;
            if (tag(bytes, at, "fmt ")) { //$NON-NLS-1$
                if (size < 16 || body + size > bytes.length) {
                    throw new IOException(file + ": corrupt WAV file (fmt chunk of " + size + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                int f = (int) body;
                format = Short.toUnsignedInt(b.getShort(f));
                channels = Short.toUnsignedInt(b.getShort(f + 2));
                sampleRate = b.getInt(f + 4);
                blockAlign = Short.toUnsignedInt(b.getShort(f + 12));
                bits = Short.toUnsignedInt(b.getShort(f + 14));
                if (format == FORMAT_EXTENSIBLE && size >= 40) {
                    format = Short.toUnsignedInt(b.getShort(f + 24));
                }
            } else if (tag(bytes, at, "data")) { //$NON-NLS-1$
                long available = bytes.length - body;
                if (size > available && size != UNKNOWN_SIZE) {
                    throw new IOException(file + ": truncated WAV file (data chunk declares " + size + " bytes, " //$NON-NLS-1$ //$NON-NLS-2$
                            + available + " present)"); //$NON-NLS-1$
                }
                dataOffset = body;
                dataLength = Math.min(size, available);
            }
            pos = body + size + (size & 1);
        }
        if (format < 0 || dataOffset < 0) {
            throw new IOException(file + ": corrupt WAV file (" + (format < 0 ? "no fmt chunk" : "no data chunk") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        int bytesPerSample = (bits + 7) / 8;
        boolean supported = format == FORMAT_PCM && bits >= 8 && bits <= 32 && bits % 8 == 0
                || format == FORMAT_FLOAT && (bits == 32 || bits == 64);
        if (!supported) {
            throw new IOException(file + ": unsupported WAV encoding (format tag " + format + ", " + bits + " bits)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (channels < 1 || sampleRate <= 0 || blockAlign != channels * bytesPerSample) {
            throw new IOException(file + ": corrupt WAV file (" + channels + " channels, " + sampleRate + " Hz, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + blockAlign + "-byte frames)"); //$NON-NLS-1$
        }
        long frames = dataLength / blockAlign;
        if (frames * channels > Integer.MAX_VALUE - 8) {
            throw new IOException(file + ": too long to load (" + frames + " frames)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        float[] out = new float[(int) (frames * channels)];
        decode(b, (int) dataOffset, format, bits, out);
        return new Audio(out, channels, sampleRate);
    }

    private static void decode(ByteBuffer b, int offset, int format, int bits, float[] out) {
        int p = offset;
        for (int i = 0; i < out.length; i++) {
            if (format == FORMAT_FLOAT) {
                out[i] = bits == 32 ? b.getFloat(p) : (float) b.getDouble(p);
            } else {
                out[i] = switch (bits) {
                    case 8 -> ((b.get(p) & 0xFF) - 128) / 128.0f;
                    case 16 -> b.getShort(p) / 32768.0f;
                    case 24 -> ((b.get(p) & 0xFF) | (b.get(p + 1) & 0xFF) << 8 | b.get(p + 2) << 16) / 8388608.0f;
                    default -> (float) (b.getInt(p) / 2147483648.0);
                };
            }
            p += bits / 8;
        }
    }

    private static boolean tag(byte[] bytes, int at, String id) {
        for (int i = 0; i < 4; i++) {
            if (bytes[at + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
