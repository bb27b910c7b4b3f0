package io.tessera.engine.remote.internal.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.FinishedClipEngine;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.policy.EnginePolicy;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.EngineRegistry;
import io.tessera.engine.remote.internal.WireError;
import io.tessera.engine.remote.internal.WireFormat;

/**
 * The server's jobs and the engines it offers. Jobs run one at a time on one worker (a generation already uses every
 * core); each writes its MP4 into the server's work folder, which is removed when the server stops.
 */
public final class ServerJobs implements AutoCloseable {
    private final EngineRegistry registry;
    private final GenerationPipeline pipeline;
    private final Path folder;
    private final Map<String, ServerJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tessera-serve-job"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();

    public ServerJobs(EngineRegistry registry, Path folder) {
        this.registry = registry;
        this.pipeline = new GenerationPipeline(registry);
        this.folder = folder;
    }

    /**
     * The engines this installation serves: those that load and the administrator allows, without engines that
     * deliver finished clips themselves (a remote engine would only forward to another server, or to itself).
     */
    public List<EngineDescriptor> offered() {
        return registry.descriptors().stream().filter(d -> EnginePolicy.isAllowed(d.id()))
                .filter(d -> d.engine().filter(e -> !(e instanceof FinishedClipEngine) && e.unavailableReason() == null).isPresent()).toList();
    }

    ObjectNode engines() {
        ObjectNode root = WireFormat.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("engines"); //$NON-NLS-1$
        List<EngineDescriptor> offered = offered();
        for (EngineDescriptor d : offered) {
            String version;
            try {
                version = d.engine().map(VideoEngine::version).orElse(""); //$NON-NLS-1$
            } catch (RuntimeException e) {
                d.markBroken(e);
                continue;
            }
            list.add(WireFormat.engine(d, version, d == offered.get(0)));
        }
        return root;
    }

    ObjectNode estimate(WireFormat.Job job) throws WireError {
        EngineDescriptor d = check(job, folder.resolve("estimate.mp4")); //$NON-NLS-1$
        CostEstimate c;
        try {
            c = GenerationPipeline.engineOf(d).estimate(job.request());
        } catch (GenerationException | RuntimeException e) {
            throw new WireError(500, null, "engine '" + d.id() + "' failed to estimate: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return WireFormat.MAPPER.createObjectNode().put("engine", d.id()).put("frames", job.request().frameCount()) //$NON-NLS-1$ //$NON-NLS-2$
                .put("computeSeconds", c.computeSeconds()).put("peakMemoryBytes", c.peakMemoryBytes()).put("basis", c.basis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Checks the job as the pipeline would before it runs, then queues it. */
    ObjectNode submit(WireFormat.Job job) throws WireError {
        String id = HexFormat.of().formatHex(bytes(16));
        Path output = folder.resolve(id + ".mp4"); //$NON-NLS-1$
        EngineDescriptor d = check(job, output);
        ServerJob j = new ServerJob(id, plan(job, d.id(), output), d.id());
        jobs.put(id, j);
        j.submitted(worker.submit(() -> j.run(pipeline)));
        return j.json();
    }

    public int active() {
        return (int) jobs.values().stream().filter(j -> j.state().equals(io.tessera.engine.remote.RemoteJobStatus.QUEUED)
                || j.state().equals(io.tessera.engine.remote.RemoteJobStatus.RUNNING)).count();
    }

    Optional<ServerJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private EngineDescriptor check(WireFormat.Job job, Path output) throws WireError {
        List<EngineDescriptor> offered = offered();
        String engine = job.engine() != null ? job.engine() : offered.stream().findFirst().map(EngineDescriptor::id).orElse(null);
        if (engine == null) {
            throw new WireError(503, null, "this server offers no engine"); //$NON-NLS-1$
        }
        if (offered.stream().noneMatch(d -> d.id().equals(engine))) {
            throw WireError.badRequest("engine", "engine '" + engine + "' is not offered here; offered: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + String.join(", ", offered.stream().map(EngineDescriptor::id).toList())); //$NON-NLS-1$
        }
        try {
            return pipeline.check(plan(job, engine, output));
        } catch (GenerationException e) {
            throw RequestErrors.of(e);
        }
    }

    private static GenerationPlan plan(WireFormat.Job job, String engine, Path output) {
        return new GenerationPlan(job.request(), engine, output, null, job.marking(), job.audio());
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Cancels every job, waits a little for the running one to clean up, and removes the work folder. */
    @Override
    public void close() {
        jobs.values().forEach(ServerJob::cancel);
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jobs.values().forEach(ServerJob::deleteOutput);
        try (var files = Files.list(folder)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
