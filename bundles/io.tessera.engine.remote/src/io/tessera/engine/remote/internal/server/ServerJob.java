package io.tessera.engine.remote.internal.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.engine.remote.RemoteJobStatus;
import io.tessera.engine.remote.internal.WireFormat;

/** One job on the server: the normal pipeline run on a plan, with its state, progress and result file. */
final class ServerJob {
    private final String id;
    private final GenerationPlan plan;
    private final String engineId;
    private final JobProgress progress = new JobProgress();
    private volatile String state = RemoteJobStatus.QUEUED;
    private volatile String failure;
    private volatile boolean badRequest;
    private volatile GenerationResult result;
    private volatile Future<?> future;

    ServerJob(String id, GenerationPlan plan, String engineId) {
        this.id = id;
        this.plan = plan;
        this.engineId = engineId;
    }

    String id() {
        return id;
    }

    String state() {
        return state;
    }

    void submitted(Future<?> f) {
        future = f;
    }

    /** Runs the job on the caller's thread (the server's worker). */
    void run(GenerationPipeline pipeline) {
        synchronized (this) {
            if (!RemoteJobStatus.QUEUED.equals(state)) {
                return; // cancelled while queued
            }
            state = RemoteJobStatus.RUNNING;
        }
        try {
            result = pipeline.run(plan, progress);
            state = RemoteJobStatus.DONE;
        } catch (OperationCanceledException e) {
            state = RemoteJobStatus.CANCELLED;
        } catch (GenerationException e) {
            failure = e.getMessage();
            badRequest = e instanceof InvalidRequestException;
            state = RemoteJobStatus.FAILED;
        } catch (RuntimeException e) {
            failure = "generation failed: " + e; //$NON-NLS-1$
            state = RemoteJobStatus.FAILED;
        }
        if (progress.isCanceled() && !RemoteJobStatus.CANCELLED.equals(state)) {
            state = RemoteJobStatus.CANCELLED; // cancelled in the last moment: the client no longer wants the file
        }
        if (!RemoteJobStatus.DONE.equals(state)) {
            deleteOutput();
        }
    }

    /** Stops the job (the pipeline sees the cancelled monitor and removes its part file) and its file. */
    synchronized void cancel() {
        progress.setCanceled(true);
        if (RemoteJobStatus.QUEUED.equals(state)) {
            state = RemoteJobStatus.CANCELLED;
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        } else if (RemoteJobStatus.DONE.equals(state)) {
            state = RemoteJobStatus.CANCELLED;
            deleteOutput();
        }
    }

    /** The finished MP4, or null while there is none. */
    Path resultFile() {
        return RemoteJobStatus.DONE.equals(state) ? plan.output().toAbsolutePath() : null;
    }

    Path output() {
        return plan.output().toAbsolutePath();
    }

    ObjectNode json() {
        ObjectNode o = WireFormat.MAPPER.createObjectNode();
        String s = state;
        o.put("id", id).put("state", s).put("engine", engineId).put("seed", plan.request().seed()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .put("progress", RemoteJobStatus.DONE.equals(s) ? 1.0 : progress.fraction()); //$NON-NLS-1$
        o.put("message", RemoteJobStatus.FAILED.equals(s) ? failure : progress.message()); //$NON-NLS-1$
        if (RemoteJobStatus.FAILED.equals(s)) {
            o.put("badRequest", badRequest); //$NON-NLS-1$
        }
        GenerationResult r = result;
        if (RemoteJobStatus.DONE.equals(s) && r != null) {
            ObjectNode res = o.putObject("result"); //$NON-NLS-1$
            res.put("frames", r.frames()).put("engine", r.engineId()).put("engineVersion", r.engineVersion()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("width", r.width()).put("height", r.height()).put("fps", r.fps()).put("sha256", r.sha256()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ObjectNode marks = res.putObject("watermark"); //$NON-NLS-1$
            r.marks().watermarkers().forEach(marks.putArray("applied")::add); //$NON-NLS-1$
            marks.put("payload", r.marks().payload()).put("signingKey", r.marks().signingKey()); //$NON-NLS-1$ //$NON-NLS-2$
            ObjectNode sound = res.putObject("sound"); //$NON-NLS-1$
            sound.put("generator", r.sound().generatorId()); //$NON-NLS-1$
            r.sound().warnings().forEach(sound.putArray("warnings")::add); //$NON-NLS-1$
        }
        return o;
    }

    void deleteOutput() {
        try {
            Files.deleteIfExists(output());
        } catch (java.io.IOException e) {
            output().toFile().deleteOnExit();
        }
    }
}
