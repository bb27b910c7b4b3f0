package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.registry.EngineDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera estimate`: what a generation would cost, before running it. */
@Command(name = "estimate", description = "Estimate compute time, memory and money of a generation without running it.")
final class EstimateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GenerationOptions options;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT.mp4", description = "Accepted for symmetry with generate; nothing is written.")
    java.nio.file.Path output;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (options.seed == null) {
            options.seed = 0L;
        }
        GenerationRequest request = options.toRequest();
        GenerationPlan plan = new GenerationPlan(request, options.engine, java.nio.file.Path.of("estimate.mp4"), null); //$NON-NLS-1$
        EngineDescriptor d;
        VideoEngine engine;
        try {
            d = GenerateCommand.pipeline().check(plan);
            engine = GenerationPipeline.engineOf(d);
        } catch (GenerationException e) {
            throw GenerateCommand.translate(e);
        }
        CostEstimate cost;
        try {
            cost = engine.estimate(request);
        } catch (java.io.UncheckedIOException e) {
            // an engine that asks a service (remote) and cannot reach it: the job failed, the engine is not broken
            throw CliException.failed("engine '" + d.id() + "' could not estimate: " + e.getCause().getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException e) {
            d.markBroken(e);
            throw CliException.failed("engine '" + d.id() + "' failed to estimate: " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, Json.object().put("engine", d.id()).put("frames", request.frameCount()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("computeSeconds", cost.computeSeconds()).put("peakMemoryBytes", cost.peakMemoryBytes()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("money", cost.money()).put("currency", cost.currency()).put("basis", cost.basis())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            out.printf("engine %s, %d frames: about %.1f s of compute, %.0f MB peak memory, %.2f %s (%s)%n", d.id(), //$NON-NLS-1$
                    request.frameCount(), cost.computeSeconds(), cost.peakMemoryBytes() / 1e6, cost.money(),
                    cost.currency(), cost.basis());
        }
        return ExitCodes.OK;
    }
}
