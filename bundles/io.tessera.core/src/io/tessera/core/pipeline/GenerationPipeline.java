package io.tessera.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.FinishedClip;
import io.tessera.core.engine.FinishedClipEngine;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.internal.EncodingFrameSink;
import io.tessera.core.internal.FileDigest;
import io.tessera.core.internal.FrameMarkers;
import io.tessera.core.internal.MarkingFailure;
import io.tessera.core.internal.ProjectRecorder;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.EngineRegistry;
import io.tessera.core.watermark.MarkPayload;
import io.tessera.core.watermark.MarkingPolicy;
import io.tessera.core.watermark.Provenance;
import io.tessera.core.watermark.ProvenanceSealer;

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
            if (!io.tessera.core.policy.EnginePolicy.isAllowed(id)) {
                throw new InvalidRequestException("engine '" + id + "' is not allowed by the administrator (" //$NON-NLS-1$ //$NON-NLS-2$
                        + io.tessera.core.policy.EnginePolicy.NODE + "/" + io.tessera.core.policy.EnginePolicy.ALLOWED + " = " //$NON-NLS-1$ //$NON-NLS-2$
                        + String.join(",", io.tessera.core.policy.EnginePolicy.allowedList()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } else {
            descriptor = engines.defaultEngine()
                    .orElseThrow(() -> new InvalidRequestException("no engine is installed")); //$NON-NLS-1$
        }
        GenerationRequest request = plan.request();
        descriptor.limits().check(request);
        MarkingPolicy.check(plan.marking());
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

        String modelHash = callEngine(descriptor, () -> engine.modelHash(request));
        if (engine instanceof FinishedClipEngine finished) {
            return runFinished(plan, descriptor, finished, modelHash, progress, started);
        }
        FrameMarkers markers = FrameMarkers.select(plan.marking(),
                MarkPayload.of(assetIdentity(descriptor, version, modelHash, request), modelIdentity(descriptor, version, modelHash)),
                MarkingPolicy.isMandatory());

        Path output = plan.output().toAbsolutePath();
        Path part = partFileFor(output);
        int frames;
        String signingKey = null;
        SoundResult sound = SoundResult.NONE;
        try {
            Files.createDirectories(output.getParent());
            try (EncodingFrameSink sink = new EncodingFrameSink(part, request, provenanceMetadata(descriptor, version, request), markers)) {
                callEngine(descriptor, () -> {
                    engine.generate(request, sink, progress.split(plan.audio() ? 80 : 90));
                    return null;
                });
                frames = sink.framesWritten();
                sink.finish();
            }
            if (frames == 0) {
                throw new GenerationException("engine '" + descriptor.id() + "' produced no frames"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (plan.audio()) {
                sound = addSound(part, request, progress.split(10));
            }
            progress.subTask("Signing the provenance manifest"); //$NON-NLS-1$
            Provenance provenance = provenance(descriptor, version, modelHash, request, markers.payloadHex());
            for (ProvenanceSealer sealer : markers.sealers()) {
                try {
                    signingKey = sealer.seal(part, provenance);
                } catch (IOException | RuntimeException | LinkageError e) {
                    throw markers.broken(sealer, e);
                }
            }
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("could not write " + output + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            deleteQuietly(part);
        }
        progress.setWorkRemaining(10);
        String sha256 = FileDigest.sha256(output);
        MarkingResult marks = new MarkingResult(markers.ids(), markers.payloadHex(), signingKey);
        String assetId = null;
        if (plan.projectFile().isPresent()) {
            progress.subTask("Recording in " + plan.project().getFileName()); //$NON-NLS-1$
            assetId = ProjectRecorder.record(plan.project(), output, request, descriptor.id(), version, modelHash, sha256, frames, marks);
        }
        progress.done();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new GenerationResult(output, descriptor.id(), version, frames, request.width(), request.height(),
                request.fps(), sha256, assetId, elapsed, marks, sound);
    }

    /**
     * A clip another pipeline finished (marked, signed, with sound): it goes to the part file, is checked to be a
     * clip of the asked-for size that carries the asked-for marks, then moved into place and recorded like any other.
     */
    private static GenerationResult runFinished(GenerationPlan plan, EngineDescriptor descriptor, FinishedClipEngine engine,
            String modelHash, SubMonitor progress, long started) throws GenerationException {
        GenerationRequest request = plan.request();
        Path output = plan.output().toAbsolutePath();
        Path part = partFileFor(output);
        FinishedClip clip;
        try {
            Files.createDirectories(output.getParent());
            clip = callEngine(descriptor, () -> engine.deliver(request, plan.marking(), plan.audio(), part, progress.split(90)));
            io.tessera.media.MediaInfo info = io.tessera.media.MediaProbe.probe(part);
            if (info.width() != request.width() || info.height() != request.height() || clip.frames() == 0) {
                throw new GenerationException("engine '" + descriptor.id() + "' delivered a " + info.width() + "x" + info.height() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " clip of " + clip.frames() + " frames for a " + request.width() + "x" + request.height() + " request"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            // the user's (and the administrator's) marking decision holds whoever made the file
            if (plan.marking().invisible() && (clip.payload() == null || clip.signingKey() == null)) {
                throw new GenerationException("engine '" + descriptor.id() + "' delivered a clip without the invisible mark and signed manifest that were asked for"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("could not write " + output + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            deleteQuietly(part);
        }
        progress.setWorkRemaining(10);
        String sha256 = FileDigest.sha256(output);
        MarkingResult marks = new MarkingResult(clip.watermarkers(), clip.payload(), clip.signingKey());
        String assetId = null;
        if (plan.projectFile().isPresent()) {
            progress.subTask("Recording in " + plan.project().getFileName()); //$NON-NLS-1$
            assetId = ProjectRecorder.record(plan.project(), output, request, descriptor.id(), clip.engineVersion(), modelHash, sha256,
                    clip.frames(), marks);
        }
        progress.done();
        return new GenerationResult(output, descriptor.id(), clip.engineVersion(), clip.frames(), request.width(), request.height(),
                request.fps(), sha256, assetId, (System.nanoTime() - started) / 1e9, marks,
                new SoundResult(clip.soundGenerator(), clip.soundWarnings()));
    }

    /**
     * The clip's sound, made in place on the part file. A failing audio generator does not cost the user the picture:
     * the clip is kept silent and the failure is reported in the result (and logged against the generator).
     */
    private static SoundResult addSound(Path part, GenerationRequest request, IProgressMonitor monitor) throws GenerationException {
        SoundStage stage = new SoundStage();
        Optional<ContributionDescriptor<AudioGenerator>> generator = stage.choose(null);
        if (generator.isEmpty()) {
            return new SoundResult(null, List.of("no audio generator is installed: the clip is silent")); //$NON-NLS-1$
        }
        try {
            stage.addSound(generator.get(), part, part, request.prompt(), request.seed(), null, monitor);
            return new SoundResult(generator.get().id(), List.of());
        } catch (OperationCanceledException e) {
            throw e;
        } catch (GenerationException e) {
            return new SoundResult(null, List.of("the clip is silent: " + e.getMessage())); //$NON-NLS-1$
        }
    }

    /** Everything that decides the frames: the same generation gets the same asset id, and stays reproducible. */
    private static String assetIdentity(EngineDescriptor d, String version, String modelHash, GenerationRequest r) throws GenerationException {
        String source = r.source().isPresent() ? FileDigest.sha256(r.source().get()) : ""; //$NON-NLS-1$
        return String.join("\n", d.id(), version, String.valueOf(modelHash), r.prompt(), Double.toString(r.seconds()), //$NON-NLS-1$
                Integer.toString(r.fps()), r.width() + "x" + r.height(), Long.toString(r.seed()), Integer.toString(r.steps()), //$NON-NLS-1$
                Double.toString(r.guidance()), Double.toString(r.strength()), r.options().toString(), source);
    }

    private static String modelIdentity(EngineDescriptor d, String version, String modelHash) {
        return modelHash != null ? modelHash : d.id() + " " + version; //$NON-NLS-1$
    }

    private static Provenance provenance(EngineDescriptor d, String version, String modelHash, GenerationRequest r, String payload) {
        java.util.Map<String, Object> settings = new java.util.TreeMap<>();
        settings.put("width", r.width()); //$NON-NLS-1$
        settings.put("height", r.height()); //$NON-NLS-1$
        settings.put("fps", r.fps()); //$NON-NLS-1$
        settings.put("seconds", r.seconds()); //$NON-NLS-1$
        settings.put("steps", r.steps()); //$NON-NLS-1$
        settings.put("guidance", r.guidance()); //$NON-NLS-1$
        settings.putAll(r.options());
        java.util.List<Provenance.Parent> parents = new java.util.ArrayList<>();
        if (r.source().isPresent()) {
            Path source = r.source().get();
            settings.put("strength", r.strength()); //$NON-NLS-1$
            String digest;
            try {
                digest = FileDigest.sha256(source);
            } catch (GenerationException e) {
                digest = null;
            }
            parents.add(new Provenance.Parent(source.getFileName().toString(), digest));
        }
        return new Provenance(parents.isEmpty() ? "created" : "edited", d.id(), version, modelHash, r.prompt(), r.seed(), settings, //$NON-NLS-1$ //$NON-NLS-2$
                parents, payload, java.time.Instant.now());
    }

    /**
     * One-frame generation (t2i) written as a PNG. The request's duration is ignored: exactly one frame is asked
     * for. Like {@link #run}, the file appears only complete.
     */
    public GenerationResult runStill(GenerationPlan plan, IProgressMonitor monitor) throws GenerationException {
        long started = System.nanoTime();
        GenerationRequest request = plan.request().toBuilder().seconds(1.0 / plan.request().fps()).build();
        GenerationPlan still = new GenerationPlan(request, plan.engineId(), plan.output(), null, plan.marking());
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
        String modelHash = callEngine(descriptor, () -> engine.modelHash(request));
        FrameMarkers markers = FrameMarkers.select(plan.marking(),
                MarkPayload.of(assetIdentity(descriptor, version, modelHash, request), modelIdentity(descriptor, version, modelHash)),
                MarkingPolicy.isMandatory());
        io.tessera.media.VideoFrame marked = markers.mark(first[0], 0);
        Path output = plan.output().toAbsolutePath();
        Path part = partFileFor(output);
        try {
            Files.createDirectories(output.getParent());
            io.tessera.media.Images.writePng(marked, part);
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("could not write " + output + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            deleteQuietly(part);
        }
        return new GenerationResult(output, descriptor.id(), version, 1, request.width(), request.height(), request.fps(),
                FileDigest.sha256(output), null, (System.nanoTime() - started) / 1e9,
                new MarkingResult(markers.ids(), markers.payloadHex(), null));
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
        } catch (MarkingFailure e) {
            throw e.generationException();
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
