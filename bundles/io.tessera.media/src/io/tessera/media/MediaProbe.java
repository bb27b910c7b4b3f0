package io.tessera.media;

import java.io.IOException;
import java.nio.file.Path;

/** Duration, frame rate, size and codecs of a media file. */
public final class MediaProbe {
    private MediaProbe() {
    }

    /** A container metadata tag of the file (Tessera records the prompt as "title"), or null. */
    public static String metadata(Path file, String key) throws IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(file, false)) {
            return reader.metadata(key);
        }
    }

    public static MediaInfo probe(Path file) throws IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(file, false)) {
            MediaInfo info = reader.info();
            if (info.frameCount() > 0 || info.videoCodec() == null) {
                return info;
            }
            // some containers do not store a frame count: count by decoding
            long frames = 0;
            while (reader.nextFrame() != null) {
                frames++;
            }
            return new MediaInfo(info.durationSeconds(), info.fps(), info.width(), info.height(), frames, info.videoCodec(),
                    info.audioCodec(), info.audioChannels(), info.sampleRate(), info.sizeBytes());
        }
    }
}
