package io.tessera.editor.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.internal.FrameMarkers;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.watermark.MarkPayload;
import io.tessera.core.watermark.Marking;
import io.tessera.core.watermark.MarkingPolicy;
import io.tessera.core.watermark.Provenance;
import io.tessera.core.watermark.ProvenanceSealer;
import io.tessera.editor.FrameClock;
import io.tessera.editor.Timelines;
import io.tessera.editor.Transitions;
import io.tessera.editor.internal.AudioMix;
import io.tessera.editor.internal.FadeBlackOperation;
import io.tessera.editor.internal.Operations;
import io.tessera.editor.internal.TitlePainter;
import io.tessera.editor.internal.VideoSources;
import io.tessera.media.FileHash;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.model.ClipItem;
import io.tessera.model.Effect;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;

/**
 * Renders a timeline to an H.264/AAC MP4, frame by frame: for each output frame the topmost video track with
 * something at that time gives the picture (its item, with the item's effects, or the transition between two
 * items), titles are drawn over it, the watermarkers mark it, and the sound of every track is mixed for the same
 * stretch of time. Nothing is held beyond the decoders of the items that show, so memory stays flat however long
 * the timeline is. The file appears complete or not at all, signed with a manifest whose parents are the media
 * the cut used.
 */
public final class TimelineRenderer {
    private final MediaResolver resolver;

    public TimelineRenderer(MediaResolver resolver) {
        this.resolver = resolver;
    }

