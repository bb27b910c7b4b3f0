package io.tessera.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tessera.core.engine.GenerationRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options shared by generate, image and estimate. */
final class GenerationOptions {
    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "What to generate.")
    String prompt;

    @Option(names = "--engine", paramLabel = "ID", description = "Engine id (see `tessera engines`); default: the highest-priority engine.")
    String engine;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "4", description = "Duration in seconds, up to 60 (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "24", description = "Frames per second (default ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "256x256", converter = SizeConverter.class,
            description = "Frame size, e.g. 1280x720 (default ${DEFAULT-VALUE}).")
    FrameSize size;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed >= 0; the same seed and settings give the same clip. Default: a new random seed, printed.")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20", description = "Sampler steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--guidance", paramLabel = "G", defaultValue = "4.0", description = "Classifier-free guidance scale (default ${DEFAULT-VALUE}).")
    double guidance;

    @Option(names = "--from", paramLabel = "IMAGE|VIDEO", description = "Start from this image or video (engines with i2v or v2v).")
    Path from;

    @Option(names = "--strength", paramLabel = "X", defaultValue = "0.6", description = "How far to move away from --from, 0..1 (default ${DEFAULT-VALUE}).")
    double strength;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder (model.json + weights.bin) for the dit engine; default: the preference, else the bundled model.")
    Path model;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Engine-specific option; engines refuse keys they do not know.")
    Map<String, String> options = new LinkedHashMap<>();

    GenerationRequest toRequest() throws CliException {
        if (seed != null && seed < 0) {
            throw CliException.badInput("--seed must be >= 0, got " + seed); //$NON-NLS-1$
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw CliException.badInput("--strength must be in [0, 1], got " + strength); //$NON-NLS-1$
        }
        if (steps < 1) {
            throw CliException.badInput("--steps must be >= 1, got " + steps); //$NON-NLS-1$
        }
        if (!(guidance >= 0)) {
            throw CliException.badInput("--guidance must be >= 0, got " + guidance); //$NON-NLS-1$
        }
        if (prompt.isBlank()) {
            throw CliException.badInput("--prompt is empty"); //$NON-NLS-1$
        }
        if (from != null && !Files.isReadable(from)) {
            throw CliException.badInput("--from " + from + ": no such readable file"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (seed == null) {
            seed = new SecureRandom().nextLong(0, 1L << 31);
        }
        GenerationRequest.Builder b = GenerationRequest.builder(prompt).seconds(seconds).fps(fps).size(size.width(), size.height())
                .seed(seed).steps(steps).guidance(guidance).strength(strength).source(from);
        if (model != null) {
            if (!Files.isDirectory(model)) {
                throw CliException.badInput("--model " + model + ": no such folder"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            b.option("model", model.toAbsolutePath().toString()); //$NON-NLS-1$
        }
        options.forEach(b::option);
        return b.build();
    }

    /** WxH as given on the command line. */
    record FrameSize(int width, int height) {
    }

    static final class SizeConverter implements ITypeConverter<FrameSize> {
        @Override
        public FrameSize convert(String value) {
            String[] parts = value.trim().toLowerCase(java.util.Locale.ROOT).split("x"); //$NON-NLS-1$
            try {
                if (parts.length == 2) {
                    return new FrameSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new TypeConversionException("'" + value + "' is not a size like 1280x720"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
