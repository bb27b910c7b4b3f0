package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.watermark.Marking;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.bench.DetectionBench;
import io.tessera.detection.bench.Roc;
import io.tessera.media.MediaProbe;
import io.tessera.media.FfmpegTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `tessera bench detect`: the detectors on clips none of them was tuned on (seeds far from any used in development,
 * sampler settings varied), each with re-encoded, cropped and downscaled copies; then the speed of a whole detection
 * at 1280×720 beside FFmpeg's own decoding of the same file.
 */
@Command(name = "detect", description = "Detection benchmark (needs the ffmpeg CLI): ROC AUC and true-positive rate at 1 %% false positives per detector and combined, "
        + "watermark detection on marked clips and false marks, verdicts per group, and frames/s at 1280x720.")
final class DetectBenchCommand implements Callable<Integer> {
    private static final int[][] SIZES = { { 256, 256 }, { 320, 240 }, { 480, 270 }, { 640, 360 } };
    /** Far from the seeds used while the detectors were written (single digits) and from the learned detector's (1 000 000+, 9 000 000+). */
    private static final long SEED_BASE = 7_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--clips", defaultValue = "50", description = "Clips per group, generated and real-like, before copies (default ${DEFAULT-VALUE}; x4 with the copies).")
    int clips;

    @Option(names = "--marked", defaultValue = "25", description = "Marked generated clips, before copies (default ${DEFAULT-VALUE}).")
    int marked;

