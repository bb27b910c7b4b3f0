package io.tessera.core.engine;

import java.io.IOException;

import io.tessera.media.VideoFrame;

/**
 * Where an engine streams its frames. Engines call {@link #open} once, then {@link #accept} for every frame in
 * order; they never hold the whole clip. Closing is the caller's business.
 */
public interface FrameSink {

    void open(VideoFormat format) throws IOException;

    void accept(VideoFrame frame) throws IOException;
}
