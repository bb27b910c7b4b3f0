package io.tessera.engine.remote.internal.server;

import org.eclipse.core.runtime.NullProgressMonitor;

/** The progress a server job's pipeline reports, kept for GET /v1/jobs/{id}; cancelling it cancels the job. */
final class JobProgress extends NullProgressMonitor {
    private volatile double total = 1;
    private volatile double done;
    private volatile String message = ""; //$NON-NLS-1$

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork > 0 ? totalWork : 1;
        done = 0;
        message(name);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public synchronized void internalWorked(double work) {
        done = Math.min(total, done + work);
    }

    @Override
    public void subTask(String name) {
        message(name);
    }

    @Override
    public void setTaskName(String name) {
        message(name);
    }

    private void message(String name) {
        if (name != null && !name.isBlank()) {
            message = name;
        }
    }

    double fraction() {
        return Math.max(0, Math.min(1, done / total));
    }

    String message() {
        return message;
    }
}
