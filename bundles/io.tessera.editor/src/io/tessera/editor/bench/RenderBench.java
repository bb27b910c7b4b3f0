package io.tessera.editor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.watermark.Marking;
import io.tessera.editor.EditException;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Transitions;
import io.tessera.editor.render.MediaResolver;
import io.tessera.editor.render.RenderException;
import io.tessera.editor.render.RenderOptions;
import io.tessera.editor.render.RenderResult;
import io.tessera.editor.render.TimelineRenderer;
import io.tessera.media.FfmpegTool;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.VideoSettings;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStore;

/**
 * Render speed and memory of a cut: 10 s shots (ffmpeg testsrc2 pictures in different hues, each with a tone),
 * crossfaded for 1 s at every cut, rendered by us and, as the peer in the same run, by the ffmpeg CLI shipped in
 * the same FFmpeg jar doing the same cut with its xfade and acrossfade filters and the same encoder (openh264,
 * same bitrate and GOP, one encoder thread). Memory: peak resident set and peak Java heap while rendering cuts of
 * different lengths, which should not grow with the length.
 */
public final class RenderBench {
    private static final int SHOT = 10;
    private static final double FADE = 1.0;
    private final Path folder;
    private final int width;
    private final int height;
    private final int fps;
    private final FfmpegTool ffmpeg;

    public RenderBench(Path folder, int width, int height, int fps) throws IOException {
        this.folder = folder;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.ffmpeg = FfmpegTool.bundled();
    }