    @Option(names = "--seconds", defaultValue = "2", description = "Clip length (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--engine", defaultValue = "dit", description = "The engine whose clips are the generated group (default ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--speed-seconds", defaultValue = "10", description = "Length of the 1280x720 clip timed at the end; 0 skips it (default ${DEFAULT-VALUE}).")
    double speedSeconds;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "Folder for report.json and the working clips.")
    Path output;

    @Option(names = "--keep", description = "Keep every copy in DIR/clips for inspection (the originals are always kept, and reused by another run into DIR).")
    boolean keep;

    @Option(names = "--seed-base", defaultValue = "7000000", description = "Clip i gets seed BASE + 7919 i (default ${DEFAULT-VALUE}, the held-out seeds; the combination's fitting data use others).")
    long seedBase;

    @Option(names = "--fit", paramLabel = "FILE", description = "Fit the detectors' combination on this run's unmarked samples and write it to FILE (the format of io.tessera.detection/calibration/combination.json).")
    Path fit;

    @Option(names = "--summarise", paramLabel = "SAMPLES", description = "Only summarise (and with --fit, fit on) the samples of an earlier or unfinished run (its DIR/samples.jsonl).")
    Path summarise;

    @Option(names = "--resume", description = "Continue an unfinished run into DIR: the samples already in DIR/samples.jsonl are not measured again.")
    boolean resume;

    @Option(names = "--rescore", description = "With --summarise: recompute each sample's combined score and verdict from its detectors' scores with the shipped calibration and the thresholds in force.")
    boolean rescore;

    @Option(names = "--generate-only", description = "Only make the clips (into DIR/clips, reused by a later run); inspect nothing.")
    boolean generateOnly;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (clips < 1 || marked < 0 || !(seconds >= 1 && seconds <= 60) || speedSeconds < 0 || seedBase < 0) {
            throw CliException.badInput("--clips must be >= 1, --marked >= 0, --seconds in [1, 60], --speed-seconds >= 0, --seed-base >= 0"); //$NON-NLS-1$
        }
        if (summarise != null) {
            return summariseOnly();
        }
        FfmpegTool ffmpeg;
        try {
            ffmpeg = FfmpegTool.find();
        } catch (IOException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        GenerationPipeline pipeline = new GenerationPipeline();
        if (io.tessera.core.registry.Registries.engines().find(engine).isEmpty()) {
            throw CliException.badInput("--engine " + engine + ": no such engine"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        DetectionService service = new DetectionService();
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null);
        ObjectNode root = Json.object();
        try {
            // one folder per clip recipe, so that a later run with the same recipe reuses the clips and no other does
            Path work = Files.createDirectories(output.resolve("clips").resolve(String.format(Locale.ROOT, "%s-seed%d-%.2fs", engine, seedBase, seconds))); //$NON-NLS-1$ //$NON-NLS-2$
            Path log = output.resolve("samples.jsonl"); //$NON-NLS-1$
            List<DetectionBench.Sample> measured = resume && Files.isRegularFile(log) ? DetectionBench.readLog(log) : List.of();
            // the log keeps only whole lines: a run stopped while writing one leaves half of it
            DetectionBench.writeLog(log, measured);
            DetectionBench.ClipSource generated = source(pipeline, ffmpeg, false, false);
            DetectionBench.ClipSource real = source(pipeline, ffmpeg, true, false);
            DetectionBench.ClipSource markedSource = source(pipeline, ffmpeg, false, true);
            DetectionBench.Report report = new DetectionBench(ffmpeg, service, keep).resume(measured).run(generated, clips, real, clips, markedSource, marked, work, log,
                    generateOnly, bar);
            bar.done();
            if (generateOnly) {
                spec.commandLine().getOut().println("clips made in " + work); //$NON-NLS-1$
                return ExitCodes.OK;
            }
            if (fit != null) {
                writeFit(report, String.format(Locale.ROOT, "made by `tessera bench detect --clips %d --seconds %s --engine %s --seed-base %d --fit` (clip seeds %d + 7919 i, i < %d; " //$NON-NLS-1$
                        + "each clip also re-encoded at CRF 23, cropped 10 %% a side and downscaled 50 %%)", clips, seconds, engine, seedBase, seedBase, clips));
            }
            root.putPOJO("report", report); //$NON-NLS-1$
            if (speedSeconds > 0) {
                root.set("speed", speed(pipeline, ffmpeg, service, work)); //$NON-NLS-1$
            }
            Files.writeString(output.resolve("report.json"), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)); //$NON-NLS-1$
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, root);
            } else {
                print(out, report, root);
            }
        } catch (IOException e) {
            throw CliException.failed("detection bench failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }

    private void writeFit(DetectionBench.Report report, String how) throws IOException {
        Files.writeString(fit, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(io.tessera.detection.bench.CombinationFit.fit(report.samples(),
                how + ", " + java.time.LocalDate.now(java.time.ZoneOffset.UTC)))); //$NON-NLS-1$
    }

    private Integer summariseOnly() throws CliException {
        try {
            List<DetectionBench.Sample> samples = new java.util.ArrayList<>();
            for (DetectionBench.Sample sample : DetectionBench.readLog(summarise)) {
                samples.add(rescore ? sample.rescored(io.tessera.detection.Combination.shipped(), io.tessera.detection.VerdictThresholds.current()) : sample);
            }
            DetectionBench.Report report = DetectionBench.summarise(samples);
            if (fit != null) {
                writeFit(report, "the samples in " + summarise); //$NON-NLS-1$
            }
            ObjectNode root = Json.object();
            root.putPOJO("report", report); //$NON-NLS-1$
            if (json) {
                Json.print(spec.commandLine().getOut(), root);
            } else {
                print(spec.commandLine().getOut(), report, root);
            }
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            throw CliException.failed("cannot summarise " + summarise + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private DetectionBench.ClipSource source(GenerationPipeline pipeline, FfmpegTool ffmpeg, boolean realLike, boolean marks) {
        return new DetectionBench.ClipSource() {
            @Override
            public Path make(int i, Path dir) throws IOException {
                Path file = dir.resolve((realLike ? "real-" : marks ? "marked-" : "generated-") + i + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                if (Files.isRegularFile(file)) {
                    return file; // made by an earlier run of the same recipe: written under another name and moved, so whole
                }
                Path part = dir.resolve("part-" + file.getFileName()); //$NON-NLS-1$
                makeInto(i, part);
                return Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }

            private void makeInto(int i, Path file) throws IOException {
                SplittableRandom r = random(i);
                int[] size = SIZES[r.nextInt(SIZES.length)];
                if (realLike && i % 2 == 1) {
                    // seeded so that clips of other seed bases are other pictures: where the zoom starts, the gradients' colours
                    BenchClips.ffmpegSource(ffmpeg, ffmpegSource(i) + variation(ffmpegSource(i), r), file, size[0], size[1], 24, seconds, startOf(ffmpegSource(i), r));
                    return;
                }
                String id = realLike ? "scene" : engine; //$NON-NLS-1$
                // an engine may refuse words it was never trained on: draw another prompt, as a user would rephrase
                for (int attempt = 0;; attempt++) {
                    String prompt = BenchClips.randomPrompt(r);
                    GenerationRequest.Builder b = GenerationRequest.builder(prompt).seconds(seconds).fps(realLike ? 24 : 12).seed(seedBase + i * 7919L);
                    if (!realLike) {
                        b.size(256, 256).steps(i % 2 == 0 ? 10 : 20).guidance(i % 3 == 0 ? 3 : 5);
                    } else {
                        b.size(size[0], size[1]);
                    }
                    try {
                        pipeline.run(new GenerationPlan(b.build(), id, file, null, marks ? Marking.ALL : Marking.NONE).withAudio(false), new NullProgressMonitor());
                        break;
                    } catch (io.tessera.core.engine.InvalidRequestException e) {
                        if (attempt == 50) {
                            throw new IOException(id + " refused 50 prompts, the last '" + prompt + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                    } catch (GenerationException e) {
                        throw new IOException(id + " failed on '" + prompt + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }

            @Override
            public String label(int i) {
                if (realLike) {
                    return i % 2 == 1 ? "ffmpeg " + ffmpegSource(i).replaceAll("=.*", "") : "scene"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                return engine + (i % 2 == 0 ? " steps 10" : " steps 20") + (i % 3 == 0 ? " guidance 3" : " guidance 5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }

            private SplittableRandom random(int i) {
                return new SplittableRandom(seedBase * 31 + i * 2 + (realLike ? 1 : 0) + (marks ? 1_000_000 : 0));
            }
        };
    }

    /**
     * Pictures from other software that behave like footage: a fractal zoom, drifting gradients, a still test card. FFmpeg's sources that change at random by design (testsrc2's noise patch, cellular automata)
     * are left out: a picture that changes without moving is what the artifact analysis is meant to flag.
     */
    static final List<String> FOOTAGE_LIKE = List.of("mandelbrot", "gradients=speed=0.03", "smptehdbars"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Options that make one source's clips differ between seeds (SMPTE bars are one still picture whatever the seed). */
    private static String variation(String source, SplittableRandom r) {
        return source.startsWith("gradients") ? ":seed=" + r.nextInt(1 << 30) : ""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Where in the source the clip starts: the mandelbrot zoom shows other pictures later on. */
    private static double startOf(String source, SplittableRandom r) {
        return source.equals("mandelbrot") ? r.nextInt(60) / 10.0 : 0; //$NON-NLS-1$
    }

    private static String ffmpegSource(int i) {
        return FOOTAGE_LIKE.get((i / 2) % FOOTAGE_LIKE.size());
    }

    /** A whole detection of a 1280×720 clip, and FFmpeg decoding the same file (the peer). */
    private ObjectNode speed(GenerationPipeline pipeline, FfmpegTool ffmpeg, DetectionService service, Path work) throws IOException {
        Path hd = work.resolve("speed-1280x720.mp4"); //$NON-NLS-1$
        try {
            pipeline.run(new GenerationPlan(GenerationRequest.builder("two red circles move right over a grass background").seconds(speedSeconds).fps(24) //$NON-NLS-1$
                    .size(1280, 720).seed(SEED_BASE).build(), "scene", hd, null, Marking.ALL).withAudio(false), new NullProgressMonitor()); //$NON-NLS-1$
        } catch (GenerationException e) {
            throw new IOException("scene engine failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        long frames = MediaProbe.probe(hd).frameCount();
        service.inspect(hd, new NullProgressMonitor()); // warm-up: class loading, native libraries
        long t0 = System.nanoTime();
        DetectionReport r = service.inspect(hd, new NullProgressMonitor());
        double detect = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ffmpeg.run(List.of("-v", "error", "-nostdin", "-threads", "1", "-i", hd.toString(), "-f", "null", "-")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        double decode = (System.nanoTime() - t1) / 1e9;
        ObjectNode o = Json.object().put("width", 1280).put("height", 720).put("frames", frames).put("seconds", detect) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .put("fps", frames / detect).put("ffmpegDecodeFps", frames / decode).put("verdict", r.verdict().label()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        var per = o.putObject("detectorSeconds"); //$NON-NLS-1$
        r.evidence().forEach(e -> per.put(e.detectorId(), e.seconds()));
        // the detectors run one after the other, so the whole without the learned detector is the whole less its time
        double learned = r.evidence().stream().filter(e -> e.detectorId().equals("learned")).mapToDouble(DetectorEvidence::seconds).sum(); //$NON-NLS-1$
        o.put("fpsWithoutLearned", frames / (detect - learned)).put("ffmpegDecodeSeconds", decode); //$NON-NLS-1$ //$NON-NLS-2$
        Files.deleteIfExists(hd);
        return o;
    }

    private static void print(PrintWriter out, DetectionBench.Report report, ObjectNode root) {
        out.println("unmarked generated vs real-like (originals and copies):"); //$NON-NLS-1$
        out.printf("  %-11s %6s %12s %10s%n", "detector", "AUC", "TPR@1%FPR", "threshold"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (var e : report.unmarkedGenerated().entrySet()) {
            Roc r = e.getValue();
            out.printf(Locale.ROOT, "  %-11s %6.3f %12.3f %10.3f   (%d vs %d)%n", e.getKey(), r.auc(), r.tprAtFpr(), r.threshold(), r.positives(), r.negatives()); //$NON-NLS-1$
        }
        if (report.markedClips() > 0) {
            out.printf(Locale.ROOT, "marked generated clips found by watermark or manifest: %.1f %% of %d; ", 100 * report.markedDetected(), //$NON-NLS-1$
                    report.markedClips());
        } else {
            out.print("no marked clips in this run; "); //$NON-NLS-1$
        }
        out.printf(Locale.ROOT, "false marks on unmarked clips: %d of %d%n", report.falseMarks(), report.falseMarkCandidates()); //$NON-NLS-1$
        out.println("verdicts: " + report.verdicts()); //$NON-NLS-1$
        if (root.has("speed")) { //$NON-NLS-1$
            var s = root.get("speed"); //$NON-NLS-1$
            out.printf(Locale.ROOT, "speed at 1280x720: %.1f frames/s for the whole detection, %.1f without the learned detector (ffmpeg decoding alone: %.1f frames/s)%n", //$NON-NLS-1$
                    s.get("fps").asDouble(), s.get("fpsWithoutLearned").asDouble(), s.get("ffmpegDecodeFps").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
