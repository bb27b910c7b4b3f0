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

    /** Makes clip {@code i} of a group in {@code dir}; {@link #label} says what it is. */
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
     */
    public record Sample(String file, String group, String source, String copy, double watermark, double provenance, double artifacts,
            double learned, double combined, String verdict, double seconds) {
    }

    /** All samples and the figures drawn from them. */
    public record Report(List<Sample> samples, Map<String, Roc> unmarkedGenerated, double markedDetected, int markedClips,
            int falseMarks, int falseMarkCandidates, Map<String, Map<String, Integer>> verdicts) {
    }

    private final FfmpegTool ffmpeg;
    private final DetectionService service;

    private final boolean keep;

    /** @param keep whether to keep every clip in the work folder for inspection (they are deleted once measured otherwise) */
    public DetectionBench(FfmpegTool ffmpeg, DetectionService service, boolean keep) {
        this.ffmpeg = ffmpeg;
        this.service = service;
        this.keep = keep;
    }

    public Report run(ClipSource generated, int generatedClips, ClipSource real, int realClips, ClipSource marked, int markedClips, Path work,
            IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Detection bench", (generatedClips + realClips + markedClips) * (COPIES.size() + 1)); //$NON-NLS-1$
        List<Sample> samples = new ArrayList<>();
        group("generated", generated, generatedClips, work, samples, sub); //$NON-NLS-1$
        group("real", real, realClips, work, samples, sub); //$NON-NLS-1$
        group("marked", marked, markedClips, work, samples, sub); //$NON-NLS-1$
        return summarise(samples);
    }

    private void group(String name, ClipSource source, int clips, Path work, List<Sample> out, SubMonitor progress) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        for (int i = 0; i < clips; i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(name + " " + (i + 1) + "/" + clips); //$NON-NLS-1$ //$NON-NLS-2$
            Path original = source.make(i, dir);
            out.add(inspect(original, name, source.label(i), "original")); //$NON-NLS-1$
            progress.worked(1);
            for (String copy : COPIES) {
                Attack attack = Attack.singles().stream().filter(a -> a.name().equals(copy)).findFirst().orElseThrow();
                Path file = dir.resolve(original.getFileName().toString().replace(".mp4", "-" + copy + ".mp4")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                AttackRunner.apply(ffmpeg, attack, original, file, 0);
                out.add(inspect(file, name, source.label(i), copy));
                if (!keep) {
                    Files.deleteIfExists(file);
                }
                progress.worked(1);
            }
            if (!keep) {
                Files.deleteIfExists(original);
            }
        }
    }

    private Sample inspect(Path file, String group, String source, String copy) throws IOException {
        long start = System.nanoTime();
        DetectionReport r = service.inspect(file, new org.eclipse.core.runtime.NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Sample(file.getFileName().toString(), group, source, copy, kindScore(r, "watermark"), //$NON-NLS-1$
                Math.max(kindScore(r, "manifest"), kindScore(r, "manifest-altered")), //$NON-NLS-1$ //$NON-NLS-2$
                detectorScore(r, "artifacts"), detectorScore(r, "learned"), r.score(), r.verdict().label(), seconds);
    }

    private static double detectorScore(DetectionReport r, String id) {
        return r.evidence().stream().filter(e -> e.detectorId().equals(id)).mapToDouble(DetectorEvidence::score).findFirst().orElse(0);
    }

    private static double kindScore(DetectionReport r, String kind) {
        return r.evidence().stream().flatMap(e -> e.findings().stream()).filter(f -> f.kind().equals(kind)).mapToDouble(Finding::score).max().orElse(0);
    }

    static Report summarise(List<Sample> samples) {
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
