package io.tessera.editor.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tessera.editor.FrameClock;
import io.tessera.editor.Timelines;
import io.tessera.editor.Transitions;
import io.tessera.editor.internal.FadeBlackOperation;
import io.tessera.editor.internal.Operations;
import io.tessera.editor.internal.TitlePainter;
import io.tessera.editor.internal.VideoSources;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.VideoFrame;
import io.tessera.model.ClipItem;
import io.tessera.model.Effect;
import io.tessera.model.MediaAsset;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;

/**
 * The pictures of a timeline, one output frame after another (or any frame, for stills): the topmost video track
 * with something at that time gives the picture (its item with the item's effects, or the transition between
 * two items), with the titles drawn over it. Decoders are opened as items come and closed as they go, so memory
 * does not grow with the timeline. Opening checks that every item's media is there and readable.
 */
public final class TimelinePictures implements AutoCloseable {
    private final Timeline timeline;
    private final FrameClock clock;
    private final Map<MediaAsset, Path> files = new LinkedHashMap<>();
    private final Map<Path, MediaInfo> infos = new LinkedHashMap<>();
    private final List<Track> videoTracks;
    private final int width;
    private final int height;
    private final VideoSources sources;
    private final Operations operations = new Operations();
    private final TitlePainter titles;

    public TimelinePictures(Timeline timeline, MediaResolver resolver) throws RenderException {
        if (timeline == null || Timelines.tracks(timeline, TrackKind.VIDEO).stream().allMatch(t -> t.getItems().isEmpty())) {
            throw new RenderException("the project has no video on its timeline: nothing to render", true); //$NON-NLS-1$
        }
        if (timeline.getFps() < 1 || timeline.getFps() > 120) {
            throw new RenderException("timeline frame rate " + timeline.getFps() + " is not in 1..120", true); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.timeline = timeline;
        this.clock = new FrameClock(timeline.getFps());
        resolveMedia(timeline, resolver, files, infos);
        this.videoTracks = Timelines.tracks(timeline, TrackKind.VIDEO);
        int[] size = size(timeline, files, infos);
        this.width = size[0];
        this.height = size[1];
        this.sources = new VideoSources(width, height);
        this.titles = new TitlePainter(width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public FrameClock clock() {
        return clock;
    }

    /** Frames of the whole timeline, to the end of its last item or title. */
    public long frameCount() {
        return clock.frame(Timelines.duration(timeline));
    }

    /** Every asset the timeline uses, with its file, in order of first use. */
    public Map<MediaAsset, Path> media() {
        return Collections.unmodifiableMap(files);
    }

    /** Output frame {@code n} with its titles; reading frames in order is what keeps decoding cheap. */
    public VideoFrame frame(long n) throws IOException {
        prepareUpcoming(n);
        VideoFrame picture = composite(n);
        picture = titles.paint(picture, timeline.getTitles(), clock.seconds(n), timeline.getFps());
        sources.sweep(n);
        return picture;
    }

    /** Frames ahead that an item's decoder is opened, so its first pictures are decoded before they are due. */
    private static final int LOOKAHEAD = 12;

    private void prepareUpcoming(long n) throws IOException {
        for (Track track : videoTracks) {
            for (ClipItem item : track.getItems()) {
                long first = clock.frame(item.getStart());
                for (Transition t : track.getTransitions()) {
                    if (t.getTo() == item) {
                        first -= clock.frame(t.getInOffset());
                    }
                }
                if (first == n + LOOKAHEAD || n == 0 && first > 0 && first < LOOKAHEAD) {
                    Path file = files.get(item.getAsset());
                    MediaInfo info = infos.get(file);
                    double fps = info.fps() > 0 ? info.fps() : clock.fps();
                    double sourceTime = item.getInPoint() + (clock.seconds(first) - item.getStart());
                    sources.prepare(file, info, (long) Math.floor(sourceTime * fps + 1e-6), first);
                }
            }
        }
    }

    /** What was left out because a contributed operation was missing or failed. */
    public List<String> warnings() {
        return operations.warnings();
    }

    @Override
    public void close() {
        sources.close();
    }

    private VideoFrame composite(long n) throws IOException {
        List<Track> tracks = videoTracks;
        double t = clock.seconds(n);
        for (int i = tracks.size() - 1; i >= 0; i--) {
            Track track = tracks.get(i);
            for (Transition tr : track.getTransitions()) {
                long cut = clock.frame(Timelines.cut(tr));
                long a = cut - clock.frame(tr.getInOffset());
                long b = cut + clock.frame(tr.getOutOffset());
                if (n >= a && n < b) {
                    VideoFrame out = tr.getFrom() != null ? itemFrame(tr.getFrom(), t, n)
                            : VideoFrame.blank(width, height);
                    VideoFrame in = tr.getTo() != null ? itemFrame(tr.getTo(), t, n)
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
                return itemFrame(item.get(), t, n);
            }
        }
        return VideoFrame.blank(width, height);
    }

    private VideoFrame itemFrame(ClipItem item, double t, long n) throws IOException {
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

    /** Finds and probes every item's media; refuses a timeline whose media is missing or unreadable. */
    static void resolveMedia(Timeline timeline, MediaResolver resolver, Map<MediaAsset, Path> files, Map<Path, MediaInfo> infos)
            throws RenderException {
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

}
