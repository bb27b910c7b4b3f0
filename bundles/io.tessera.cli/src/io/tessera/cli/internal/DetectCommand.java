package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.HtmlReport;
import io.tessera.detection.ProjectReports;
import io.tessera.detection.ReportJson;
import io.tessera.detection.SummaryCsv;
import io.tessera.media.MediaFormatException;
import io.tessera.model.store.ProjectStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera detect`: was this video generated? Every registered detector, one verdict per file, an HTML report. */
@Command(name = "detect", description = "Tell whether videos were generated: watermark, provenance manifest and artifact analysis combined into a verdict "
        + "(generated / not-generated / inconclusive) with reasons. Exit 0 when every file was inspected, 1 when one could not be read.")
final class DetectCommand implements Callable<Integer> {
    /** What a folder is searched for. */
    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    static final String SUMMARY = "detection-summary.csv"; //$NON-NLS-1$

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Videos, or folders whose videos (" + "mp4, m4v, mov, mkv, webm, avi) are all inspected.")
    List<Path> inputs;

    @Option(names = "--report", paramLabel = "OUT.html", description = "Write a self-contained HTML report of all files.")
    Path report;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Write the one-line-per-file summary here (default for a folder: DIR/" + SUMMARY + ").")
    Path csv;

    @Option(names = "--project", paramLabel = "P.tessera", description = "Also keep each report in this project (created when missing).")
    Path project;

    @Option(names = "--json", description = "Print JSON: one report object for one file, else {\"files\": [...], \"failures\": [...]}.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        List<Path> files = new ArrayList<>();
        Path folder = null;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> found = videosIn(in);
                if (found.isEmpty()) {
                    throw CliException.badInput(in + ": the folder holds no video files (" + String.join(", ", VIDEO_EXTENSIONS.stream().sorted().toList()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                files.addAll(found);
                folder = folder == null ? in : folder;
            } else {
                Inputs.requireFile(in);
                files.add(in);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(err, System.console() != null);
        DetectionService service = new DetectionService();
        List<DetectionReport> reports = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringWriter summary = new StringWriter();
        try {
            SummaryCsv table = new SummaryCsv(summary);
            org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(bar, "Detecting", files.size() * 100); //$NON-NLS-1$
            for (Path f : files) {
                try {
                    DetectionReport r = service.inspect(f, progress.split(100));
                    reports.add(r);
                    table.add(r);
                    if (project != null) {
                        ProjectReports.record(project, r);
                    }
                } catch (MediaFormatException | NoSuchFileException e) {
                    String why = e instanceof NoSuchFileException ? f + ": no such file" : e.getMessage(); //$NON-NLS-1$
                    failures.add(why);
                    table.failed(f.toString(), why);
                }
            }
            bar.done();
            if (report != null) {
                HtmlReport.write(reports, failures, report);
            }
            Path csvOut = csv != null ? csv : folder != null ? folder.resolve(SUMMARY) : null;
            if (csvOut != null) {
                io.tessera.detection.ReportFiles.writeAtomically(csvOut, summary.toString());
            }
            if (json) {
                if (files.size() == 1 && inputs.size() == 1 && folder == null && reports.size() == 1) {
                    Json.print(out, ReportJson.of(reports.get(0)));
                } else {
                    ObjectNode o = Json.object();
                    ArrayNode a = o.putArray("files"); //$NON-NLS-1$
                    reports.forEach(r -> a.add(ReportJson.of(r)));
                    ArrayNode fl = o.putArray("failures"); //$NON-NLS-1$
                    failures.forEach(fl::add);
                    if (csvOut != null) {
                        o.put("summary", csvOut.toString()); //$NON-NLS-1$
                    }
                    if (report != null) {
                        o.put("report", report.toString()); //$NON-NLS-1$
                    }
                    Json.print(out, o);
                }
            } else {
                for (DetectionReport r : reports) {
                    print(out, r);
                }
                failures.forEach(f -> out.printf("%s%n", f)); //$NON-NLS-1$
                if (csvOut != null) {
                    out.printf("summary: %s%n", csvOut); //$NON-NLS-1$
                }
                if (report != null) {
                    out.printf("report: %s%n", report); //$NON-NLS-1$
                }
            }
        } catch (OperationCanceledException e) {
            throw new CliException(ExitCodes.CANCELLED, "cancelled; nothing was written"); //$NON-NLS-1$
        } catch (ProjectStoreException e) {
            throw CliException.badInput("--project " + project + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw CliException.failed("detection failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (!failures.isEmpty()) {
            if (!json) {
                err.printf("tessera: %d of %d files could not be inspected%n", failures.size(), files.size()); //$NON-NLS-1$
            }
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, DetectionReport r) {
        out.printf(Locale.ROOT, "%s: %s (score %.3f)%n", r.file(), r.verdict().label(), r.score()); //$NON-NLS-1$
        r.reasons().forEach(s -> out.printf("  - %s%n", s)); //$NON-NLS-1$
        for (DetectorEvidence e : r.evidence()) {
            if (e.failed()) {
                out.printf("  ! %s failed: %s%n", e.name(), e.error()); //$NON-NLS-1$
            }
        }
    }

    static List<Path> videosIn(Path dir) throws CliException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                int dot = n.lastIndexOf('.');
                return !n.startsWith(".") && dot > 0 && VIDEO_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            }).sorted().toList();
        } catch (IOException e) {
            throw CliException.badInput(dir + ": cannot list the folder (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
