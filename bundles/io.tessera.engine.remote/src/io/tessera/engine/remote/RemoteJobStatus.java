package io.tessera.engine.remote;

import io.tessera.core.engine.FinishedClip;

/**
 * A job on the server, as {@code GET /v1/jobs/{id}} reports it.
 *
 * @param id the job's id
 * @param state queued, running, done, failed or cancelled
 * @param progress 0..1
 * @param message what the job is doing, or why it failed
 * @param badRequest for a failed job: the request was refused (by the engine or the server's policy), not the run
 * @param clip for a done job: what the file carries
 */
public record RemoteJobStatus(String id, String state, double progress, String message, boolean badRequest, FinishedClip clip) {
    public static final String QUEUED = "queued"; //$NON-NLS-1$
    public static final String RUNNING = "running"; //$NON-NLS-1$
    public static final String DONE = "done"; //$NON-NLS-1$
    public static final String FAILED = "failed"; //$NON-NLS-1$
    public static final String CANCELLED = "cancelled"; //$NON-NLS-1$

    public boolean finished() {
        return DONE.equals(state) || FAILED.equals(state) || CANCELLED.equals(state);
    }
}
