package io.tessera.audio.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an external program with its arguments as a list (never through a shell, so no text is ever interpreted as
 * shell syntax), drains stdout and stderr on their own threads so a full pipe cannot stall it, and kills it when it
 * overruns its time.
 */
final class ProcessRunner {
    private static final int MAX_STDERR = 16 * 1024;

    /**
     * What a run produced.
     *
     * @param exitCode the program's exit status
     * @param stdout everything it wrote to stdout
     * @param stderr the start of what it wrote to stderr, trimmed
     */
    record Result(int exitCode, byte[] stdout, String stderr) {
    }

    private ProcessRunner() {
    }

    static Result run(List<String> command, Duration timeout, int maxStdout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Process p = pb.start();
        p.getOutputStream().close();
        FutureTask<byte[]> out = new FutureTask<>(() -> read(p.getInputStream(), maxStdout, true));
        FutureTask<byte[]> err = new FutureTask<>(() -> read(p.getErrorStream(), MAX_STDERR, false));
        Thread.ofPlatform().daemon().name("stdout of " + command.get(0)).start(out); //$NON-NLS-1$
        Thread.ofPlatform().daemon().name("stderr of " + command.get(0)).start(err); //$NON-NLS-1$
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                p.waitFor(2, TimeUnit.SECONDS);
                throw new IOException(command.get(0) + " did not finish within " + seconds(timeout) + ": " //$NON-NLS-1$ //$NON-NLS-2$
                        + text(err, "(no error output)")); //$NON-NLS-1$
            }
            byte[] stdout = out.get(5, TimeUnit.SECONDS);
            return new Result(p.exitValue(), stdout, text(err, "")); //$NON-NLS-1$
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + command.get(0)); //$NON-NLS-1$
        } catch (ExecutionException e) {
            kill(p);
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            kill(p);
            throw new IOException(command.get(0) + " exited but its output did not end", e); //$NON-NLS-1$
        }
    }

    /** Kills the process and whatever it started, so nothing keeps running (or holds the pipes open) after a timeout. */
    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String text(FutureTask<byte[]> err, String otherwise) {
        try {
            String s = new String(err.get(2, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? otherwise : s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        } catch (ExecutionException | TimeoutException e) {
            return otherwise;
        }
    }

    /** Reads a stream to its end, keeping at most {@code max} bytes; more than that fails at the end when {@code strict}. */
    private static byte[] read(InputStream in, int max, boolean strict) throws IOException {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            boolean overflow = false;
            int n;
            while ((n = in.read(buf)) >= 0) {
                int keep = Math.max(0, Math.min(n, max - b.size()));
                overflow |= keep < n;
                // past the limit keep draining, so the program can finish instead of blocking on a full pipe
                b.write(buf, 0, keep);
            }
            if (overflow && strict) {
                throw new IOException("more than " + max + " bytes of output"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return b.toByteArray();
        }
    }
}
