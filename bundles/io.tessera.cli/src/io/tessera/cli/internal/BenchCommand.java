package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.engine.dit.model.DitModel;
import io.tessera.engine.dit.model.Models;
import io.tessera.engine.dit.model.SpeedBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera bench speed|quality`: the DiT engine measured on this machine. */
@Command(name = "bench", description = "Measure Tessera: DiT speed and quality (Tessera-Bench), watermark robustness, detection, sound, timeline render.",
        subcommands = { BenchCommand.Speed.class, QualityCommand.class, WatermarkBenchCommand.class, DetectBenchCommand.class, AudioBenchCommand.class, RenderBenchCommand.class })
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: speed, quality, watermark"); //$NON-NLS-1$
    }

    @Command(name = "speed", description = "Seconds of compute per second of video, model FLOP utilisation against the measured matmul peak, peak memory.")
    static final class Speed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: the engine's model).")
        Path model;

        @Option(names = "--seconds", split = ",", defaultValue = "10", paramLabel = "S[,S...]",
                description = "Clip durations to generate, e.g. 10,60 (default ${DEFAULT-VALUE}).")
        List<Double> seconds = new ArrayList<>();

        @Option(names = "--steps", defaultValue = "20", description = "Sampler steps (default ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--guidance", defaultValue = "4.0", description = "Guidance scale (default ${DEFAULT-VALUE}).")
        float guidance;

        @Option(names = "--prompt", defaultValue = "a red circle moves right over a blue background", description = "Prompt (default: ${DEFAULT-VALUE}).")
        String prompt;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() throws CliException {
            for (double s : seconds) {
                if (!(s > 0 && s <= 60)) {
                    throw CliException.badInput("--seconds " + s + " is outside (0, 60]"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            if (steps < 1) {
                throw CliException.badInput("--steps must be >= 1, got " + steps); //$NON-NLS-1$
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                return Models.withDjl(() -> {
                    DitModel m = Models.engineModel(model == null ? null : model.toString());
                    double peak = SpeedBench.matmulPeak(3);
                    ObjectNode root = Json.object();
                    root.put("matmulPeakFlops", peak).put("parameters", m.parameterCount()) //$NON-NLS-1$ //$NON-NLS-2$
                            .put("width", m.config().width()).put("height", m.config().height()).put("fps", m.config().fps()).put("steps", steps) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            .put("guidance", guidance); //$NON-NLS-1$
                    ArrayNode runs = root.putArray("runs"); //$NON-NLS-1$
                    if (!json) {
                        out.printf(Locale.ROOT, "matmul peak (1024², float32): %.1f GFLOP/s; model %,d parameters, %dx%d at %d fps, %d steps%n", peak / 1e9, //$NON-NLS-1$
                                m.parameterCount(), m.config().width(), m.config().height(), m.config().fps(), steps);
                        out.printf("%8s %8s %10s %10s %9s %7s %10s %10s%n", "video s", "wall s", "s per s", "GFLOP/s", "MFU", "frames", "peak RSS", "predicted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                    }
                    for (double s : seconds) {
                        SpeedBench.Run r = SpeedBench.generate(m, prompt, s, steps, guidance);
                        runs.addObject().put("videoSeconds", s).put("wallSeconds", r.wallSeconds()).put("secondsPerVideoSecond", r.secondsPerVideoSecond()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                .put("flops", r.flops()).put("flopsPerSecond", r.flopsPerSecond()).put("mfu", r.flopsPerSecond() / peak) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                .put("frames", r.frames()).put("peakRssBytes", r.peakRssBytes()).put("predictedPeakBytes", r.predictedPeakBytes()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                .put("predictedSeconds", r.predictedSeconds()); //$NON-NLS-1$
                        if (!json) {
                            out.printf(Locale.ROOT, "%8.1f %8.2f %10.3f %10.1f %8.1f%% %7d %8d MB %7.2f s%n", s, r.wallSeconds(), r.secondsPerVideoSecond(), //$NON-NLS-1$
                                    r.flopsPerSecond() / 1e9, 100 * r.flopsPerSecond() / peak, r.frames(), r.peakRssBytes() >> 20, r.predictedSeconds());
                            out.flush();
                        }
                    }
                    if (json) {
                        Json.print(out, root);
                    }
                    return ExitCodes.OK;
                });
            } catch (java.io.IOException e) {
                throw CliException.badInput(e.getMessage());
            } catch (CliException e) {
                throw e;
            } catch (Exception e) {
                throw CliException.failed("bench failed: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
    }
}
