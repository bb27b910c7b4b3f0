package io.tessera.media;

/**
 * A top-level box of an ISO base media (MP4) file.
 *
 * @param type four-character type, e.g. moov
 * @param offset where the box starts in the file
 * @param size the whole box, header included
 * @param headerSize 8, 16 for 64-bit sizes, plus 16 for a uuid box's user type
 * @param userType the 16-byte user type of a uuid box, else null
 */
public record Mp4Box(String type, long offset, long size, int headerSize, byte[] userType) {

    public long payloadOffset() {
        return offset + headerSize;
    }

    public long payloadSize() {
        return size - headerSize;
    }
}
