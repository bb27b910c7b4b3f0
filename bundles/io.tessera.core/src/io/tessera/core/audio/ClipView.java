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
}