    public ObjectNode run(double seconds, double[] memoryLengths, IProgressMonitor monitor) throws IOException, RenderException, EditException {
        Files.createDirectories(folder);
        int shots = (int) Math.ceil(seconds / SHOT);
        int maxShots = shots;
        for (double l : memoryLengths) {
            maxShots = Math.max(maxShots, (int) Math.ceil(l / SHOT));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Render bench", 10 + maxShots + 40 + memoryLengths.length * 10);
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < Math.min(maxShots, 6); i++) {
            sources.add(source(i));
            progress.worked(1);
        }
        ObjectNode report = new ObjectMapper().createObjectNode();
        report.put("date", java.time.LocalDate.now().toString()).put("width", width).put("height", height).put("fps", fps) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .put("seconds", shots * SHOT).put("shots", shots).put("crossfadeSeconds", FADE) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("cores", Runtime.getRuntime().availableProcessors()); //$NON-NLS-1$

        Project project = project(sources, shots);
        long frames = (long) shots * SHOT * fps;
        // warm-up: class loading and the first decoder openings are not what a long render costs
        render(project(sources, 1), "warmup.mp4", Marking.NONE, progress.split(5)); //$NON-NLS-1$
        RenderResult ours = render(project, "ours.mp4", Marking.NONE, progress.split(15)); //$NON-NLS-1$
        double peerSeconds = peer(sources, shots);
        progress.worked(10);
        RenderResult marked = render(project, "ours-marked.mp4", Marking.ALL, progress.split(15)); //$NON-NLS-1$
        report.put("frames", frames); //$NON-NLS-1$
        report.put("tesseraFps", frames / ours.elapsedSeconds()).put("tesseraSeconds", ours.elapsedSeconds()); //$NON-NLS-1$ //$NON-NLS-2$
        report.put("ffmpegFps", frames / peerSeconds).put("ffmpegSeconds", peerSeconds); //$NON-NLS-1$ //$NON-NLS-2$
        report.put("ratio", peerSeconds / ours.elapsedSeconds()); //$NON-NLS-1$
        report.put("tesseraMarkedFps", frames / marked.elapsedSeconds()); //$NON-NLS-1$
        report.put("ffmpegCommand", "ffmpeg -i shot0..N -filter_complex '...xfade=transition=fade:duration=1...; ...acrossfade=d=1...' -c:v libopenh264 -b:v " //$NON-NLS-1$ //$NON-NLS-2$
                + VideoSettings.automaticBitrate(width, height, fps) + " -g " + 2 * fps + " -threads 1 -c:a aac -b:a 128k"); //$NON-NLS-1$ //$NON-NLS-2$

        ArrayNode memory = report.putArray("memory"); //$NON-NLS-1$
        for (double length : memoryLengths) {
            int n = (int) Math.ceil(length / SHOT);
            Project p = project(sources, n);
            MemoryWatch watch = MemoryWatch.start();
            RenderResult r = render(p, "memory-" + n + ".mp4", Marking.NONE, progress.split(10)); //$NON-NLS-1$ //$NON-NLS-2$
            MemoryWatch.Peak peak = watch.stop();
            memory.addObject().put("seconds", n * SHOT).put("frames", r.frames()).put("peakRssMiB", peak.rssMiB()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("peakHeapMiB", peak.heapMiB()).put("liveHeapMiB", peak.liveHeapMiB()).put("fps", r.frames() / r.elapsedSeconds()); //$NON-NLS-1$ //$NON-NLS-2$
            Files.deleteIfExists(r.output());
        }
        return report;
    }

    private RenderResult render(Project p, String name, Marking marking, IProgressMonitor monitor) throws RenderException {
        return new TimelineRenderer(MediaResolver.relativeTo(folder)).render(p, folder.resolve(name), RenderOptions.DEFAULT.withMarking(marking),
                monitor == null ? new NullProgressMonitor() : monitor);
    }

    /** An 11 s shot: 10 s shown and half a second of handle at each end for the crossfades. */
    private Path source(int i) throws IOException {
        Path file = folder.resolve("shot" + i + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        if (Files.isRegularFile(file)) {
            return file;
        }
        ffmpeg.run(List.of("-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                String.format(Locale.ROOT, "testsrc2=size=%dx%d:rate=%d:duration=%d,hue=h=%d", width, height, fps, SHOT + 1, 60 * i), //$NON-NLS-1$
                "-f", "lavfi", "-i", String.format(Locale.ROOT, "sine=frequency=%d:sample_rate=48000:duration=%d", 300 + 110 * i, SHOT + 1), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-c:v", "libopenh264", "-b:v", Integer.toString(VideoSettings.automaticBitrate(width, height, fps)), "-g", Integer.toString(2 * fps), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2", "-shortest", file.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        return file;
    }

    /** Shots of 10 s back to back, each crossfaded into the next for 1 s centred on the cut. */
    private Project project(List<Path> sources, int shots) throws IOException, EditException {
        Project p = ProjectStore.create("render bench"); //$NON-NLS-1$
        TimelineEditor editor = TimelineEditor.of(p);
        editor.timeline(fps);
        Track v1 = editor.addTrack(TrackKind.VIDEO, "V1"); //$NON-NLS-1$
        List<ClipItem> items = new ArrayList<>();
        for (int i = 0; i < shots; i++) {
            Path file = sources.get(i % sources.size());
            MediaInfo info = MediaProbe.probe(file);
            MediaAsset a = ModelFactory.eINSTANCE.createMediaAsset();
            a.setId("shot" + i); //$NON-NLS-1$
            a.setFile(file.getFileName().toString());
            a.setDurationSeconds(info.durationSeconds());
            a.setFps(fps);
            a.setWidth(info.width());
            a.setHeight(info.height());
            a.setFrameCount(info.frameCount());
            p.getAssets().add(a);
            items.add(editor.append(v1, a, FADE / 2, SHOT + FADE / 2));
        }
        for (int i = 1; i < items.size(); i++) {
            editor.addTransition(Transitions.CROSSFADE, items.get(i - 1), items.get(i), FADE, Map.of());
        }
        return p;
    }

    /** The same cut by the ffmpeg CLI; returns its wall-clock seconds. */
    private double peer(List<Path> sources, int shots) throws IOException {
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-loglevel", "error", "-y")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (int i = 0; i < shots; i++) {
            double start = i == 0 ? FADE / 2 : 0;
            double length = (i == 0 || i == shots - 1) ? SHOT + FADE / 2 : SHOT + FADE;
            if (shots == 1) {
                length = SHOT;
            }
            args.addAll(List.of("-ss", fmt(start), "-t", fmt(length), "-i", sources.get(i % sources.size()).toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        StringBuilder graph = new StringBuilder();
        String v = "[0:v]"; //$NON-NLS-1$
        String a = "[0:a]"; //$NON-NLS-1$
        double offset = 0;
        for (int i = 1; i < shots; i++) {
            offset += (i == 1 ? SHOT + FADE / 2 : SHOT + FADE) - FADE;
            String vo = "[v" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            String ao = "[a" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            graph.append(v).append('[').append(i).append(":v]xfade=transition=fade:duration=").append(fmt(FADE)).append(":offset=") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(fmt(offset)).append(vo).append(';');
            graph.append(a).append('[').append(i).append(":a]acrossfade=d=").append(fmt(FADE)).append(ao).append(';'); //$NON-NLS-1$
            v = vo;
            a = ao;
        }
        if (graph.length() > 0) {
            graph.setLength(graph.length() - 1);
            args.addAll(List.of("-filter_complex", graph.toString(), "-map", v, "-map", a)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        args.addAll(List.of("-c:v", "libopenh264", "-b:v", Integer.toString(VideoSettings.automaticBitrate(width, height, fps)), "-g", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Integer.toString(2 * fps), "-threads", "1", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                folder.resolve("ffmpeg.mp4").toString())); //$NON-NLS-1$
        long t0 = System.nanoTime();
        ffmpeg.run(args);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v); //$NON-NLS-1$
    }

    /** Samples the resident set and the heap every 20 ms from another thread while a render runs. */
    static final class MemoryWatch {
        /** @param liveHeapMiB the most the heap held right after a collection: what the render keeps, not its garbage */
        record Peak(double rssMiB, double heapMiB, double liveHeapMiB) {
        }

        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakRss;
        private volatile long peakLive;

        private MemoryWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            thread = new Thread(() -> {
                while (running) {
                    peakRss = Math.max(peakRss, rss());
                    peakLive = Math.max(peakLive, live());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }

        static MemoryWatch start() {
            System.gc();
            return new MemoryWatch();
        }

        Peak stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heap += pool.getPeakUsage().getUsed();
                }
            }
            return new Peak(peakRss / 1048576.0, heap / 1048576.0, peakLive / 1048576.0);
        }

        private static long live() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            return used;
        }

        private static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) { //$NON-NLS-1$
                    if (line.startsWith("VmRSS:")) { //$NON-NLS-1$
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024; //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not Linux: heap figures only
            }
            return 0;
        }
    }
}
