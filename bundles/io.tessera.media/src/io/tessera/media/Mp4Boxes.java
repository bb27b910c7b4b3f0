package io.tessera.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the top-level boxes of MP4 files. Tessera keeps its signed provenance manifest in a top-level
 * {@code uuid} box after {@code moov}/{@code mdat}: appending there moves no sample offsets, so the file stays
 * playable. Also used to check a file's structure before FFmpeg sees it.
 */
public final class Mp4Boxes {
    private static final int MAX_BOXES = 100_000;

    private Mp4Boxes() {
    }

    /** True when the file starts like an ISO base media file (an ftyp box, or another known first box). */
    public static boolean looksLikeMp4(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() < 8) {
                return false;
            }
            ByteBuffer head = ByteBuffer.allocate(8);
            ch.read(head, 0);
            String type = new String(head.array(), 4, 4, StandardCharsets.ISO_8859_1);
            return type.equals("ftyp") || type.equals("moov") || type.equals("mdat") || type.equals("free") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    || type.equals("wide") || type.equals("styp"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The top-level boxes in order; a box that runs past the end of the file or a malformed header is an error. */
    public static List<Mp4Box> list(Path file) throws IOException {
        List<Mp4Box> boxes = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            if (length == 0) {
                throw new MediaFormatException(file, "the file is empty"); //$NON-NLS-1$
            }
            long pos = 0;
            ByteBuffer header = ByteBuffer.allocate(32);
            while (pos < length) {
                if (boxes.size() > MAX_BOXES) {
                    throw new MediaFormatException(file, "more than " + MAX_BOXES + " top-level boxes: not an MP4 file"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (length - pos < 8) {
                    throw new MediaFormatException(file, "truncated: " + (length - pos) + " stray bytes at offset " + pos); //$NON-NLS-1$ //$NON-NLS-2$
                }
                header.clear();
                ch.read(header, pos);
                header.flip();
                long size = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (!type.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                    throw new MediaFormatException(file, "not an MP4 file: no valid box at offset " + pos); //$NON-NLS-1$
                }
                int headerSize = 8;
                if (size == 1) {
                    if (header.limit() < 16) {
                        throw new MediaFormatException(file, "truncated box header at offset " + pos); //$NON-NLS-1$
                    }
                    size = header.getLong(8);
                    headerSize = 16;
                } else if (size == 0) {
                    size = length - pos;
                }
                byte[] userType = null;
                if (type.equals("uuid")) { //$NON-NLS-1$
                    if (header.limit() < headerSize + 16) {
                        throw new MediaFormatException(file, "truncated uuid box at offset " + pos); //$NON-NLS-1$
                    }
                    userType = Arrays.copyOfRange(header.array(), headerSize, headerSize + 16);
                    headerSize += 16;
                }
                if (size < headerSize) {
                    throw new MediaFormatException(file, "box '" + type + "' at offset " + pos + " has an impossible size " + size); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (pos + size > length) {
                    throw new MediaFormatException(file, "truncated: box '" + type + "' at offset " + pos + " needs " + size //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + " bytes but the file ends after " + (length - pos)); //$NON-NLS-1$
                }
                boxes.add(new Mp4Box(type, pos, size, headerSize, userType));
                pos += size;
            }
        }
        return boxes;
    }

    /** Checks the structure a playable MP4 needs: a movie header and media data, all boxes complete. */
    public static void checkPlayable(Path file) throws IOException {
        List<Mp4Box> boxes = list(file);
        if (boxes.stream().noneMatch(b -> b.type().equals("moov"))) { //$NON-NLS-1$
            throw new MediaFormatException(file, "no 'moov' box: the file is incomplete or not an MP4 movie"); //$NON-NLS-1$
        }
        if (boxes.stream().noneMatch(b -> b.type().equals("mdat"))) { //$NON-NLS-1$
            throw new MediaFormatException(file, "no 'mdat' box: the movie has no media data"); //$NON-NLS-1$
        }
    }

    public static byte[] read(Path file, Mp4Box box) throws IOException {
        if (box.payloadSize() > Integer.MAX_VALUE - 16) {
            throw new IOException(file + ": box '" + box.type() + "' is too large to read into memory"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) box.payloadSize());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining()) {
                if (ch.read(buffer, box.payloadOffset() + buffer.position()) < 0) {
                    throw new MediaFormatException(file, "box '" + box.type() + "' ends early"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return buffer.array();
    }

    public static Optional<byte[]> readUuidBox(Path file, byte[] userType) throws IOException {
        for (Mp4Box box : list(file)) {
            if (box.userType() != null && Arrays.equals(box.userType(), userType)) {
                return Optional.of(read(file, box));
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a top-level uuid box at the end of the file, replacing any box of the same user type. The new file
     * is written beside the old one and renamed over it, so a crash never leaves half a file.
     */
    public static void appendUuidBox(Path file, byte[] userType, byte[] payload) throws IOException {
        if (userType.length != 16) {
            throw new IllegalArgumentException("a uuid box's user type has 16 bytes, not " + userType.length); //$NON-NLS-1$
        }
        List<Mp4Box> boxes = list(file);
        Path temp = file.resolveSibling("." + file.getFileName() + ".box.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            for (Mp4Box box : boxes) {
                if (box.userType() != null && Arrays.equals(box.userType(), userType)) {
                    continue;
                }
                long done = 0;
                while (done < box.size()) {
                    done += in.transferTo(box.offset() + done, box.size() - done, out);
                }
            }
            ByteBuffer header = ByteBuffer.allocate(24);
            header.putInt(24 + payload.length).put("uuid".getBytes(StandardCharsets.ISO_8859_1)).put(userType).flip(); //$NON-NLS-1$
            out.write(header);
            out.write(ByteBuffer.wrap(payload));
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
