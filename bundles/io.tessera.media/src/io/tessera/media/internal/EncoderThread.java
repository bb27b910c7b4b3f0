package io.tessera.media.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs encoder calls, in the order submitted, on one thread of their own. The queue is short so memory stays
 * bounded however long the clip; a failure is reported on the next submit or at finish.
 */
public final class EncoderThread {
    /** One call into the encoder. */
    public interface Task {
        void run() throws IOException;
    }

    private static final Task END = () -> {
    };
    private final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(3);
    private final Thread thread;
    private volatile IOException failure;

    public EncoderThread(Path file) {
        thread = new Thread(this::loop, "tessera-encoder " + file.getFileName()); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    public void submit(Task task) throws IOException {
        rethrow();
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while encoding"); //$NON-NLS-1$
        }
    }

    /** Waits until every submitted task has run. */
    public void finish() throws IOException {
        try {
            queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the encoding"); //$NON-NLS-1$
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
    }

    private void loop() {
        try {
            for (Task t; (t = queue.take()) != END;) {
                if (failure == null) {
                    try {
                        t.run();
                    } catch (IOException e) {
                        failure = e;
                    } catch (RuntimeException e) {
                        failure = new IOException("the encoder failed: " + e, e); //$NON-NLS-1$
                    }
                }
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("encoder thread interrupted"); //$NON-NLS-1$
        }
    }
}
