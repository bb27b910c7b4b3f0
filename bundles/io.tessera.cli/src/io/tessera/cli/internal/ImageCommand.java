package io.tessera.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera image`: one-frame generation to PNG. */
@Command(name = "image", description = "Generate a single image (PNG) from a prompt.")
final class ImageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    MarkingOptions marking;

    @Mixin
    GenerationOptions options;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.png", description = "The PNG to write.")
    Path output;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        GenerationPlan plan = new GenerationPlan(options.toRequest(), options.engine, output, null, marking.marking());
        GenerationResult r;
        try {
            r = GenerateCommand.pipeline().runStill(plan, new NullProgressMonitor());
        } catch (GenerationException e) {
            throw GenerateCommand.translate(e);
        }
        if (json) {
            Json.print(spec.commandLine().getOut(), Json.object().put("output", r.output().toString()) //$NON-NLS-1$
                    .put("engine", r.engineId()).put("seed", plan.request().seed()).put("width", r.width()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("height", r.height()).put("sha256", r.sha256())); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            spec.commandLine().getOut().printf("%s: %dx%d, engine %s, seed %d%n", r.output(), r.width(), r.height(), //$NON-NLS-1$
                    r.engineId(), plan.request().seed());
        }
        return ExitCodes.OK;
    }
}
