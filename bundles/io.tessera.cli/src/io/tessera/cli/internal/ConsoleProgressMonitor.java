package io.tessera.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress bar on standard error. On a terminal it redraws one line; when stderr is a file or a pipe it prints a
 * line every 10 % so logs stay readable.
 */
final class ConsoleProgressMonitor extends NullProgressMonitor {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private String task = ""; //$NON-NLS-1$
    private String subTask = ""; //$NON-NLS-1$
    private double total;
    private double done;
    private int lastShown = -1;
    private long lastDrawNanos;

    ConsoleProgressMonitor(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void beginTask(String name, int totalWork) {
        if (name != null && !name.isEmpty()) {
            task = name;
        }
        total = totalWork <= 0 ? 0 : totalWork;
        done = 0;
        draw(false);
    }

    @Override
    public synchronized void setTaskName(String name) {
        task = name == null ? "" : name; //$NON-NLS-1$
    }

    @Override
    public synchronized void subTask(String name) {
        subTask = name == null ? "" : name; //$NON-NLS-1$
        draw(false);
    }

    @Override
    public synchronized void internalWorked(double work) {
        done = Math.min(total, done + work);
        draw(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public synchronized void done() {
        if (total > 0) {
            done = total;
            draw(true);
        }
        if (terminal && lastShown >= 0) {
            err.println();
        }
        err.flush();
        lastShown = -1;
    }

    private void draw(boolean force) {
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.floor(100 * done / total);
        long now = System.nanoTime();
        if (terminal) {
            if (!force && percent == lastShown && now - lastDrawNanos < 250_000_000L) {
                return;
            }
            int filled = percent * WIDTH / 100;
            String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled); //$NON-NLS-1$ //$NON-NLS-2$
            err.printf("\r%s [%s] %3d%% %5.1fs %s\u001b[K", task, bar, percent, (now - startNanos) / 1e9, subTask); //$NON-NLS-1$
        } else {
            if (!force && percent / 10 == lastShown / 10 && lastShown >= 0) {
                return;
            }
            err.printf("%s %3d%% %.1fs%n", task, percent, (now - startNanos) / 1e9); //$NON-NLS-1$
        }
        err.flush();
        lastShown = percent;
        lastDrawNanos = now;
    }
}
