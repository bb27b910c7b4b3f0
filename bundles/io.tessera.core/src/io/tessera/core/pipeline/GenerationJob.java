package io.tessera.core.pipeline;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.internal.CorePlugin;

/**
 * A generation as an Eclipse Job, so the workbench shows its progress and the user can cancel it. The result or
 * the failure is kept for whoever scheduled the job.
 */
public final class GenerationJob extends Job {
    public static final Object FAMILY = GenerationJob.class;
    private final GenerationPlan plan;
    private final GenerationPipeline pipeline;
    private volatile GenerationResult result;
    private volatile GenerationException failure;

    public GenerationJob(GenerationPlan plan, GenerationPipeline pipeline) {
        super("Generate " + plan.output().getFileName()); //$NON-NLS-1$
        this.plan = plan;
        this.pipeline = pipeline;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            result = pipeline.run(plan, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (GenerationException e) {
            failure = e;
            return Status.error(e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = new GenerationException("generation failed: " + e, e); //$NON-NLS-1$
            return new Status(IStatus.ERROR, CorePlugin.PLUGIN_ID, failure.getMessage(), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public GenerationPlan plan() {
        return plan;
    }

    /** The result once the job has finished successfully, else null. */
    public GenerationResult result() {
        return result;
    }

    /** Why the job failed, else null (a cancelled job has neither a result nor a failure). */
    public GenerationException failure() {
        return failure;
    }
}
