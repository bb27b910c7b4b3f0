package io.tessera.ui.internal.player;

import java.io.IOException;
import java.nio.file.Path;

import io.tessera.editor.render.MediaResolver;
import io.tessera.editor.render.RenderException;
import io.tessera.editor.render.TimelinePictures;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.Project;

/** Pictures the player shows, by frame number; used only on the player's decoding thread (sound: {@link SoundFeed}). */
public interface FrameSource extends AutoCloseable {
    long frameCount();

    int fps();

    VideoFrame frame(long n) throws IOException;

    @Override
    void close();

    /** A clip file: read forwards frame after frame, seeking only when asked for another place. */
    static FrameSource clip(Path file, long frames, int fps) throws IOException {
        Mp4VideoReader reader = Mp4VideoReader.open(file);
        return new FrameSource() {
            private long next;
            private VideoFrame last;

            @Override
            public long frameCount() {
                return frames > 0 ? frames : reader.info().frameCount();
            }

            @Override
            public int fps() {
                return fps > 0 ? fps : (int) Math.round(reader.info().fps());
            }

            @Override
            public VideoFrame frame(long n) throws IOException {
                if (n == next - 1 && last != null) {
                    return last;
                }
                if (n != next) {
                    reader.seekToFrame(n);
                }
                VideoFrame f = reader.nextFrame();
                next = n + 1;
                if (f != null) {
                    last = f;
                }
                return last;
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    /** The composited timeline of a copy of the project (so editing on does not race the decoder). */
    static FrameSource timeline(Project snapshot, Path projectFolder) throws RenderException {
        TimelinePictures pictures = new TimelinePictures(snapshot.getTimeline(), MediaResolver.relativeTo(projectFolder));
        return new FrameSource() {
            @Override
            public long frameCount() {
                return pictures.frameCount();
            }

            @Override
            public int fps() {
                return pictures.clock().fps();
            }

            @Override
            public VideoFrame frame(long n) throws IOException {
                return pictures.frame(Math.max(0, Math.min(n, frameCount() - 1)));
            }

            @Override
            public void close() {
                pictures.close();
            }
        };
    }
}
