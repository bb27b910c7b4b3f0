package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.media.MediaFormatException;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera extend IN.mp4 --seconds S [--backward|--loop] -o OUT.mp4`: continue a clip with the dit engine. */
@Command(name = "extend", description = "Extend a clip forwards (default) or backwards, or close it into a seamless loop.")
final class ExtendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    SoundOptions sound;

    @picocli.CommandLine.Mixin
    MarkingOptions marking;

    @Parameters(index = "0", paramLabel = "IN.mp4", description = "The clip to extend.")
    Path input;

    @Option(names = "--seconds", required = true, paramLabel = "S", description = "Seconds to add (for --loop: the length of the bridge).")
    double seconds;

    static final class Direction {
        @Option(names = "--backward", description = "Add the new seconds before the clip.")
        boolean backward;

        @Option(names = "--loop", description = "Add a bridge from the clip's end back to its start, so it plays as a seamless loop.")
        boolean loop;
    }

    @ArgGroup(exclusive = true)
    Direction direction = new Direction();

    @Option(names = "--prompt", paramLabel = "TEXT", description = "What the new part shows (default: the clip's own prompt, if recorded, else none).")
    String prompt;

    @Option(names = "--engine", paramLabel = "ID", defaultValue = "dit", description = "Engine with the extend capability (default ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder for the dit engine.")
    Path model;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed >= 0.")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20", description = "Sampler steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--guidance", paramLabel = "G", defaultValue = "4.0", description = "Guidance scale (default ${DEFAULT-VALUE}).")
    double guidance;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.mp4", description = "The MP4 to write.")
    Path output;

    @Override
    public Integer call() throws CliException {
        if (!Files.isReadable(input)) {
            throw CliException.badInput(input + ": no such readable file"); //$NON-NLS-1$
        }
        MediaInfo info;
        try {
            info = MediaProbe.probe(input);
        } catch (MediaFormatException e) {
            throw CliException.badInput(input + ": " + e.getMessage()); //$NON-NLS-1$
        } catch (java.io.IOException e) {
            throw CliException.badInput(input + ": " + e.getMessage()); //$NON-NLS-1$
        }
        if (seed != null && seed < 0) {
            throw CliException.badInput("--seed must be >= 0, got " + seed); //$NON-NLS-1$
        }
        if (steps < 1) {
            throw CliException.badInput("--steps must be >= 1, got " + steps); //$NON-NLS-1$
        }
        String mode = direction.loop ? "loop" : direction.backward ? "backward" : "forward"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String text = prompt;
        if (text == null) {
            try {
                text = MediaProbe.metadata(input, "title"); //$NON-NLS-1$
            } catch (java.io.IOException e) {
                text = null;
            }
        }
        if (text == null) {
            text = ""; //$NON-NLS-1$
        }
        GenerationRequest.Builder b = GenerationRequest.builder(text).seconds(seconds).fps((int) Math.round(info.fps()))
                .size(info.width(), info.height()).seed(seed != null ? seed : new SecureRandom().nextLong(0, 1L << 31)).steps(steps)
                .guidance(guidance).source(input).strength(1).option("extend", mode); //$NON-NLS-1$
        if (model != null) {
            b.option("model", model.toAbsolutePath().toString()); //$NON-NLS-1$
        }
        GenerationRequest request = b.build();
        GenerationResult result = new JobRunner(spec.commandLine().getErr()).run(new GenerationPlan(request, engine, output, null, marking.marking()).withAudio(sound.audio));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d frames (%s, +%.2f s), %dx%d, %d fps, engine %s, seed %d%n", result.output(), result.frames(), mode, seconds, //$NON-NLS-1$
                result.width(), result.height(), result.fps(), result.engineId(), request.seed());
        SoundOptions.report(result.sound(), spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
