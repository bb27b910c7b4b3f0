package io.tessera.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.VideoFormat;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;

/**
 * Streams an engine's frames straight into an MP4 encoder, checking that the engine keeps to the format it asked
 * for: a misbehaving engine is stopped at the first wrong frame instead of producing a corrupt file.
 */
public final class EncodingFrameSink implements FrameSink, AutoCloseable {
    private final Path file;
    private final GenerationRequest request;
    private final Map<String, String> metadata;
    private final FrameMarkers markers;
    private Mp4VideoWriter writer;
    private VideoFormat format;
    private int frames;

    public EncodingFrameSink(Path file, GenerationRequest request, Map<String, String> metadata, FrameMarkers markers) {
        this.file = file;
        this.request = request;
        this.metadata = metadata;
        this.markers = markers;
    }

    @Override
    public void open(VideoFormat announced) throws IOException {
        if (writer != null) {
            throw new IllegalStateException("the engine opened the frame sink twice"); //$NON-NLS-1$
        }
        if (announced.width() != request.width() || announced.height() != request.height() || announced.fps() != request.fps()) {
            throw new IllegalStateException("the engine announced " + announced + " but " + request.width() + "x" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + request.height() + " at " + request.fps() + " fps was asked for"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.format = announced;
        this.writer = Mp4VideoWriter.open(file,
                new VideoSettings(announced.width(), announced.height(), announced.fps(), 0, 0, 0, metadata));
    }

    @Override
    public void accept(VideoFrame frame) throws IOException {
        if (writer == null) {
            throw new IllegalStateException("the engine sent a frame before opening the frame sink"); //$NON-NLS-1$
        }
        if (frame.width() != format.width() || frame.height() != format.height()) {
            throw new IllegalStateException("the engine sent a " + frame.width() + "x" + frame.height() //$NON-NLS-1$ //$NON-NLS-2$
                    + " frame into a " + format.width() + "x" + format.height() + " clip"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        try {
            writer.writeFrame(markers.mark(frame, frames));
        } catch (io.tessera.core.engine.GenerationException e) {
            throw new MarkingFailure(e);
        }
        frames++;
    }

    public int framesWritten() {
        return frames;
    }

    /** Flushes the encoder and completes the file; only a finished sink is a valid MP4. */
    public void finish() throws IOException {
        if (writer != null) {
            Mp4VideoWriter w = writer;
            writer = null;
            w.close();
        }
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
