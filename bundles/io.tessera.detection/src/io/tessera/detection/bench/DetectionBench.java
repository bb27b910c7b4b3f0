package io.tessera.detection.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.detect.Finding;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.detection.Verdict;
import io.tessera.detection.VerdictRule;
import io.tessera.watermark.bench.Attack;
import io.tessera.watermark.bench.AttackRunner;
import io.tessera.media.FfmpegTool;

/**
 * {@code tessera bench detect}: the detectors on a held-out set. Three groups of clips, each clip also re-encoded,
 * cropped and downscaled by the ffmpeg CLI: generated clips without marks (positives for the pixel evidence),
 * real-like clips (rendered ground truth and footage made by other software: the negatives), and generated clips
 * with marks (the watermark and manifest must find every one, and nothing among the others).
 */
public final class DetectionBench {
    /** The copies every clip also gets. */
    public static final List<String> COPIES = List.of("crf23", "crop10", "scale50"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    public static final double MAX_FPR = 0.01;

    /**
     * Makes clip {@code i} of a group in {@code dir}, or returns the one an earlier run made there (the clip must
     * then be a function of {@code i} and the folder); {@link #label} says what it is.
     */
    public interface ClipSource {
        Path make(int i, Path dir) throws IOException;

        String label(int i);
    }

    /**
     * One inspected file.
     *
     * @param group generated, real or marked
     * @param source what made it (engine or ffmpeg source)
     * @param copy original or the copy's attack name
     * @param failed the detectors that failed on the file or were unavailable, {@code id: error} joined by "; ", or empty
     */
    public record Sample(String file, String group, String source, String copy, double watermark, double provenance, double artifacts,
            double learned, double combined, String verdict, double seconds, String failed) {

        /**
         * This sample's combined score and verdict under another calibration and thresholds, from its detectors' scores:
         * what the verdict rule would have said, for refitting without inspecting again. Exact for samples whose only
         * detectors are the four built in (a failed one counts as failed on the file, not as unavailable).
         */
        public Sample rescored(io.tessera.detection.Combination combination, io.tessera.detection.VerdictThresholds thresholds) {
            List<DetectorEvidence> e = new ArrayList<>();
            e.add(decisive("watermark", "watermark", watermark)); //$NON-NLS-1$ //$NON-NLS-2$
            e.add(decisive("provenance", "manifest", provenance)); //$NON-NLS-1$ //$NON-NLS-2$
            e.add(pixel("artifacts", "Artifact analysis", artifacts)); //$NON-NLS-1$ //$NON-NLS-2$
            e.add(pixel("learned", "Learned detector", learned)); //$NON-NLS-1$ //$NON-NLS-2$
            VerdictRule.Decision d = VerdictRule.decide(e, thresholds, combination);
            return new Sample(file, group, source, copy, watermark, provenance, artifacts, learned, d.score(), d.verdict().label(), seconds, failed);
        }

        private DetectorEvidence pixel(String id, String name, double score) {
            String error = failedError(id);
            return new DetectorEvidence(id, name, 1, error == null ? score : 0,
                    error == null ? List.of(new Finding(id, score, -1, -1, name)) : List.of(), error, 0);
        }

        private DetectorEvidence decisive(String id, String kind, double score) {
            String error = failedError(id);
            // as the service scores it: a mark below the decisive level is neither proof nor pixel evidence
            return new DetectorEvidence(id, id, 1, score >= VerdictRule.DECISIVE ? score : 0, error == null && score > 0 ? List.of(new Finding(kind, score, -1, -1, kind)) : List.of(), error, 0);
        }

        private String failedError(String id) {
            if (failed == null || failed.isEmpty()) {
                return null;
            }
            for (String f : failed.split("; ")) { //$NON-NLS-1$
                if (f.startsWith(id + ": ")) { //$NON-NLS-1$
                    return f.substring(id.length() + 2);
                }
            }
            return null;
        }
    }

    /** All samples and the figures drawn from them. */
    public record Report(List<Sample> samples, Map<String, Roc> unmarkedGenerated, double markedDetected, int markedClips,
            int falseMarks, int falseMarkCandidates, Map<String, Map<String, Integer>> verdicts) {
    }

    private final FfmpegTool ffmpeg;
    private final DetectionService service;

    private final boolean keep;
    /** Samples of an unfinished run into the same folder, by group and file name: not measured again. */
    private final Map<String, Sample> done = new LinkedHashMap<>();

    /** Continues an unfinished run: these samples (read back from its log) are taken as measured. */
    public DetectionBench resume(List<Sample> measured) {
        measured.forEach(m -> done.put(m.group() + "/" + m.file(), m)); //$NON-NLS-1$
        return this;
    }

    /**
     * @param keep whether to keep every copy in the work folder for inspection (they are deleted once measured
     *        otherwise; the originals are kept, so that another run into the same folder reuses them)
     */
    public DetectionBench(FfmpegTool ffmpeg, DetectionService service, boolean keep) {
        this.ffmpeg = ffmpeg;
        this.service = service;
        this.keep = keep;
    }

    /**
     * Clip {@code i} of each group in turn (made, or found from an earlier run into the same folder, then inspected
     * with its copies), so that the samples stay balanced between the groups however far a long run got; each sample
     * is also appended to {@code log} as one JSON line as soon as it is measured. With {@code generateOnly}, makes the
     * clips and inspects nothing.
     */
    public Report run(ClipSource generated, int generatedClips, ClipSource real, int realClips, ClipSource marked, int markedClips, Path work,
            Path log, boolean generateOnly, IProgressMonitor monitor) throws IOException {
        int clips = generatedClips + realClips + markedClips;
        SubMonitor sub = SubMonitor.convert(monitor, "Detection bench", clips * (generateOnly ? 1 : COPIES.size() + 2)); //$NON-NLS-1$
        Map<String, ClipSource> sources = new LinkedHashMap<>();
        sources.put("generated", generated); //$NON-NLS-1$
        sources.put("real", real); //$NON-NLS-1$
        sources.put("marked", marked); //$NON-NLS-1$
        Map<String, Integer> counts = Map.of("generated", generatedClips, "real", realClips, "marked", markedClips); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Sample> samples = new ArrayList<>();
        int most = Math.max(generatedClips, Math.max(realClips, markedClips));
        for (int i = 0; i < most; i++) {
            for (var g : sources.entrySet()) {
                int n = counts.get(g.getKey());
                if (i >= n) {
                    continue;
                }
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                sub.subTask(g.getKey() + " " + (i + 1) + "/" + n); //$NON-NLS-1$ //$NON-NLS-2$
                Path original = g.getValue().make(i, Files.createDirectories(work.resolve(g.getKey())));
                sub.worked(1);
                if (!generateOnly) {
                    inspectWithCopies(original, g.getKey(), g.getValue().label(i), samples, log, sub);
                }
            }
        }
        return summarise(samples);
    }

    /** The original and each of its copies; the copies are made again each run (cheap) and deleted unless kept. */
    private void inspectWithCopies(Path original, String group, String label, List<Sample> out, Path log, SubMonitor progress) throws IOException {
        Sample before = done.get(group + "/" + original.getFileName()); //$NON-NLS-1$
        if (before != null) {
            out.add(before);
        } else {
            add(inspect(original, group, label, "original"), out, log); //$NON-NLS-1$
        }
        progress.worked(1);
        for (String copy : COPIES) {
            Attack attack = Attack.singles().stream().filter(a -> a.name().equals(copy)).findFirst().orElseThrow();
            Path file = original.resolveSibling(original.getFileName().toString().replace(".mp4", "-" + copy + ".mp4")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            before = done.get(group + "/" + file.getFileName()); //$NON-NLS-1$
            if (before != null) {
                out.add(before);
                progress.worked(1);
                continue;
            }
            AttackRunner.apply(ffmpeg, attack, original, file, 0);
            add(inspect(file, group, label, copy), out, log);
            if (!keep) {
                Files.deleteIfExists(file);
            }
            progress.worked(1);
        }
    }

    private static void add(Sample s, List<Sample> out, Path log) throws IOException {
        out.add(s);
        if (log != null) {
            Files.writeString(log, logLine(s), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper LOG = new com.fasterxml.jackson.databind.ObjectMapper();

    /** One sample as a line of the samples log (JSON, newline-terminated). */
    private static String logLine(Sample s) throws IOException {
        return LOG.writeValueAsString(s) + "\n"; //$NON-NLS-1$
    }

    /** The samples of a run's log; a half-written last line (a run stopped while writing it) is left out. */
    public static List<Sample> readLog(Path log) throws IOException {
        List<Sample> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == lines.size() - 1 && !line.endsWith("}")) { //$NON-NLS-1$
                break;
            }
            if (!line.isBlank()) {
                out.add(LOG.readValue(line, Sample.class));
            }
        }
        return out;
    }

    /** Writes {@code samples} as the whole log (dropping whatever else it held, such as a half-written line). */
    public static void writeLog(Path log, List<Sample> samples) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Sample s : samples) {
            text.append(logLine(s));
        }
        Files.writeString(log, text);
    }

    private Sample inspect(Path file, String group, String source, String copy) throws IOException {
        long start = System.nanoTime();
        DetectionReport r = service.inspect(file, new org.eclipse.core.runtime.NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Sample(file.getFileName().toString(), group, source, copy, kindScore(r, "watermark"), //$NON-NLS-1$
                Math.max(kindScore(r, "manifest"), kindScore(r, "manifest-altered")), //$NON-NLS-1$ //$NON-NLS-2$
                detectorScore(r, "artifacts"), detectorScore(r, "learned"), r.score(), r.verdict().label(), seconds, //$NON-NLS-1$ //$NON-NLS-2$
                String.join("; ", r.evidence().stream().filter(DetectorEvidence::failed).map(e -> e.detectorId() + ": " + e.error()).toList())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static double detectorScore(DetectionReport r, String id) {
        return r.evidence().stream().filter(e -> e.detectorId().equals(id)).mapToDouble(DetectorEvidence::score).findFirst().orElse(0);
    }

    private static double kindScore(DetectionReport r, String kind) {
        return r.evidence().stream().flatMap(e -> e.findings().stream()).filter(f -> f.kind().equals(kind)).mapToDouble(Finding::score).max().orElse(0);
    }

    /** The figures of some samples: all of a run, or those of an unfinished one read back from its log. */
    public static Report summarise(List<Sample> samples) {
        List<Sample> positives = samples.stream().filter(s -> s.group().equals("generated")).toList(); //$NON-NLS-1$
        List<Sample> negatives = samples.stream().filter(s -> s.group().equals("real")).toList(); //$NON-NLS-1$
        Map<String, ToDoubleFunction<Sample>> scores = new LinkedHashMap<>();
        scores.put("watermark", Sample::watermark); //$NON-NLS-1$
        scores.put("provenance", Sample::provenance); //$NON-NLS-1$
        scores.put("artifacts", Sample::artifacts); //$NON-NLS-1$
        scores.put("learned", Sample::learned); //$NON-NLS-1$
        scores.put("combined", Sample::combined); //$NON-NLS-1$
        Map<String, Roc> rocs = new LinkedHashMap<>();
        for (var e : scores.entrySet()) {
            rocs.put(e.getKey(), Roc.of(positives.stream().map(s -> e.getValue().applyAsDouble(s)).toList(),
                    negatives.stream().map(s -> e.getValue().applyAsDouble(s)).toList(), MAX_FPR));
        }
        List<Sample> marked = samples.stream().filter(s -> s.group().equals("marked")).toList(); //$NON-NLS-1$
        long found = marked.stream().filter(s -> s.watermark() >= VerdictRule.DECISIVE || s.provenance() >= VerdictRule.DECISIVE).count();
        List<Sample> unmarked = samples.stream().filter(s -> !s.group().equals("marked")).toList(); //$NON-NLS-1$
        int falseMarks = (int) unmarked.stream().filter(s -> s.watermark() > 0 || s.provenance() > 0).count();
        Map<String, Map<String, Integer>> verdicts = new LinkedHashMap<>();
        for (Sample s : samples) {
            verdicts.computeIfAbsent(s.group(), g -> {
                Map<String, Integer> m = new LinkedHashMap<>();
                for (Verdict v : Verdict.values()) {
                    m.put(v.label(), 0);
                }
                return m;
            }).merge(s.verdict(), 1, Integer::sum);
        }
        return new Report(List.copyOf(samples), rocs, marked.isEmpty() ? Double.NaN : (double) found / marked.size(), marked.size(), falseMarks,
                unmarked.size(), verdicts);
    }
}
