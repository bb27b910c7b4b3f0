package io.tessera.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.internal.EncodingFrameSink;
import io.tessera.core.internal.FileDigest;
import io.tessera.core.internal.ProjectRecorder;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.EngineRegistry;

/**
 * engine → encoder → project record. The output file appears only when every step succeeded: frames go to a
 * hidden part file beside it that is renamed at the end and deleted on failure or cancellation.
 */
public final class GenerationPipeline {
    private final EngineRegistry engines;

    public GenerationPipeline(EngineRegistry engines) {
        this.engines = engines;
    }

    public GenerationPipeline() {
        this(EngineRegistry.getDefault());
    }

    /** Finds the engine the plan names (or the default one) and checks the request against what it declared. */
    public EngineDescriptor resolve(GenerationPlan plan) throws InvalidRequestException {
        EngineDescriptor descriptor;
        if (plan.engine().isPresent()) {
            String id = plan.engineId();
            descriptor = engines.find(id).orElseThrow(() -> new InvalidRequestException(
                    "unknown engine '" + id + "'; available: " + available())); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            descriptor = engines.defaultEngine()
                    .orElseThrow(() -> new InvalidRequestException("no engine is installed")); //$NON-NLS-1$
        }
        GenerationRequest request = plan.request();
        descriptor.limits().check(request);
        if (request.source().isPresent() && !descriptor.can(EngineCapability.IMAGE_TO_VIDEO)
                && !descriptor.can(EngineCapability.VIDEO_TO_VIDEO)) {
            throw new InvalidRequestException("engine '" + descriptor.id() //$NON-NLS-1$
                    + "' cannot start from an image or video (it declares neither i2v nor v2v)"); //$NON-NLS-1$
        }
        return descriptor;
    }

    /**
     * Everything that can be checked before work starts: the engine exists and loads, the request is within its
     * limits, and the engine accepts the prompt and options.
     */
    public EngineDescriptor check(GenerationPlan plan) throws GenerationException {
        EngineDescriptor descriptor = resolve(plan);
        checkOutput(plan.output());
        if (plan.projectFile().isPresent() && Files.exists(plan.project())) {
            try {
                io.tessera.model.store.ProjectStore.load(plan.project());
            } catch (io.tessera.model.store.ProjectStoreException e) {
                throw new InvalidRequestException("--project: " + e.getMessage()); //$NON-NLS-1$
            }
        }
        VideoEngine engine = engineOf(descriptor);
        callEngine(descriptor, () -> {
            engine.validate(plan.request());
            return null;
        });
        return descriptor;
    }

    public GenerationResult run(GenerationPlan plan, IProgressMonitor monitor) throws GenerationException {
        long started = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, "Generating " + plan.output().getFileName(), 100); //$NON-NLS-1$
        EngineDescriptor descriptor = resolve(plan);
        VideoEngine engine = engineOf(descriptor);
        GenerationRequest request = plan.request();
        String version = callEngine(descriptor, () -> {
            engine.validate(request);
            return engine.version();
        });

