package io.tessera.watermark.provenance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import io.tessera.media.Mp4Box;
import io.tessera.media.Mp4Boxes;

/**
 * SHA-256 of an MP4's media data (every mdat box, in order) and of its container (every other top-level box,
 * headers included), both leaving out the manifest box itself. Two hashes, so a verifier can say which part
 * changed.
 */
public record MediaHashes(String mediaData, String container) {

    public static MediaHashes of(Path mp4) throws IOException {
        MessageDigest media = sha256();
        MessageDigest container = sha256();
        try (FileChannel in = FileChannel.open(mp4, StandardOpenOption.READ)) {
            for (Mp4Box box : Mp4Boxes.list(mp4)) {
                if (box.userType() != null && Arrays.equals(box.userType(), ManifestBox.USER_TYPE)) {
                    continue;
                }
                boolean mdat = box.type().equals("mdat"); //$NON-NLS-1$
                digest(in, mdat ? box.payloadOffset() : box.offset(), mdat ? box.payloadSize() : box.size(), mdat ? media : container);
            }
        }
        return new MediaHashes(HexFormat.of().formatHex(media.digest()), HexFormat.of().formatHex(container.digest()));
    }

    private static void digest(FileChannel in, long offset, long length, MessageDigest digest) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long done = 0;
        while (done < length) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), length - done));
            int read = in.read(buffer, offset + done);
            if (read < 0) {
                throw new IOException("the file ends inside a box"); //$NON-NLS-1$
            }
            buffer.flip();
            digest.update(buffer);
            done += read;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
