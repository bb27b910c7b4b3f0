package io.tessera.core.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.tessera.core.audio.ClipView;
import io.tessera.core.engine.VideoFormat;
import io.tessera.media.MediaInfo;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/** A clip read from a video file, decoded one frame at a time. */
public final class FileClipView implements ClipView, AutoCloseable {
    private final Path file;
    private final Mp4VideoReader reader;
    private final VideoFormat format;
    private final long seed;

    public FileClipView(Path file, long seed) throws IOException {
        this.file = file;
        this.seed = seed;
        this.reader = Mp4VideoReader.open(file);
        MediaInfo info = reader.info();
        int fps = (int) Math.max(1, Math.round(info.fps()));
        long frames = info.frameCount() > 0 ? info.frameCount() : Math.round(info.durationSeconds() * info.fps());
        this.format = new VideoFormat(info.width(), info.height(), fps, (int) Math.max(1, frames));
    }

    @Override
    public VideoFormat format() {
        return format;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public VideoFrame nextFrame() throws IOException {
        return reader.nextFrame();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public void close() {
        reader.close();
    }
}
