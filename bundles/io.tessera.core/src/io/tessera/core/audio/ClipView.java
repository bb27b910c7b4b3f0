package io.tessera.core.audio;

import java.io.IOException;
import java.nio.file.Path;

import io.tessera.core.engine.VideoFormat;
import io.tessera.media.VideoFrame;

/** Read access to a clip an audio generator scores: its format, and its frames in order, one at a time. */
public interface ClipView {

    VideoFormat format();

    /** The clip's file, when it has one. */
    Path file();

    /** The next frame, or null after the last one. */
    VideoFrame nextFrame() throws IOException;

    /**
     * The seed every random choice of the sound should come from: the generation's seed for a clip Tessera just made,
     * otherwise one the caller chose. The same clip, prompt and seed must give the same sound.
     *
     * @since 0.1.0
     */
    default long seed() {
        return 0;
    }
}