        Path output = plan.output().toAbsolutePath();
        Path part = partFileFor(output);
        int frames;
        try {
            Files.createDirectories(output.getParent());
            try (EncodingFrameSink sink = new EncodingFrameSink(part, request, provenanceMetadata(descriptor, version, request))) {
                callEngine(descriptor, () -> {
                    engine.generate(request, sink, progress.split(90));
                    return null;
                });
                frames = sink.framesWritten();
                sink.finish();
            }
            if (frames == 0) {
                throw new GenerationException("engine '" + descriptor.id() + "' produced no frames"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("could not write " + output + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            deleteQuietly(part);
        }
        progress.setWorkRemaining(10);
        String sha256 = FileDigest.sha256(output);
        String assetId = null;
        if (plan.projectFile().isPresent()) {
            progress.subTask("Recording in " + plan.project().getFileName()); //$NON-NLS-1$
            assetId = ProjectRecorder.record(plan.project(), output, request, descriptor.id(), version, sha256, frames);
        }
        progress.done();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new GenerationResult(output, descriptor.id(), version, frames, request.width(), request.height(),
                request.fps(), sha256, assetId, elapsed);
    }

    /**
     * One-frame generation (t2i) written as a PNG. The request's duration is ignored: exactly one frame is asked
     * for. Like {@link #run}, the file appears only complete.
     */
    public GenerationResult runStill(GenerationPlan plan, IProgressMonitor monitor) throws GenerationException {
        long started = System.nanoTime();
        GenerationRequest request = plan.request().toBuilder().seconds(1.0 / plan.request().fps()).build();
        GenerationPlan still = new GenerationPlan(request, plan.engineId(), plan.output(), null);
        EngineDescriptor descriptor = resolve(still);
        if (!descriptor.can(EngineCapability.TEXT_TO_IMAGE)) {
            throw new InvalidRequestException("engine '" + descriptor.id() + "' cannot make single images (no t2i capability)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        VideoEngine engine = engineOf(descriptor);
        String version = callEngine(descriptor, () -> {
            engine.validate(request);
            return engine.version();
        });
        io.tessera.media.VideoFrame[] first = new io.tessera.media.VideoFrame[1];
        io.tessera.core.engine.FrameSink sink = new io.tessera.core.engine.FrameSink() {
            @Override
            public void open(io.tessera.core.engine.VideoFormat format) {
                // one frame; nothing to prepare
            }

            @Override
            public void accept(io.tessera.media.VideoFrame frame) {
                if (first[0] == null) {
                    first[0] = frame;
                }
            }
        };
        callEngine(descriptor, () -> {
            engine.generate(request, sink, monitor);
            return null;
        });
        if (first[0] == null) {
            throw new GenerationException("engine '" + descriptor.id() + "' produced no frame"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path output = plan.output().toAbsolutePath();
        Path part = partFileFor(output);
        try {
            Files.createDirectories(output.getParent());
            io.tessera.media.Images.writePng(first[0], part);
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("could not write " + output + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            deleteQuietly(part);
        }
        return new GenerationResult(output, descriptor.id(), version, 1, request.width(), request.height(), request.fps(),
                FileDigest.sha256(output), null, (System.nanoTime() - started) / 1e9);
    }

    private static void checkOutput(Path output) throws InvalidRequestException {
        Path dir = output.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new InvalidRequestException("-o " + output + ": cannot create the folder " + dir + " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        if (Files.isDirectory(output)) {
            throw new InvalidRequestException("-o " + output + ": is a folder"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // permissions alone do not tell (root, read-only mounts, /proc): try the part file itself
        Path part = partFileFor(output);
        try {
            Files.deleteIfExists(part);
            Files.createFile(part);
            Files.delete(part);
        } catch (IOException | SecurityException e) {
            throw new InvalidRequestException("-o " + output + ": cannot write in " + dir + " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    /** The engine's object, or a GenerationException carrying why it could not be created. */
    public static VideoEngine engineOf(EngineDescriptor descriptor) throws GenerationException {
        return descriptor.engine().orElseThrow(() -> new GenerationException(
                descriptor.problem().map(s -> s.getMessage()).orElse("engine '" + descriptor.id() + "' is unavailable"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Where frames go while a job runs: hidden, beside the output, so the final rename is atomic. */
    public static Path partFileFor(Path output) {
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static java.util.Map<String, String> provenanceMetadata(EngineDescriptor d, String version, GenerationRequest r) {
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        m.put("title", r.prompt()); //$NON-NLS-1$
        m.put("comment", "Generated by Tessera Studio, engine " + d.id() + " " + version + ", seed " + r.seed()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return m;
    }

    private interface EngineCall<R> {
        R call() throws GenerationException, IOException;
    }

    /**
     * Engines are contributed code: anything unexpected they throw becomes a GenerationException naming the engine,
     * and the engine is reported, instead of taking the application down.
     */
    private static <R> R callEngine(EngineDescriptor descriptor, EngineCall<R> call) throws GenerationException {
        try {
            return call.call();
        } catch (OperationCanceledException | GenerationException e) {
            throw e;
        } catch (IOException e) {
            throw new GenerationException("writing frames from engine '" + descriptor.id() + "' failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException | LinkageError e) {
            descriptor.markBroken(e);
            throw new GenerationException("engine '" + descriptor.id() + "' from " + descriptor.contributor() //$NON-NLS-1$ //$NON-NLS-2$
                    + " failed: " + e, e); //$NON-NLS-1$
        }
    }

    private String available() {
        return String.join(", ", engines.descriptors().stream().map(EngineDescriptor::id).toList()); //$NON-NLS-1$
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }
}
