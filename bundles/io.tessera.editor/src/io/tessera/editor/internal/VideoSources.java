package io.tessera.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.tessera.media.MediaInfo;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * Decoders for the pictures a render needs, opened when an item starts to show and closed soon after it stops, so
 * memory depends on how many items show at once, never on the length of the timeline. A decoder serves one file
 * going forward; when two items of one file show together (a transition between two halves of a split clip) each
 * gets its own. Pictures come out at the render's size: FFmpeg scales, letterboxed when the aspect differs.
 * <p>
 * Each decoder runs on its own thread a few pictures ahead of the render, so decoding overlaps compositing and
 * encoding; {@link #prepare} starts one before its item shows, so the first pictures are ready when needed.
 */
public final class VideoSources implements AutoCloseable {
    /** Forward gaps up to this many pictures are decoded through; longer ones seek. */
    private static final int SEEK_AFTER = 48;
    private final int width;
    private final int height;
    private final List<Source> open = new ArrayList<>();

    public VideoSources(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Picture {@code index} of the file (held at its last picture past the end), for output frame {@code now}. */
    public VideoFrame frame(Path file, MediaInfo info, long index, long now) throws IOException {
        long wanted = clamp(index, info);
        Source best = null;
        for (Source s : open) {
            if (s.file.equals(file) && s.canServe(wanted) && (best == null || s.next > best.next)) {
                best = s;
            }
        }
        if (best == null) {
            best = new Source(file, info, width, height);
            open.add(best);
            if (wanted > SEEK_AFTER) {
                best.seek(wanted);
            } else {
                best.start();
            }
        } else if (wanted - best.next > SEEK_AFTER) {
            best.seek(wanted);
        }
        best.lastUsed = now;
        return best.get(wanted);
    }

    /** Opens a decoder for picture {@code index} that an item will ask for at output frame {@code when}. */
    public void prepare(Path file, MediaInfo info, long index, long when) throws IOException {
        long wanted = clamp(index, info);
        for (Source s : open) {
            if (s.file.equals(file) && s.next == wanted) {
                return;
            }
        }
        Source s = new Source(file, info, width, height);
        open.add(s);
        if (wanted > 0) {
            s.seek(wanted);
        } else {
            s.start();
        }
        s.lastUsed = when;
    }

    private static long clamp(long index, MediaInfo info) {
        long wanted = Math.max(0, index);
        return info.frameCount() > 0 ? Math.min(wanted, info.frameCount() - 1) : wanted;
    }

    /** Closes decoders no item asked for since output frame {@code now - 1}. */
    public void sweep(long now) {
        for (Iterator<Source> it = open.iterator(); it.hasNext();) {
            Source s = it.next();
            if (s.lastUsed < now - 1) {
                s.close();
                it.remove();
            }
        }
    }

    public int openDecoders() {
        return open.size();
    }

    @Override
    public void close() {
        open.forEach(Source::close);
        open.clear();
    }

    private static final class Source {
        final Path file;
        final Mp4VideoReader reader;
        final int width;
        final int height;
        final int scaledWidth;
        final int scaledHeight;
        long next;
        VideoFrame last;
        long lastUsed;
        Prefetch ahead;

        Source(Path file, MediaInfo info, int width, int height) throws IOException {
            this.file = file;
            this.width = width;
            this.height = height;
            double scale = Math.min((double) width / info.width(), (double) height / info.height());
            int sw = Math.min(width, Math.max(2, (int) Math.round(info.width() * scale / 2) * 2));
            int sh = Math.min(height, Math.max(2, (int) Math.round(info.height() * scale / 2) * 2));
            if (Math.abs(sw - width) <= 2 && Math.abs(sh - height) <= 2) {
                sw = width;
                sh = height;
            }
            this.scaledWidth = sw;
            this.scaledHeight = sh;
            boolean native_ = sw == info.width() && sh == info.height();
            this.reader = native_ ? Mp4VideoReader.open(file) : Mp4VideoReader.open(file, sw, sh);
        }

        boolean canServe(long index) {
            return index >= next || last != null && index == next - 1;
        }

        /** Starts decoding ahead from where the reader is. */
        void start() {
            ahead = new Prefetch(reader, this::fit);
        }

        void seek(long index) throws IOException {
            stop();
            reader.seekToFrame(index);
            next = index;
            last = null;
            start();
        }

        VideoFrame get(long index) throws IOException {
            if (ahead == null) {
                start();
            }
            while (next <= index) {
                VideoFrame f = ahead.take();
                if (f == null) {
                    // past the last picture: hold it, as editors do for a clip that runs short
                    break;
                }
                last = f;
                next++;
            }
            return last != null ? last : VideoFrame.blank(width, height);
        }

        private void stop() {
            if (ahead != null) {
                ahead.stop();
                ahead = null;
            }
        }

        void close() {
            stop();
            reader.close();
        }

        VideoFrame fit(VideoFrame f) {
            if (f.width() == width && f.height() == height) {
                return f;
            }
            byte[] out = new byte[width * height * 3];
            int w = Math.min(width, f.width());
            int h = Math.min(height, f.height());
            int x0 = (width - w) / 2;
            int y0 = (height - h) / 2;
            byte[] src = f.rgb();
            for (int y = 0; y < h; y++) {
                System.arraycopy(src, y * f.width() * 3, out, ((y0 + y) * width + x0) * 3, w * 3);
            }
            return new VideoFrame(width, height, out);
        }
    }

    /**
     * A thread that decodes the next few pictures into a short queue. It is the only user of its reader until
     * {@link #stop()} returns; decoding errors are handed to the taker, not lost.
     */
    private static final class Prefetch {
        private static final int DEPTH = 4;
        private static final Object END = new Object();
        private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(DEPTH);
        private final Thread thread;
        private volatile boolean stopped;
        private boolean ended;

        Prefetch(Mp4VideoReader reader, java.util.function.UnaryOperator<VideoFrame> fit) {
            thread = new Thread(() -> {
                try {
                    for (VideoFrame f; !stopped && (f = reader.nextFrame()) != null;) {
                        queue.put(fit.apply(f));
                    }
                    queue.put(END);
                } catch (InterruptedException e) {
                    // stopped
                } catch (IOException | RuntimeException e) {
                    try {
                        queue.put(e);
                    } catch (InterruptedException stoppedWhileFailing) {
                        // the taker is gone too
                    }
                }
            }, "tessera-decode"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }

        /** The next picture, or null after the last. */
        VideoFrame take() throws IOException {
            if (ended) {
                return null;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for a decoded picture"); //$NON-NLS-1$
            }
            if (o == END) {
                ended = true;
                return null;
            }
            if (o instanceof IOException e) {
                ended = true;
                throw e;
            }
            if (o instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            return (VideoFrame) o;
        }

        void stop() {
            stopped = true;
            thread.interrupt();
            queue.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
