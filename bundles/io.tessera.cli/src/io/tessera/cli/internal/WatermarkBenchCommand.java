package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.watermark.Marking;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.media.FfmpegTool;
import io.tessera.watermark.bench.WatermarkBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `tessera bench watermark`: the attack benchmark. Clips come from the scene engine (random prompts over every
 * background it draws) and from FFmpeg's synthetic sources (fractal zooms, test cards, gradients, cellular
 * automata: pictures made by other software); attacks are applied by the ffmpeg CLI.
 */
@Command(name = "watermark", description = "Attack benchmark for the invisible watermark (needs the ffmpeg CLI): bit accuracy and detection per attack, false alarms on unmarked clips, PSNR/SSIM, speed and generation overhead.")
final class WatermarkBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--clips", defaultValue = "50", description = "Marked clips for the single attacks (default ${DEFAULT-VALUE}).")
    int clips;

    @Option(names = "--pair-clips", defaultValue = "10", description = "How many of them also get every pair of attacks (default ${DEFAULT-VALUE}).")
    int pairClips;

    @Option(names = "--unmarked", defaultValue = "1000", description = "Unmarked clips read for false alarms (default ${DEFAULT-VALUE}).")
    int unmarked;

    @Option(names = "--size", defaultValue = "640x360", paramLabel = "WxH", converter = GenerationOptions.SizeConverter.class,
            description = "Size of the marked clips (default ${DEFAULT-VALUE}).")
    GenerationOptions.FrameSize size;

    @Option(names = "--seconds", defaultValue = "4", description = "Length of the marked clips (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Prompts, payloads and excerpt positions (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--overhead-engines", split = ",", defaultValue = "scene", paramLabel = "ID[,ID...]",
            description = "Engines whose generation time is measured with and without the marks, or none (default ${DEFAULT-VALUE}).")
    List<String> overheadEngines = new ArrayList<>();

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "Folder for report.json and the working clips.")
    Path output;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--keep-misses", description = "Keep every attacked file the mark was not found in, with its marked and source files, in DIR/misses.")
    boolean keepMisses;

    @Override
    public Integer call() throws CliException {
        if (clips < 1 || pairClips < 0 || pairClips > clips || unmarked < 0) {
            throw CliException.badInput("--clips must be >= 1, --pair-clips in [0, --clips], --unmarked >= 0"); //$NON-NLS-1$
        }
        if (!(seconds >= 2.5 && seconds <= 60)) {
            throw CliException.badInput("--seconds must be in [2.5, 60] (the excerpt attack cuts 2 s), got " + seconds); //$NON-NLS-1$
        }
        List<String> engines = overheadEngines.stream().filter(e -> !e.equals("none")).toList(); //$NON-NLS-1$
        GenerationPipeline pipeline = new GenerationPipeline();
        Path work = output.resolve("clips"); //$NON-NLS-1$
        for (String engine : engines) {
            // an unknown or forbidden engine must fail now, not after the attacks have run for many minutes
            try {
                pipeline.resolve(overheadPlan(engine, work, Marking.ALL));
            } catch (InvalidRequestException e) {
                throw CliException.badInput("--overhead-engines: " + e.getMessage() + " (or none)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        FfmpegTool ffmpeg;
        try {
            ffmpeg = FfmpegTool.find();
        } catch (IOException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null);
        ObjectNode root = Json.object();
        try {
            Files.createDirectories(output);
            Files.createDirectories(work);
            WatermarkBench bench = new WatermarkBench(ffmpeg, new WatermarkBench.Settings(clips, pairClips, unmarked, seed));
            if (keepMisses) {
                bench.keepMissesIn(output.resolve("misses")); //$NON-NLS-1$
            }
            WatermarkBench.ClipSource marked = (i, dir, m) -> clip(pipeline, ffmpeg, i, dir, size.width(), size.height(), seconds, seed);
            WatermarkBench.ClipSource plain = (i, dir, m) -> {
                int[][] sizes = { { 320, 180 }, { 480, 270 }, { 640, 360 }, { 256, 256 } };
                int[] s = sizes[i % sizes.length];
                return clip(pipeline, ffmpeg, 100_000 + i, dir, s[0], s[1], 2, seed + 7);
            };
            WatermarkBench.Report report = bench.run(marked, plain, work, bar);
            root.putPOJO("report", report); //$NON-NLS-1$
            var clipSources = root.putObject("clipSources"); //$NON-NLS-1$
            report.clips().forEach(c -> clipSources.put(Integer.toString(c.index()), sources.getOrDefault(c.index(), ""))); //$NON-NLS-1$
            Path reportFile = output.resolve("report.json"); //$NON-NLS-1$
            // written now and again at the end, so the attack figures survive a failure in the timings
            writeReport(reportFile, root);
            VideoFrame hd = firstFrame(clip(pipeline, ffmpeg, 0, work, 1280, 720, 1, seed));
            double[] speed = WatermarkBench.speed(hd, 96);
            root.putObject("speed").put("width", 1280).put("height", 720).put("embedFps", speed[0]).put("detectFps", speed[1]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            var overhead = root.putArray("overhead"); //$NON-NLS-1$
            for (String engine : engines) {
                double[] t = overhead(pipeline, engine, work);
                overhead.addObject().put("engine", engine).put("unmarkedSeconds", t[0]).put("markedSeconds", t[1]) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("overhead", t[1] / t[0] - 1); //$NON-NLS-1$
            }
            writeReport(reportFile, root);
            if (json) {
                Json.print(out, root);
            } else {
                print(out, report, speed, root);
            }
        } catch (IOException e) {
            throw CliException.failed("watermark bench failed: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (GenerationException e) {
            throw CliException.failed("watermark bench: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }

    /** What made each marked clip (prompt or FFmpeg source), by index, for the report. */
    private final java.util.Map<Integer, String> sources = new java.util.TreeMap<>();

    /** Clip {@code i}: every fifth from an FFmpeg source, the others from the scene engine with a random prompt. */
    private Path clip(GenerationPipeline pipeline, FfmpegTool ffmpeg, int i, Path dir, int w, int h, double seconds, long seed)
            throws IOException {
        Path file = dir.resolve("source-" + i + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        SplittableRandom r = new SplittableRandom(seed * 1_000_003 + i);
        if (i % 5 == 4) {
            String source = BenchClips.FFMPEG_SOURCES.get(r.nextInt(BenchClips.FFMPEG_SOURCES.size()));
            sources.put(i, "ffmpeg " + source); //$NON-NLS-1$
            return BenchClips.ffmpegSource(ffmpeg, source, file, w, h, 24, seconds);
        }
        String prompt = BenchClips.randomPrompt(r);
        sources.put(i, prompt);
        GenerationRequest request = GenerationRequest.builder(prompt).seconds(seconds).fps(24).size(w, h).seed(i).build();
        try {
            pipeline.run(new GenerationPlan(request, "scene", file, null, Marking.NONE).withAudio(false), new NullProgressMonitor()); //$NON-NLS-1$
        } catch (GenerationException e) {
            throw new IOException("scene engine failed on '" + prompt + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return file;
    }

    /** The clip whose generation time is measured: 3 s, at the engine's usual size and rate. */
    private static GenerationPlan overheadPlan(String engine, Path work, Marking marking) {
        boolean dit = engine.equals("dit"); //$NON-NLS-1$
        GenerationRequest request = GenerationRequest.builder("a red circle moves right over a sky background") //$NON-NLS-1$
                .seconds(3).fps(dit ? 8 : 24).size(dit ? 128 : 1280, dit ? 128 : 720).seed(1).build();
        return new GenerationPlan(request, engine, work.resolve("overhead.mp4"), null, marking).withAudio(false); //$NON-NLS-1$
    }

    private static void writeReport(Path file, ObjectNode root) throws IOException {
        Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static VideoFrame firstFrame(Path file) throws IOException {
        try (Mp4VideoReader r = Mp4VideoReader.open(file)) {
            return r.nextFrame();
        }
    }

    /** Seconds to generate the same clip without and with the marks (median of five each). */
    private double[] overhead(GenerationPipeline pipeline, String engine, Path work) throws GenerationException {
        // a warm-up run first (class loading, JIT, model load), then marked and unmarked runs alternate, median of 5 each
        pipeline.run(overheadPlan(engine, work, Marking.ALL), new NullProgressMonitor());
        double[][] runs = new double[2][5];
        for (int k = 0; k < runs[0].length; k++) {
            for (int m = 0; m < 2; m++) {
                IProgressMonitor none = new NullProgressMonitor();
                GenerationResult r = pipeline.run(overheadPlan(engine, work, m == 0 ? Marking.NONE : Marking.ALL), none);
                runs[m][k] = r.elapsedSeconds();
            }
        }
        double[] times = new double[2];
        for (int m = 0; m < 2; m++) {
            java.util.Arrays.sort(runs[m]);
            times[m] = runs[m][runs[m].length / 2];
        }
        return times;
    }

    private static void print(PrintWriter out, WatermarkBench.Report report, double[] speed, ObjectNode root) {
        WatermarkBench.Quality q = report.quality();
        out.printf(Locale.ROOT, "quality over %d clips: PSNR mean %.2f dB (min %.2f), SSIM mean %.4f (min %.4f)%n", q.perClip().size(), //$NON-NLS-1$
                q.meanPsnr(), q.minPsnr(), q.meanSsim(), q.minSsim());
        out.printf("%-28s %6s %10s %10s %10s %10s%n", "attack", "clips", "bit acc", "min bits", "detected", "payload"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        for (var list : List.of(report.singles(), report.pairs())) {
            for (WatermarkBench.AttackResult a : list) {
                out.printf(Locale.ROOT, "%-28s %6d %10.4f %10.4f %9.1f%% %9.1f%%%n", a.attack(), a.clips(), a.bitAccuracy(), a.minBitAccuracy(), //$NON-NLS-1$
                        100 * a.detectionRate(), 100 * a.payloadRate());
            }
        }
        WatermarkBench.FalseAlarms f = report.falseAlarms();
        out.printf(Locale.ROOT, "false alarms: %d of %d unmarked clips (threshold p < %.0e; smallest p seen %.3g)%n", f.detected(), f.clips(), //$NON-NLS-1$
                f.threshold(), f.smallestPValue());
        out.printf(Locale.ROOT, "speed at 1280x720: embed %.1f frames/s, detect %.1f frames/s%n", speed[0], speed[1]); //$NON-NLS-1$
        root.path("overhead").forEach(o -> out.printf(Locale.ROOT, "overhead on engine %s: %.3f s -> %.3f s (%+.1f %%)%n", //$NON-NLS-1$ //$NON-NLS-2$
                o.path("engine").asText(), o.path("unmarkedSeconds").asDouble(), o.path("markedSeconds").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                100 * o.path("overhead").asDouble())); //$NON-NLS-1$
    }
}
