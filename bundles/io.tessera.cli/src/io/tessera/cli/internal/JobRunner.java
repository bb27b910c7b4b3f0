package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;

import io.tessera.core.pipeline.GenerationJob;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;

/**
 * Runs a generation as a Job with a console progress bar. Ctrl-C (SIGINT, or SIGTERM) cancels the job and waits
 * for it to remove its part file, so no half-written output is left behind; the JVM then exits with 130.
 */
final class JobRunner {
    private static final long CANCEL_GRACE_MS = 15_000;
    private final PrintWriter err;

    JobRunner(PrintWriter err) {
        this.err = err;
    }

    GenerationResult run(GenerationPlan plan) throws CliException {
        GenerationPipeline pipeline = GenerateCommand.pipeline();
        try {
            pipeline.check(plan);
        } catch (io.tessera.core.engine.GenerationException e) {
            throw GenerateCommand.translate(e);
        }
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(err, System.console() != null);
        GenerationJob job = new GenerationJob(plan, pipeline);
        IJobManager manager = Job.getJobManager();
        ProgressProvider provider = new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job j) {
                return j == job ? bar : null;
            }
        };
        manager.setProgressProvider(provider);
        Path part = GenerationPipeline.partFileFor(plan.output());
        Thread onInterrupt = new Thread(() -> {
            job.cancel();
            try {
                job.join(CANCEL_GRACE_MS, null);
            } catch (InterruptedException | OperationCanceledException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(part);
            } catch (java.io.IOException e) {
                // nothing more can be done while the JVM is going down
            }
            err.println();
            err.println("tessera: cancelled; no output written"); //$NON-NLS-1$
            err.flush();
        }, "tessera-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            job.schedule();
            job.join();
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            manager.setProgressProvider(null);
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and will finish the cancellation
            }
        }
        IStatus status = job.getResult();
        if (status != null && status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (job.failure() != null) {
            throw GenerateCommand.translate(job.failure());
        }
        if (job.result() == null) {
            throw CliException.failed("generation failed: " + (status == null ? "no result" : status.getMessage()), null); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return job.result();
    }
}
