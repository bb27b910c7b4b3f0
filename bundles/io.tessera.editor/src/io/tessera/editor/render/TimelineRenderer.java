package io.tessera.editor.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
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
import io.tessera.media.FileHash;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.Transition;

/**
 * Renders a timeline to an H.264/AAC MP4, frame by frame: {@link TimelinePictures} gives each picture (the topmost
 * video track with something at that time, its effects and transitions, the titles),
 * the watermarkers mark it, and the sound of every track is mixed for the same
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
        try (TimelinePictures pictures = new TimelinePictures(timeline, resolver)) {
            return render(project, pictures, output, options, monitor, started);
        }
    }

    private static RenderResult render(Project project, TimelinePictures pictures, Path output, RenderOptions options, IProgressMonitor monitor,
            long started) throws RenderException {
        Timeline timeline = project.getTimeline();
        FrameClock clock = pictures.clock();
        Map<MediaAsset, Path> files = pictures.media();
        int width = pictures.width();
        int height = pictures.height();
        FrameRange range = range(pictures.frameCount(), options.range());
        long frames = range.length();
        List<Provenance.Parent> parents = parents(files);

        Marking marking = MarkingPolicy.forProject(options.marking(), project.isVisibleWatermark());
        FrameMarkers markers;
        try {
            MarkingPolicy.check(marking);
            markers = FrameMarkers.select(marking, MarkPayload.of(identity(timeline, parents, options.range() == null ? null : range), "tessera-editor"), //$NON-NLS-1$
                    MarkingPolicy.isMandatory());
        } catch (InvalidRequestException e) {
            throw new RenderException(e.getMessage(), true, e);
        }

        Path target = output.toAbsolutePath();
        Path part = GenerationPipeline.partFileFor(target);
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering " + target.getFileName(), (int) Math.min(Integer.MAX_VALUE, frames + 10)); //$NON-NLS-1$
        String signingKey = null;
        try {
            Files.createDirectories(target.getParent());
            Map<String, String> tags = new TreeMap<>();
            tags.put("title", timeline.getName() == null ? "Tessera timeline" : timeline.getName()); //$NON-NLS-1$ //$NON-NLS-2$
            tags.put("comment", "rendered by Tessera Studio from " + parents.size() + " clips"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            VideoSettings settings = new VideoSettings(width, height, timeline.getFps(), 0, options.audio() ? options.sampleRate() : 0,
                    options.audio() ? 2 : 0, tags);
            try (Mp4VideoWriter writer = Mp4VideoWriter.open(part, settings);
                    TimelineSound sound = options.audio() ? new TimelineSound(timeline, files, options.sampleRate()) : null) {
                for (long n = range.first(); n < range.end(); n++) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    long index = n - range.first(); // the frame's place in the file, which the mark is keyed on
                    VideoFrame picture = markers.mark(pictures.frame(n), index);
                    writer.writeFrame(picture);
                    if (sound != null) {
                        // cut at the same samples as a whole render, so a range sounds exactly as that stretch of it
                        float[] samples = sound.frames(n, n + 1);
                        writer.writeAudio(samples, samples.length / 2);
                    }
                    progress.worked(1);
                    if (index % timeline.getFps() == 0) {
                        progress.subTask(String.format(java.util.Locale.ROOT, "frame %d of %d", index, frames)); //$NON-NLS-1$
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
                signingKey, parents, pictures.warnings(), (System.nanoTime() - started) / 1e9);
    }

    /** The frames to write: the asked range within the timeline, else all of it. */
    private static FrameRange range(long timelineFrames, FrameRange asked) throws RenderException {
        if (asked == null) {
            return new FrameRange(0, Math.max(1, timelineFrames));
        }
        FrameRange r = asked.within(timelineFrames);
        if (r == null) {
            throw new RenderException("the range [" + asked.first() + ", " + asked.end() + ") holds no frame of the timeline (it has " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + timelineFrames + ")", true); //$NON-NLS-1$
        }
        return r;
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
    private static String identity(Timeline timeline, List<Provenance.Parent> parents, FrameRange range) {
        StringBuilder b = new StringBuilder("render\n").append(timeline.getFps()).append('\n'); //$NON-NLS-1$
        if (range != null) {
            b.append("range ").append(range.first()).append('-').append(range.end()).append('\n'); //$NON-NLS-1$
        }
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
