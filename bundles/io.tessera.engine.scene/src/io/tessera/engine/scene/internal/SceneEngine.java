package io.tessera.engine.scene.internal;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.EngineLimits;
import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneRenderer;
import io.tessera.engine.scene.SceneSimulation;

/** The scene engine: parses the prompt as a scene, simulates it and renders it frame by frame. */
public final class SceneEngine implements VideoEngine {
    /**
     * Measured cost per output pixel: about 3.5 ns to render a typical scene (RenderBench, one core; a screen full of
     * large stars costs up to 34 ns) plus about 15 ns to encode with openh264; figures in docs/BENCHMARKS.md, "Scene
     * engine render". Used by {@link #estimate}.
     */
    static final double SECONDS_PER_PIXEL = 18e-9;
    // 1.1: shapes touch walls and the floor with their drawn outline, not the radius of their circle
    private static final String VERSION = "scene-1.1"; //$NON-NLS-1$
    /**
     * The envelope declared in plugin.xml, checked again here because callers may create the engine directly (the
     * training-data generator does) and bypass the registry's check. A test keeps the two in step.
     */
    static final EngineLimits LIMITS = new EngineLimits(60, 16, 3840, 2160, 1, 60);

    @Override
    public void validate(GenerationRequest request) throws InvalidRequestException {
        if (!request.options().isEmpty()) {
            throw new InvalidRequestException("the scene engine takes no options; unknown: " //$NON-NLS-1$
                    + String.join(", ", request.options().keySet().stream().map(k -> "'" + k + "'").toList())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        LIMITS.check(request);
        if (request.source().isPresent()) {
            throw new InvalidRequestException("the scene engine cannot start from an image or video (--from)"); //$NON-NLS-1$
        }
        parse(request.prompt());
    }

    /** What is drawn: quoted dialogue is for the sound ("the red circle says \"hi\"" draws a red circle). */
    private static Scene parse(String prompt) throws InvalidRequestException {
        try {
            return SceneParser.parse(io.tessera.core.prompt.DialogueParser.withoutDialogue(prompt));
        } catch (SceneParseException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    @Override
    public void generate(GenerationRequest request, FrameSink sink, IProgressMonitor monitor) throws GenerationException {
        validate(request);
        Scene scene = parse(request.prompt());
        int frames = request.frameCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering scene", frames); //$NON-NLS-1$
        SceneSimulation simulation = new SceneSimulation(scene, request.width(), request.height(), request.fps(), frames, request.seed());
        SceneRenderer renderer = new SceneRenderer(request.width(), request.height(), request.seed());
        try {
            sink.open(request.format());
            while (simulation.hasNext()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                FrameState state = simulation.next();
                sink.accept(renderer.render(state));
                progress.worked(1);
            }
        } catch (IOException e) {
            throw new GenerationException("writing frames failed: " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            progress.done();
        }
    }

    @Override
    public CostEstimate estimate(GenerationRequest request) {
        double pixels = (double) request.width() * request.height() * request.frameCount();
        long frameBytes = (long) request.width() * request.height() * 3;
        long memory = frameBytes * 6 + (long) (request.width() * 1.5) * request.height() * 4 + (64L << 20);
        return CostEstimate.local(pixels * SECONDS_PER_PIXEL, memory,
                "procedural rendering and H.264 encoding, about 18 ns per output pixel"); //$NON-NLS-1$
    }

    @Override
    public String version() {
        return VERSION;
    }
}
