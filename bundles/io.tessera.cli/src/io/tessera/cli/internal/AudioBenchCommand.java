package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.audio.bench.AudioBench;
import io.tessera.core.engine.GenerationException;
import io.tessera.engine.scene.SceneParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera bench audio`: hits against the scene engine's collisions, panning, loudness and speed of the sound stage. */
@Command(name = "audio", description = "Check the sound: impact onsets against known collisions, panning against position, loudness, speed.")
final class AudioBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "Folder for report.json and the clips.")
    Path output;

    @Option(names = "--clips", defaultValue = "50", description = "Clips with collisions (default ${DEFAULT-VALUE}).")
    int clips;

    @Option(names = "--pan-clips", defaultValue = "12", description = "Clips with one moving object for the panning check (default ${DEFAULT-VALUE}).")
    int panClips;

    @Option(names = "--fps", defaultValue = "25", description = "Frame rate of the clips (default ${DEFAULT-VALUE}: one frame is 40 ms).")
    int fps;

    @Option(names = "--size", defaultValue = "256x256", converter = GenerationOptions.SizeConverter.class, description = "Clip size (default ${DEFAULT-VALUE}).")
    GenerationOptions.FrameSize size;

    @Option(names = "--seconds", defaultValue = "4", description = "Length of each clip (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--tolerance-ms", defaultValue = "40", description = "How near a hit must be to its collision (default ${DEFAULT-VALUE}).")
    double toleranceMs;

    @Option(names = "--long", defaultValue = "60", description = "Length of the clip the speed is measured on; 0 skips it (default ${DEFAULT-VALUE}).")
    double longSeconds;

    @Option(names = "--prompt-seed", defaultValue = "777", description = "Seed of the random prompts (default ${DEFAULT-VALUE}, the measured set; the analysis is tuned on 20261201).")
    long promptSeed;

    @Option(names = "--clip-seed", defaultValue = "3000", description = "Seed of the first clip (default ${DEFAULT-VALUE}; the tuning set starts at 1000).")
    long clipSeed;

    @Option(names = "--diagnose", description = "Say why each collision was missed and each false hit made (report.json's diagnosis).")
    boolean diagnose;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (clips < 1 || panClips < 0 || fps < 1 || !(seconds >= 1 && seconds <= 60) || longSeconds < 0 || longSeconds > 60 || toleranceMs <= 0) {
            throw CliException.badInput("--clips >= 1, --pan-clips >= 0, --fps >= 1, --seconds in [1, 60], --long in [0, 60], --tolerance-ms > 0"); //$NON-NLS-1$
        }
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null);
        ObjectNode report;
        try {
            report = new AudioBench(output, fps, size.width(), size.height(), seconds, toleranceMs / 1000).seeds(promptSeed, clipSeed).diagnose(diagnose).run(clips, panClips, longSeconds, bar);
            bar.done();
            io.tessera.detection.ReportFiles.writeAtomically(output.resolve("report.json"), report.toPrettyString()); //$NON-NLS-1$
        } catch (OperationCanceledException e) {
            throw new CliException(ExitCodes.CANCELLED, "cancelled"); //$NON-NLS-1$
        } catch (GenerationException | SceneParseException e) {
            throw CliException.failed("audio bench failed: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (IOException e) {
            throw CliException.failed("audio bench failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
            return ExitCodes.OK;
        }
        JsonNode hits = report.get("impacts"); //$NON-NLS-1$
        out.printf(Locale.ROOT, "impacts: %d of %d collisions have a hit within %.0f ms (%.1f %%); %d of %d hits where nothing collided (%.1f %%); |error| median %.1f ms, p95 %.1f ms%n", //$NON-NLS-1$
                hits.get("foundWithinTolerance").asInt(), hits.get("collisions").asInt(), toleranceMs, 100 * hits.get("recall").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                hits.get("falseOnsets").asInt(), hits.get("onsets").asInt(), 100 * hits.get("falseOnsetRate").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                hits.get("medianAbsErrorMs").asDouble(), hits.get("p95AbsErrorMs").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode diagnosis = report.get("diagnosis"); //$NON-NLS-1$
        if (diagnosis != null) {
            diagnosis.get("causes").fields().forEachRemaining(e -> out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue().asInt(), e.getKey())); //$NON-NLS-1$
            diagnosis.get("tags").fields().forEachRemaining(e -> out.printf(Locale.ROOT, "  %4d    %s%n", e.getValue().asInt(), e.getKey())); //$NON-NLS-1$
        }
        JsonNode pan = report.get("panning"); //$NON-NLS-1$
        out.printf(Locale.ROOT, "panning: correlation of right-channel share with x: mean %.3f, min %.3f%n", pan.get("meanCorrelation").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$
                pan.get("minCorrelation").asDouble()); //$NON-NLS-1$
        JsonNode loud = report.get("loudness"); //$NON-NLS-1$
        out.printf(Locale.ROOT, "loudness: %.2f .. %.2f LUFS, max true peak %.2f dBTP over %d files%n", loud.get("minLufs").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$
                loud.get("maxLufs").asDouble(), loud.get("maxTruePeakDbtp").asDouble(), loud.get("files").asInt()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (loud.has("ffmpegChecked")) { //$NON-NLS-1$
            out.printf(Locale.ROOT, "loudness by ffmpeg's ebur128 on %d of them: %.1f .. %.1f LUFS, max true peak %.1f dBTP, largest gap to ours %.2f LU%n", //$NON-NLS-1$
                    loud.get("ffmpegChecked").asInt(), loud.get("ffmpegMinLufs").asDouble(), loud.get("ffmpegMaxLufs").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    loud.get("ffmpegMaxTruePeakDbtp").asDouble(), loud.get("maxGapToFfmpegLu").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        JsonNode speed = report.get("speed"); //$NON-NLS-1$
        if (speed != null) {
            speed.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "speed %s: %.2f s of sound work for %.0f s of video (%.3f x real time)%s%n", e.getKey(), //$NON-NLS-1$
                    e.getValue().get("soundSeconds").asDouble(), e.getValue().get("clipSeconds").asDouble(), e.getValue().get("realTimeFactor").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    e.getValue().has("ffmpegDecodeSeconds") ? String.format(Locale.ROOT, "; ffmpeg decoding the same pictures %.2f s (ratio %.2f)", //$NON-NLS-1$ //$NON-NLS-2$
                            e.getValue().get("ffmpegDecodeSeconds").asDouble(), e.getValue().get("ratioToFfmpegDecode").asDouble()) : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.printf("report: %s%n", output.resolve("report.json")); //$NON-NLS-1$ //$NON-NLS-2$
        return ExitCodes.OK;
    }
}
