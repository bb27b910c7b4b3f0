package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.editor.EditException;
import io.tessera.editor.bench.RenderBench;
import io.tessera.editor.render.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera bench render`: timeline render speed against the ffmpeg CLI's xfade, and memory against cut length. */
@Command(name = "render", description = "Render speed of a crossfaded cut against the ffmpeg CLI (xfade), and peak memory for cuts of different lengths.")
final class RenderBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "Folder for the shots, the renders and report.json.")
    Path output;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of the timeline that is timed (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--size", defaultValue = "1280x720", converter = GenerationOptions.SizeConverter.class, description = "Frame size (default ${DEFAULT-VALUE}).")
    GenerationOptions.FrameSize size;

    @Option(names = "--fps", defaultValue = "24", description = "Frame rate (default ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--memory", split = ",", defaultValue = "20,60,120", description = "Cut lengths whose peak memory is compared (default ${DEFAULT-VALUE}).")
    double[] memory;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (!(seconds >= 10 && seconds <= 600) || fps < 1 || fps > 60) {
            throw CliException.badInput("--seconds must be in [10, 600] and --fps in [1, 60]"); //$NON-NLS-1$
        }
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null);
        ObjectNode report;
        try {
            report = new RenderBench(output, size.width(), size.height(), fps).run(seconds, memory, bar);
            bar.done();
            io.tessera.detection.ReportFiles.writeAtomically(output.resolve("report.json"), report.toPrettyString()); //$NON-NLS-1$
        } catch (OperationCanceledException e) {
            throw new CliException(ExitCodes.CANCELLED, "cancelled"); //$NON-NLS-1$
        } catch (IOException | RenderException | EditException e) {
            throw CliException.failed("render bench failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%d s %dx%d at %d fps, %d crossfades: Tessera %.1f fps (%.1f s), ffmpeg CLI %.1f fps (%.1f s), ratio %.2f; with marks %.1f fps%n", //$NON-NLS-1$
                report.get("seconds").asInt(), size.width(), size.height(), fps, report.get("shots").asInt() - 1, report.get("tesseraFps").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                report.get("tesseraSeconds").asDouble(), report.get("ffmpegFps").asDouble(), report.get("ffmpegSeconds").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                report.get("ratio").asDouble(), report.get("tesseraMarkedFps").asDouble()); //$NON-NLS-1$ //$NON-NLS-2$
        for (JsonNode m : report.get("memory")) { //$NON-NLS-1$
            out.printf(Locale.ROOT, "  %4d s cut: peak RSS %.0f MiB, peak heap %.0f MiB, heap after collections at most %.0f MiB (%.1f fps)%n", //$NON-NLS-1$
                    m.get("seconds").asInt(), m.get("peakRssMiB").asDouble(), m.get("peakHeapMiB").asDouble(), m.get("liveHeapMiB").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    m.get("fps").asDouble()); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }
}
