package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.media.MediaFormatException;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.train.bench.BenchPrompt;
import io.tessera.train.bench.ClipAnalysis;
import io.tessera.train.bench.PromptSet;
import io.tessera.train.bench.QualityBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `tessera bench quality`: generates a clip for every prompt of a prompt set, reads each back and scores it with
 * Tessera-Bench; checks that the same seed gives the same clip; optionally compares the first and last 10 s of long
 * clips.
 */
@Command(name = "quality", description = "Tessera-Bench: prompt adherence per attribute (count, colour, shape, motion, background), temporal consistency, reproducibility.")
final class QualityCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--prompts", paramLabel = "FILE", description = "Prompt file, one per line (default: the public set shipped with Tessera).")
    Path prompts;

    @Option(names = "--engine", paramLabel = "ID", description = "Engine to score (default: the default engine).")
    String engine;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder for the dit engine.")
    Path model;

    @Option(names = "--seconds", defaultValue = "3", description = "Clip length (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--size", defaultValue = "128x128", converter = GenerationOptions.SizeConverter.class, paramLabel = "WxH",
            description = "Clip size (default ${DEFAULT-VALUE}).")
    GenerationOptions.FrameSize size;

    @Option(names = "--fps", defaultValue = "8", description = "Frame rate (default ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every clip (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", defaultValue = "20", description = "Sampler steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--guidance", defaultValue = "4.0", description = "Guidance scale (default ${DEFAULT-VALUE}).")
    double guidance;

    @Option(names = "--limit", defaultValue = "0", description = "Score only the first N prompts (0: all).")
    int limit;

    @Option(names = "--long", defaultValue = "0", paramLabel = "S",
            description = "Also generate S-second clips of the first --long-prompts prompts and compare the first and last 10 s (0: skip).")
    double longSeconds;

    @Option(names = "--long-prompts", defaultValue = "3", description = "Prompts for the long-clip comparison (default ${DEFAULT-VALUE}).")
    int longPrompts;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "tessera-bench", description = "Where the clips and report go (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (seconds <= 0 || seconds > 60 || steps < 1 || fps < 1 || longSeconds < 0 || longSeconds > 60) {
            throw CliException.badInput("--seconds and --long must be in (0, 60], --steps and --fps >= 1"); //$NON-NLS-1$
        }
        List<String> set;
        try {
            set = prompts == null ? PromptSet.publicSet() : PromptSet.read(prompts);
            Files.createDirectories(output);
        } catch (IOException e) {
            throw CliException.badInput((prompts == null ? "" : "--prompts " + prompts + ": ") + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (limit > 0 && limit < set.size()) {
            set = set.subList(0, limit);
        }
        List<BenchPrompt> parsed = new ArrayList<>();
        for (String p : set) {
            try {
                parsed.add(BenchPrompt.parse(p));
            } catch (SceneParseException e) {
                throw CliException.badInput("prompt \"" + p + "\" cannot be scored: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        QualityBench bench = new QualityBench();
        List<QualityBench.ClipScore> scores = new ArrayList<>();
        GenerationPipeline pipeline = new GenerationPipeline();
        try {
            for (int i = 0; i < parsed.size(); i++) {
                Path clip = output.resolve(String.format("clip-%03d.mp4", i)); //$NON-NLS-1$
                pipeline.run(new GenerationPlan(request(set.get(i), seconds).build(), engine, clip, null, io.tessera.core.watermark.Marking.NONE).withAudio(false), new NullProgressMonitor());
                scores.add(bench.score(clip.getFileName().toString(), parsed.get(i), ClipAnalysis.of(clip)));
                err.printf(Locale.ROOT, "\r%d/%d clips scored", i + 1, parsed.size()); //$NON-NLS-1$
                err.flush();
            }
            err.println();
            Path again = output.resolve("clip-000-again.mp4"); //$NON-NLS-1$
            pipeline.run(new GenerationPlan(request(set.get(0), seconds).build(), engine, again, null, io.tessera.core.watermark.Marking.NONE).withAudio(false), new NullProgressMonitor());
            boolean reproducible = sameFrames(output.resolve("clip-000.mp4"), again); //$NON-NLS-1$
            QualityBench.Report report = QualityBench.Report.of(scores, reproducible);
            ObjectNode root = report.toJson(JSON);
            root.put("engine", engine == null ? "default" : engine).put("seconds", seconds).put("seed", seed).put("steps", steps); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            String longTable = ""; //$NON-NLS-1$
            if (longSeconds > 0) {
                longTable = longClips(set, parsed, pipeline, bench, root);
            }
            Files.writeString(output.resolve("report.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)); //$NON-NLS-1$
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, root);
            } else {
                out.print(report.toTable());
                out.print(longTable);
                out.printf("clips and report.json in %s%n", output); //$NON-NLS-1$
            }
        } catch (GenerationException e) {
            throw GenerateCommand.translate(e);
        } catch (IOException e) {
            throw CliException.failed("bench failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }

    private GenerationRequest.Builder request(String prompt, double s) {
        GenerationRequest.Builder b = GenerationRequest.builder(prompt).seconds(s).fps(fps).size(size.width(), size.height()).seed(seed).steps(steps)
                .guidance(guidance);
        if (model != null) {
            b.option("model", model.toAbsolutePath().toString()); //$NON-NLS-1$
        }
        return b;
    }

    /** Adherence of the first and the last 10 s of long clips: does quality hold over a minute of windows? */
    private String longClips(List<String> set, List<BenchPrompt> parsed, GenerationPipeline pipeline, QualityBench bench, ObjectNode root)
            throws GenerationException, IOException {
        List<QualityBench.ClipScore> first = new ArrayList<>();
        List<QualityBench.ClipScore> last = new ArrayList<>();
        int window = (int) Math.round(Math.min(10, longSeconds / 2) * fps);
        for (int i = 0; i < Math.min(longPrompts, set.size()); i++) {
            Path clip = output.resolve(String.format("long-%03d.mp4", i)); //$NON-NLS-1$
            pipeline.run(new GenerationPlan(request(set.get(i), longSeconds).build(), engine, clip, null, io.tessera.core.watermark.Marking.NONE).withAudio(false), new NullProgressMonitor());
            ClipAnalysis.Frames decoded = ClipAnalysis.read(clip);
            List<byte[]> frames = decoded.rgb();
            int w = decoded.width();
            int h = decoded.height();
            first.add(bench.score(clip + "[first]", parsed.get(i), ClipAnalysis.of(frames.subList(0, window), w, h))); //$NON-NLS-1$
            last.add(bench.score(clip + "[last]", parsed.get(i), ClipAnalysis.of(frames.subList(frames.size() - window, frames.size()), w, h))); //$NON-NLS-1$
        }
        QualityBench.Report a = QualityBench.Report.of(first, null);
        QualityBench.Report b = QualityBench.Report.of(last, null);
        ObjectNode l = root.putObject("long"); //$NON-NLS-1$
        l.put("seconds", longSeconds).put("clips", first.size()).put("firstAdherence", a.adherence()).put("lastAdherence", b.adherence()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .put("dropPoints", 100 * (a.adherence() - b.adherence())); //$NON-NLS-1$
        l.set("first", a.toJson(JSON)); //$NON-NLS-1$
        l.set("last", b.toJson(JSON)); //$NON-NLS-1$
        return String.format(Locale.ROOT, "long clips (%.0f s, %d prompts): first %.0f s %.1f%%, last %.0f s %.1f%%, drop %.1f points%n", longSeconds, //$NON-NLS-1$
                first.size(), window / (double) fps, 100 * a.adherence(), window / (double) fps, 100 * b.adherence(), 100 * (a.adherence() - b.adherence()));
    }

    private static boolean sameFrames(Path a, Path b) throws IOException {
        try (Mp4VideoReader ra = Mp4VideoReader.open(a); Mp4VideoReader rb = Mp4VideoReader.open(b)) {
            while (true) {
                VideoFrame fa = ra.nextFrame();
                VideoFrame fb = rb.nextFrame();
                if (fa == null || fb == null) {
                    return fa == null && fb == null;
                }
                if (!java.util.Arrays.equals(fa.rgb(), fb.rgb())) {
                    return false;
                }
            }
        } catch (MediaFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
