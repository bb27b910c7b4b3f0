package io.tessera.engine.remote.internal;

import java.time.Duration;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.FinishedClip;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.engine.remote.RemoteClient;
import io.tessera.engine.remote.RemoteException;
import io.tessera.engine.remote.RemoteJobStatus;

/**
 * Follows one job on the server until it is done: its progress goes to the monitor, a cancelled monitor cancels the
 * job on the server (DELETE), and a job that outlives the timeout is cancelled and reported.
 */
final class JobWatcher {
    private static final int TICKS = 1000;
    private final RemoteClient client;
    private final String id;
    private final Duration timeout;

    JobWatcher(RemoteClient client, String id, Duration timeout) {
        this.client = client;
        this.id = id;
        this.timeout = timeout;
    }

    FinishedClip await(SubMonitor monitor) throws GenerationException, RemoteException {
        monitor.setWorkRemaining(TICKS);
        long deadline = System.nanoTime() + timeout.toNanos();
        int reported = 0;
        long pause = 50;
        try {
            while (true) {
                RemoteJobStatus s = client.status(id);
                int ticks = (int) Math.round(Math.max(0, Math.min(1, s.progress())) * TICKS);
                if (ticks > reported) {
                    monitor.worked(ticks - reported);
                    reported = ticks;
                }
                if (!s.message().isEmpty()) {
                    monitor.subTask(s.message());
                }
                switch (s.state()) {
                    case RemoteJobStatus.DONE:
                        return s.clip();
                    case RemoteJobStatus.FAILED:
                        throw s.badRequest() ? new InvalidRequestException("the server refused the job: " + s.message()) //$NON-NLS-1$
                                : new GenerationException("the job failed on the server " + client.endpoint() + ": " + s.message()); //$NON-NLS-1$ //$NON-NLS-2$
                    case RemoteJobStatus.CANCELLED:
                        throw new GenerationException("the job was cancelled on the server " + client.endpoint()); //$NON-NLS-1$
                    default:
                        break;
                }
                if (System.nanoTime() > deadline) {
                    cancelQuietly();
                    throw new GenerationException("the job on " + client.endpoint() + " took longer than " + timeout.toSeconds() //$NON-NLS-1$ //$NON-NLS-2$
                            + " s (io.tessera.engine.remote/jobTimeoutSeconds) and was cancelled"); //$NON-NLS-1$
                }
                sleepWatching(monitor, pause);
                pause = Math.min(500, pause * 2);
            }
        } catch (OperationCanceledException e) {
            cancelQuietly();
            throw e;
        }
    }

    /** Sleeps in short steps so a cancel is seen within 50 ms. */
    private static void sleepWatching(SubMonitor monitor, long millis) {
        for (long slept = 0; slept < millis; slept += 50) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private void cancelQuietly() {
        try {
            client.cancel(id);
        } catch (RemoteException e) {
            // the user cancelled or the job timed out either way; a server that cannot be told stops the job itself at its end
        }
    }
}
