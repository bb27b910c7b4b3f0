package io.tessera.watermark.bench;

import io.tessera.media.FfmpegTool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.media.MediaInfo;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.watermark.mark.Detection;
import io.tessera.watermark.mark.InvisibleMark;
import io.tessera.watermark.mark.MarkDetector;
import io.tessera.watermark.mark.MarkReader;
import io.tessera.watermark.mark.Payload;

/**
 * The attack benchmark: marks clips with random payloads, attacks every marked clip with the ffmpeg CLI (each
 * single attack, then every pair on a subset), reads the mark back and counts; reads unmarked clips for false
 * alarms; and measures the mark's cost to picture quality and its speed.
 */
public final class WatermarkBench {
    /**
     * @param clips marked clips for the single attacks
     * @param pairClips how many of them also get every pair of attacks
     * @param unmarkedClips clips read for false alarms
     * @param seed payloads and excerpt positions
     */
    public record Settings(int clips, int pairClips, int unmarkedClips, long seed) {
    }

    /** Where clips come from: the bench asks for clip {@code index}, written as an MP4 into {@code folder}. */
    public interface ClipSource {
        Path clip(int index, Path folder, IProgressMonitor monitor) throws IOException;
    }

    /** Results of one attack over the clips it was applied to. */
    public record AttackResult(String attack, int clips, double bitAccuracy, double minBitAccuracy, double detectionRate,
            double payloadRate) {
    }

    public record Quality(double meanPsnr, double minPsnr, double meanSsim, double minSsim, List<double[]> perClip) {
    }

    public record FalseAlarms(int clips, int detected, double smallestPValue, double threshold) {
    }

    /**
     * One marked clip: how the mark fared on it, so that failures can be traced to content.
     *
     * @param pValue the unattacked clip's p-value
     * @param singlesDetected how many of the single attacks left the mark detectable
     */
    public record ClipOutcome(int index, double psnr, double ssim, double pValue, int singlesDetected, int singles,
            List<AttackOutcome> attacks) {
    }

    /** One attack on one clip: enough to see whether a failure was the search (sync score) or the payload (bits). */
    public record AttackOutcome(String attack, double pValue, double syncScore, int bits, boolean payload) {
    }

    public record Report(Settings settings, Quality quality, List<AttackResult> singles, List<AttackResult> pairs,
            FalseAlarms falseAlarms, List<ClipOutcome> clips) {
    }

    private final FfmpegTool ffmpeg;
    private final Settings settings;
    private Path misses;

    public WatermarkBench(FfmpegTool ffmpeg, Settings settings) {
        this.ffmpeg = ffmpeg;
        this.settings = settings;
    }

    /**
     * Keeps, in {@code folder}, every attacked file the mark was not found in, with the marked file it was made from
     * and its unmarked source ({@code clip-I-ATTACK.mp4}, {@code clip-I-marked.mp4}, {@code clip-I-source.mp4}), so a
     * miss can be looked at, read again and marked again.
     */
    public WatermarkBench keepMissesIn(Path folder) {
        this.misses = folder;
        return this;
    }