    public RenderResult render(Project project, Path output, RenderOptions options, IProgressMonitor monitor) throws RenderException {
        long started = System.nanoTime();
        Timeline timeline = project.getTimeline();
        if (timeline == null || Timelines.tracks(timeline, TrackKind.VIDEO).stream().allMatch(t -> t.getItems().isEmpty())) {
            throw new RenderException("the project has no video on its timeline: nothing to render", true); //$NON-NLS-1$
        }
        if (timeline.getFps() < 1 || timeline.getFps() > 120) {
            throw new RenderException("timeline frame rate " + timeline.getFps() + " is not in 1..120", true); //$NON-NLS-1$ //$NON-NLS-2$
        }
        FrameClock clock = new FrameClock(timeline.getFps());
        Map<MediaAsset, Path> files = new LinkedHashMap<>();
        Map<Path, MediaInfo> infos = new LinkedHashMap<>();
        resolveMedia(timeline, files, infos);
        int[] size = size(timeline, files, infos);
        int width = size[0];
        int height = size[1];
        long frames = clock.frame(Timelines.duration(timeline));
        List<Provenance.Parent> parents = parents(files);

        Marking marking = MarkingPolicy.forProject(options.marking(), project.isVisibleWatermark());
        FrameMarkers markers;
        try {
            MarkingPolicy.check(marking);
            markers = FrameMarkers.select(marking, MarkPayload.of(identity(timeline, parents), "tessera-editor"), //$NON-NLS-1$
                    MarkingPolicy.isMandatory());
        } catch (InvalidRequestException e) {
            throw new RenderException(e.getMessage(), true, e);
        }

        Path target = output.toAbsolutePath();
        Path part = GenerationPipeline.partFileFor(target);
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering " + target.getFileName(), (int) Math.min(Integer.MAX_VALUE, frames + 10)); //$NON-NLS-1$
        Operations operations = new Operations();
        String signingKey = null;
        try {
            Files.createDirectories(target.getParent());
            Map<String, String> tags = new TreeMap<>();
            tags.put("title", timeline.getName() == null ? "Tessera timeline" : timeline.getName()); //$NON-NLS-1$ //$NON-NLS-2$
            tags.put("comment", "rendered by Tessera Studio from " + parents.size() + " clips"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            VideoSettings settings = new VideoSettings(width, height, timeline.getFps(), 0, options.audio() ? options.sampleRate() : 0,
                    options.audio() ? 2 : 0, tags);
            try (Mp4VideoWriter writer = Mp4VideoWriter.open(part, settings);
                    VideoSources sources = new VideoSources(width, height);
                    AudioMix mix = options.audio() ? new AudioMix(timeline, files, options.sampleRate()) : null) {
                TitlePainter titles = new TitlePainter(width, height);
                List<Track> videoTracks = Timelines.tracks(timeline, TrackKind.VIDEO);
                for (long n = 0; n < frames; n++) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    VideoFrame picture = picture(videoTracks, n, clock, files, infos, sources, operations, width, height);
                    picture = titles.paint(picture, timeline.getTitles(), clock.seconds(n), timeline.getFps());
                    picture = markers.mark(picture, n);
                    writer.writeFrame(picture);
                    if (mix != null) {
                        long a = Math.round(n * (double) options.sampleRate() / timeline.getFps());
                        long b = Math.round((n + 1) * (double) options.sampleRate() / timeline.getFps());
                        float[] samples = mix.next((int) (b - a));
                        writer.writeAudio(samples, (int) (b - a));
                    }
                    sources.sweep(n);
                    progress.worked(1);
                    if (n % timeline.getFps() == 0) {
                        progress.subTask(String.format(java.util.Locale.ROOT, "frame %d of %d", n, frames)); //$NON-NLS-1$
                    }
                }
            }
            Provenance provenance = new Provenance("edited", null, null, null, null, null, settings(timeline, width, height), //$NON-NLS-1$
                    parents, markers.payloadHex(), Instant.now());
            for (ProvenanceSealer sealer : markers.sealers()) {
                try {
                    signingKey = sealer.seal(part, provenance);
                } catch (IOException | RuntimeException | LinkageError e) {
                    throw markers.broken(sealer, e);
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GenerationException e) {
            throw new RenderException(e.getMessage(), false, e);
        } catch (IOException e) {
            throw new RenderException("rendering " + target + " failed: " + e.getMessage(), false, e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // the part file has a hidden name; a leftover is harmless
            }
        }
        String sha;
        try {
            sha = FileHash.sha256(target);
        } catch (IOException e) {
            throw new RenderException("cannot read back " + target + ": " + e.getMessage(), false, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        progress.done();
        return new RenderResult(target, frames, width, height, timeline.getFps(), clock.seconds(frames), sha, markers.payloadHex(),
                signingKey, parents, operations.warnings(), (System.nanoTime() - started) / 1e9);
    }

    private VideoFrame picture(List<Track> tracks, long n, FrameClock clock, Map<MediaAsset, Path> files, Map<Path, MediaInfo> infos,
            VideoSources sources, Operations operations, int width, int height) throws IOException {
        double t = clock.seconds(n);
        for (int i = tracks.size() - 1; i >= 0; i--) {
            Track track = tracks.get(i);
            for (Transition tr : track.getTransitions()) {
                long cut = clock.frame(Timelines.cut(tr));
                long a = cut - clock.frame(tr.getInOffset());
                long b = cut + clock.frame(tr.getOutOffset());
                if (n >= a && n < b) {
                    VideoFrame out = tr.getFrom() != null ? itemFrame(tr.getFrom(), t, n, clock, files, infos, sources, operations)
                            : VideoFrame.blank(width, height);
                    VideoFrame in = tr.getTo() != null ? itemFrame(tr.getTo(), t, n, clock, files, infos, sources, operations)
                            : VideoFrame.blank(width, height);
                    // strictly between 0 and 1: a transition of k frames shows k mixed pictures
                    double progress = (n - a + 1) / (double) (b - a + 1);
                    Map<String, String> parameters = Operations.parameters(tr.getParameters());
                    if (Transitions.FADE_BLACK.equals(tr.getKind())) {
                        parameters.put(FadeBlackOperation.SIDE, tr.getTo() == null ? "out" : tr.getFrom() == null ? "in" : "through"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                    return operations.transition(tr.getKind() == null ? Transitions.CROSSFADE : tr.getKind(), List.of(out, in), progress,
                            parameters);
                }
            }
            var item = Timelines.itemAt(track, t, clock);
            if (item.isPresent()) {
                return itemFrame(item.get(), t, n, clock, files, infos, sources, operations);
            }
        }
        return VideoFrame.blank(width, height);
    }

    private static VideoFrame itemFrame(ClipItem item, double t, long n, FrameClock clock, Map<MediaAsset, Path> files,
            Map<Path, MediaInfo> infos, VideoSources sources, Operations operations) throws IOException {
        Path file = files.get(item.getAsset());
        MediaInfo info = infos.get(file);
        double sourceTime = item.getInPoint() + (t - item.getStart());
        double fps = info.fps() > 0 ? info.fps() : clock.fps();
        long index = (long) Math.floor(sourceTime * fps + 1e-6);
        VideoFrame frame = sources.frame(file, info, index, n);
        double length = Timelines.length(item);
        for (Effect e : item.getEffects()) {
            double progress = length <= 0 ? 0 : Math.max(0, Math.min(1, (t - item.getStart()) / length));
            frame = operations.effect(e.getOperationId(), frame, progress, Operations.parameters(e.getParameters()));
        }
        return frame;
    }

    private void resolveMedia(Timeline timeline, Map<MediaAsset, Path> files, Map<Path, MediaInfo> infos) throws RenderException {
        for (Track track : timeline.getTracks()) {
            for (ClipItem item : track.getItems()) {
                MediaAsset asset = item.getAsset();
                if (asset == null || asset.getFile() == null) {
                    throw new RenderException(Timelines.describe(item) + " on track " + track.getName() + " has no media", true); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (files.containsKey(asset)) {
                    continue;
                }
                Path file = resolver.resolve(asset);
                if (!Files.isRegularFile(file)) {
                    throw new RenderException("media file missing: " + file + " (used by " + Timelines.describe(item) + " on track " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + track.getName() + ")", true); //$NON-NLS-1$
                }
                if (!infos.containsKey(file)) {
                    try {
                        MediaInfo info = MediaProbe.probe(file);
                        if (track.getKind() == TrackKind.VIDEO && (info.width() <= 0 || info.height() <= 0)) {
                            throw new RenderException(file + " has no pictures but is on video track " + track.getName(), true); //$NON-NLS-1$
                        }
                        infos.put(file, info);
                    } catch (NoSuchFileException e) {
                        throw new RenderException("media file missing: " + file, true, e); //$NON-NLS-1$
                    } catch (IOException e) {
                        throw new RenderException("cannot read " + file + " (used by " + Timelines.describe(item) + "): " + e.getMessage(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                true, e);
                    }
                }
                files.put(asset, file);
            }
        }
    }

    private static int[] size(Timeline timeline, Map<MediaAsset, Path> files, Map<Path, MediaInfo> infos) {
        int w = timeline.getWidth();
        int h = timeline.getHeight();
        if (w <= 0 || h <= 0) {
            for (Track track : Timelines.tracks(timeline, TrackKind.VIDEO)) {
                for (ClipItem item : Timelines.ordered(track)) {
                    MediaInfo info = infos.get(files.get(item.getAsset()));
                    w = info.width();
                    h = info.height();
                    break;
                }
                if (w > 0) {
                    break;
                }
            }
        }
        return new int[] { w / 2 * 2, h / 2 * 2 };
    }

    private static List<Provenance.Parent> parents(Map<MediaAsset, Path> files) throws RenderException {
        List<Provenance.Parent> parents = new ArrayList<>();
        for (Map.Entry<MediaAsset, Path> e : files.entrySet()) {
            try {
                // the file as it is now, not what the project last recorded: the manifest vouches for real bytes
                parents.add(new Provenance.Parent(e.getValue().getFileName().toString(), FileHash.sha256(e.getValue())));
            } catch (IOException ex) {
                throw new RenderException("cannot read " + e.getValue() + ": " + ex.getMessage(), true, ex); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return parents;
    }

    /** What decides the render's pictures, so the same cut of the same media gets the same mark. */
    private static String identity(Timeline timeline, List<Provenance.Parent> parents) {
        StringBuilder b = new StringBuilder("render\n").append(timeline.getFps()).append('\n'); //$NON-NLS-1$
        parents.forEach(p -> b.append(p.sha256()).append('\n'));
        for (Track t : timeline.getTracks()) {
            b.append(t.getKind()).append(':');
            for (ClipItem c : t.getItems()) {
                b.append(c.getStart()).append(',').append(c.getInPoint()).append(',').append(c.getOutPoint()).append(';');
            }
            for (Transition tr : t.getTransitions()) {
                b.append(tr.getKind()).append(tr.getInOffset()).append(tr.getOutOffset()).append(';');
            }
            b.append('\n');
        }
        timeline.getTitles().forEach(x -> b.append(x.getText()).append(x.getStart()).append('\n'));
        return b.toString();
    }

    private static Map<String, Object> settings(Timeline timeline, int width, int height) {
        Map<String, Object> s = new TreeMap<>();
        s.put("tool", "tessera-editor"); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("fps", timeline.getFps()); //$NON-NLS-1$
        s.put("width", width); //$NON-NLS-1$
        s.put("height", height); //$NON-NLS-1$
        s.put("items", timeline.getTracks().stream().mapToInt(t -> t.getItems().size()).sum()); //$NON-NLS-1$
        s.put("transitions", timeline.getTracks().stream().mapToInt(t -> t.getTransitions().size()).sum()); //$NON-NLS-1$
        s.put("titles", timeline.getTitles().size()); //$NON-NLS-1$
        return s;
    }
}