    public Report run(ClipSource marked, ClipSource unmarked, Path work, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Watermark bench", settings.clips() * 10 + settings.unmarkedClips()); //$NON-NLS-1$
        Files.createDirectories(work);
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Attack> singles = Attack.singles();
        List<Attack> pairs = Attack.pairs();
        Map<String, List<double[]>> outcomes = new LinkedHashMap<>();
        // two workers: an attack's ffmpeg encode and another's mark reading overlap on the two cores
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "watermark-bench"); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        List<double[]> quality = new ArrayList<>();
        List<ClipOutcome> clipOutcomes = new ArrayList<>();
        java.util.Set<String> singleNames = new java.util.HashSet<>(singles.stream().map(Attack::name).toList());
        for (int i = 0; i < settings.clips(); i++) {
            checkCanceled(progress);
            progress.subTask("clip " + (i + 1) + "/" + settings.clips()); //$NON-NLS-1$ //$NON-NLS-2$
            Path source = marked.clip(i, work, progress.split(1));
            Payload payload = new Payload(random.nextLong(1L << 40), random.nextInt(1 << 24));
            Path markedFile = work.resolve("marked-" + i + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
            quality.add(mark(source, markedFile, payload));
            double duration;
            try (Mp4VideoReader r = Mp4VideoReader.open(markedFile)) {
                duration = r.info().durationSeconds();
            }
            Detection unattacked = MarkReader.read(markedFile, null);
            int clip = i;
            if (!unattacked.detected()) {
                keepMiss(clip, "none", null, markedFile, source); //$NON-NLS-1$
            }
            record("none", outcomes, unattacked, payload); //$NON-NLS-1$
            int singlesDetected = 0;
            List<AttackOutcome> perAttack = new ArrayList<>();
            perAttack.add(outcome("none", unattacked, payload)); //$NON-NLS-1$
            List<Attack> todo = new ArrayList<>(singles);
            if (i < settings.pairClips()) {
                todo.addAll(pairs);
            }
            SubMonitor attacks = SubMonitor.convert(progress.split(9), todo.size());
            // excerpt positions are drawn in order before anything runs, so results do not depend on timing
            List<Future<Detection>> results = new ArrayList<>();
            for (Attack attack : todo) {
                double start = attack.excerptSeconds() > 0 ? random.nextDouble() * Math.max(0, duration - attack.excerptSeconds()) : 0;
                Path attacked = work.resolve("attacked-" + attack.name() + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
                results.add(pool.submit(() -> {
                    AttackRunner.apply(ffmpeg, attack, markedFile, attacked, start);
                    boolean kept = false;
                    try {
                        Detection d = MarkReader.read(attacked, null);
                        kept = !d.detected() && keepMiss(clip, attack.name(), attacked, markedFile, source);
                        return d;
                    } finally {
                        if (!kept) {
                            Files.deleteIfExists(attacked);
                        }
                    }
                }));
            }
            for (int k = 0; k < todo.size(); k++) {
                checkCanceled(attacks);
                Attack attack = todo.get(k);
                Detection d = get(results.get(k));
                record(attack.name(), outcomes, d, payload);
                perAttack.add(outcome(attack.name(), d, payload));
                if (singleNames.contains(attack.name()) && d.detected()) {
                    singlesDetected++;
                }
                attacks.worked(1);
            }
            double[] q = quality.get(quality.size() - 1);
            clipOutcomes.add(new ClipOutcome(i, q[0], q[1], unattacked.pValue(), singlesDetected, singles.size(),
                    List.copyOf(perAttack)));
            Files.deleteIfExists(markedFile);
            if (!source.startsWith(work)) {
                continue;
            }
            Files.deleteIfExists(source);
        }
        int detected = 0;
        double smallest = 1;
        // clips are made here, one after the other; reading them runs beside the making of the next ones
        java.util.ArrayDeque<Future<Detection>> pending = new java.util.ArrayDeque<>();
        for (int i = 0; i <= settings.unmarkedClips(); i++) {
            while (!pending.isEmpty() && (pending.size() >= 4 || i == settings.unmarkedClips())) {
                Detection d = get(pending.removeFirst());
                if (d.detected()) {
                    detected++;
                }
                smallest = Math.min(smallest, d.pValue());
                progress.worked(1);
            }
            if (i == settings.unmarkedClips()) {
                break;
            }
            checkCanceled(progress);
            progress.subTask("unmarked clip " + (i + 1) + "/" + settings.unmarkedClips()); //$NON-NLS-1$ //$NON-NLS-2$
            Path clip = unmarked.clip(i, work, null);
            pending.add(pool.submit(() -> {
                try {
                    return MarkReader.read(clip, null);
                } finally {
                    if (clip.startsWith(work)) {
                        Files.deleteIfExists(clip);
                    }
                }
            }));
        }
        pool.shutdown();
        List<AttackResult> singleResults = new ArrayList<>();
        List<AttackResult> pairResults = new ArrayList<>();
        java.util.Set<String> pairNames = new java.util.HashSet<>(pairs.stream().map(Attack::name).toList());
        for (Map.Entry<String, List<double[]>> e : outcomes.entrySet()) {
            (pairNames.contains(e.getKey()) ? pairResults : singleResults).add(summarise(e.getKey(), e.getValue()));
        }
        return new Report(settings, summariseQuality(quality), singleResults, pairResults,
                new FalseAlarms(settings.unmarkedClips(), detected, smallest, Detection.THRESHOLD), List.copyOf(clipOutcomes));
    }

    /** Marks every frame of {@code source} into {@code target}; returns mean PSNR and SSIM of the marked frames. */
    private static double[] mark(Path source, Path target, Payload payload) throws IOException {
        InvisibleMark mark = new InvisibleMark(payload);
        double psnr = 0;
        double ssim = 0;
        int frames = 0;
        try (Mp4VideoReader reader = Mp4VideoReader.open(source)) {
            MediaInfo info = reader.info();
            int fps = (int) Math.round(info.fps());
            try (Mp4VideoWriter writer = Mp4VideoWriter.open(target, VideoSettings.of(info.width(), info.height(), fps))) {
                VideoFrame frame;
                while ((frame = reader.nextFrame()) != null) {
                    VideoFrame original = new VideoFrame(frame.width(), frame.height(), frame.rgb().clone());
                    mark.embed(frame);
                    double p = FrameQuality.psnr(original, frame);
                    psnr += Double.isInfinite(p) ? 100 : p;
                    ssim += FrameQuality.ssim(original, frame);
                    frames++;
                    writer.writeFrame(frame);
                }
            }
        }
        return new double[] { psnr / Math.max(1, frames), ssim / Math.max(1, frames) };
    }

    private static Detection get(Future<Detection> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private static AttackOutcome outcome(String attack, Detection d, Payload truth) {
        return new AttackOutcome(attack, d.pValue(), d.syncScore(), d.matchingBits(truth), d.payload().map(truth::equals).orElse(false));
    }

    private static void record(String attack, Map<String, List<double[]>> outcomes, Detection d, Payload truth) {
        boolean correct = d.payload().map(p -> p.equals(truth)).orElse(false);
        outcomes.computeIfAbsent(attack, k -> new ArrayList<>())
                .add(new double[] { d.matchingBits(truth) / (double) Payload.BITS, d.detected() ? 1 : 0, correct ? 1 : 0 });
    }

    private static AttackResult summarise(String attack, List<double[]> rows) {
        double bits = 0;
        double minBits = 1;
        double detected = 0;
        double correct = 0;
        for (double[] r : rows) {
            bits += r[0];
            minBits = Math.min(minBits, r[0]);
            detected += r[1];
            correct += r[2];
        }
        int n = rows.size();
        return new AttackResult(attack, n, bits / n, minBits, detected / n, correct / n);
    }

    private static Quality summariseQuality(List<double[]> perClip) {
        double psnr = 0;
        double minPsnr = Double.POSITIVE_INFINITY;
        double ssim = 0;
        double minSsim = 1;
        for (double[] q : perClip) {
            psnr += q[0];
            minPsnr = Math.min(minPsnr, q[0]);
            ssim += q[1];
            minSsim = Math.min(minSsim, q[1]);
        }
        int n = Math.max(1, perClip.size());
        return new Quality(psnr / n, minPsnr, ssim / n, minSsim, perClip);
    }

    /** Moves the attacked file (if any) and copies the marked one into the misses folder; false when not keeping. */
    private boolean keepMiss(int clip, String attack, Path attacked, Path markedFile, Path source) throws IOException {
        if (misses == null) {
            return false;
        }
        Files.createDirectories(misses);
        Path markedCopy = misses.resolve("clip-" + clip + "-marked.mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        synchronized (this) {
            if (!Files.exists(markedCopy)) {
                Files.copy(markedFile, markedCopy);
                Files.copy(source, misses.resolve("clip-" + clip + "-source.mp4"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (attacked != null) {
            Files.move(attacked, misses.resolve("clip-" + clip + "-" + attack + ".mp4"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return true;
    }

    private static final int WARM_UP_FRAMES = 24;

    /** Embed and detect speed in frames per second at one frame size, from frames already in memory. */
    public static double[] speed(VideoFrame sample, int frames) {
        InvisibleMark mark = new InvisibleMark(new Payload(1, 1));
        VideoFrame work = new VideoFrame(sample.width(), sample.height(), sample.rgb().clone());
        // a generation marks hundreds of frames: time the compiled code, not the interpreter's first frames
        for (int i = 0; i < WARM_UP_FRAMES; i++) {
            System.arraycopy(sample.rgb(), 0, work.rgb(), 0, work.rgb().length);
            mark.embed(work);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            System.arraycopy(sample.rgb(), 0, work.rgb(), 0, work.rgb().length);
            mark.embed(work);
        }
        double embedFps = frames / ((System.nanoTime() - t0) / 1e9);
        MarkDetector detector = new MarkDetector();
        t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            detector.accept(work);
        }
        detector.result();
        double detectFps = frames / ((System.nanoTime() - t0) / 1e9);
        return new double[] { embedFps, detectFps };
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
