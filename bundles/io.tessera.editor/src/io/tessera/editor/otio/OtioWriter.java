package io.tessera.editor.otio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.editor.FrameClock;
import io.tessera.editor.Timelines;
import io.tessera.editor.Transitions;
import io.tessera.editor.internal.AtomicFiles;
import io.tessera.model.ClipItem;
import io.tessera.model.Effect;
import io.tessera.model.Keyframe;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;

/**
 * Writes a timeline as OpenTimelineIO JSON ({@code .otio}): {@code Timeline.1 → Stack.1 → Track.1} with the
 * track's items in time order as {@code Gap.1} (empty stretches), {@code Clip.2} and {@code Transition.1}.
 * <p>
 * Choices, which {@link OtioReader} reads back:
 * <ul>
 * <li>All times are {@code RationalTime.1} in frames at the timeline's rate, except a media reference's
 * {@code available_range}, which is at the asset's own rate (its frame count when known) and starts at 0.</li>
 * <li>{@code target_url} is an absolute {@code file://} URL ({@link Path#toUri()}, RFC 8089), which is what
 * OTIO's adapters, Resolve and Premiere expect. Only when the project folder is unknown (a project that was never
 * saved) is a relative asset path written as it is. The asset's id, its project-relative file and its SHA-256
 * also go into the clip's {@code metadata.tessera.asset}.</li>
 * <li>A transition between two clips sits between them. A fade from black (a Tessera transition with no
 * {@code from} item) is a transition with {@code in_offset} 0 directly before its clip, where that clip starts
 * the track or follows a {@code Gap.1}; a fade to black (no {@code to} item) is one with {@code out_offset} 0
 * directly after its clip, at the end of the track or before a gap. When the neighbouring clip touches the faded
 * one, a gap of duration 0 is written between them so the transition is unambiguous.</li>
 * <li>{@code transition_type} is {@code SMPTE_Dissolve} for a crossfade and {@code Custom_Transition} for every
 * other kind; the Tessera kind and parameters are in {@code metadata.tessera}.</li>
 * <li>Data OTIO has no place for goes in {@code metadata.tessera}: the timeline's fps, size and titles; a clip's
 * volume keyframes and effects.</li>
 * </ul>
 */
public final class OtioWriter {
    /** The key of Tessera's own data in every object's {@code metadata}. */
    public static final String METADATA_KEY = "tessera"; //$NON-NLS-1$
    static final String DEFAULT_MEDIA = "DEFAULT_MEDIA"; //$NON-NLS-1$
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OtioWriter() {
    }

    /**
     * Writes the project's timeline to {@code target}, atomically (a temporary file renamed over the target).
     * Relative asset files are taken from the folder of the project's resource, when it has a file URI.
     */
    public static void write(Project project, Path target) throws IOException {
        if (project.getTimeline() == null) {
            throw new IOException("project '" + project.getName() + "' has no timeline to export"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        write(project.getTimeline(), projectFolder(project), target);
    }

    /** Writes the timeline to {@code target} atomically; {@code projectFolder} resolves relative asset files (may be null). */
    public static void write(Timeline timeline, Path projectFolder, Path target) throws IOException {
        AtomicFiles.write(target, toJson(timeline, projectFolder).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The OTIO document as a string. */
    public static String toJson(Timeline timeline, Path projectFolder) {
        try {
            return MAPPER.writeValueAsString(toTree(timeline, projectFolder)) + "\n"; //$NON-NLS-1$
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder of the file the project was loaded from or saved to, or null. */
    public static Path projectFolder(Project project) {
        if (project.eResource() != null && project.eResource().getURI() != null) {
            URI uri = project.eResource().getURI();
            if (uri.isFile() && uri.toFileString() != null) {
                Path parent = Path.of(uri.toFileString()).toAbsolutePath().getParent();
                return parent;
            }
        }
        return null;
    }

    public static ObjectNode toTree(Timeline timeline, Path projectFolder) {
        FrameClock clock = new FrameClock(Math.max(1, timeline.getFps()));
        ObjectNode root = MAPPER.createObjectNode();
        root.put("OTIO_SCHEMA", "Timeline.1"); //$NON-NLS-1$ //$NON-NLS-2$
        root.put("name", timeline.getName() == null ? "" : timeline.getName()); //$NON-NLS-1$ //$NON-NLS-2$
        root.set("global_start_time", NullNode.getInstance()); //$NON-NLS-1$
        ObjectNode meta = tessera(root);
        meta.put("fps", clock.fps()); //$NON-NLS-1$
        meta.put("width", timeline.getWidth()); //$NON-NLS-1$
        meta.put("height", timeline.getHeight()); //$NON-NLS-1$
        ArrayNode titles = meta.putArray("titles"); //$NON-NLS-1$
        for (Title t : timeline.getTitles()) {
            titles.addObject().put("text", t.getText()).put("start", t.getStart()).put("duration", t.getDuration()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("font", t.getFont()).put("size", t.getSize()).put("x", t.getX()).put("y", t.getY()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .put("colour", t.getColour()).put("caption", t.isCaption()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ObjectNode stack = composable("Stack.1", "tracks"); //$NON-NLS-1$ //$NON-NLS-2$
        root.set("tracks", stack); //$NON-NLS-1$
        ArrayNode children = stack.putArray("children"); //$NON-NLS-1$
        for (Track track : timeline.getTracks()) {
            children.add(track(track, clock, projectFolder));
        }
        return root;
    }

    private static ObjectNode track(Track track, FrameClock clock, Path projectFolder) {
        ObjectNode node = composable("Track.1", track.getName()); //$NON-NLS-1$
        node.put("kind", track.getKind() == TrackKind.AUDIO ? "Audio" : "Video"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ArrayNode children = node.putArray("children"); //$NON-NLS-1$
        List<ClipItem> items = Timelines.ordered(track);
        long cursor = 0;
        ClipItem previous = null;
        for (ClipItem item : items) {
            long start = clock.frame(item.getStart());
            Transition fadeOut = previous == null ? null : transition(track, previous, null);
            Transition join = previous == null ? null : transition(track, previous, item);
            Transition fadeIn = transition(track, null, item);
            boolean touching = previous != null && start == cursor;
            if (join != null && touching) {
                children.add(transition(join, clock));
            } else {
                if (fadeOut != null) {
                    children.add(transition(fadeOut, clock));
                }
                if (start > cursor || fadeOut != null || fadeIn != null && previous != null) {
                    children.add(gap(Math.max(0, start - cursor), clock));
                }
                if (fadeIn != null) {
                    children.add(transition(fadeIn, clock));
                }
            }
            children.add(clip(item, clock, projectFolder));
            cursor = Math.max(cursor, clock.frame(Timelines.end(item)));
            previous = item;
        }
        Transition lastFade = previous == null ? null : transition(track, previous, null);
        if (lastFade != null) {
            children.add(transition(lastFade, clock));
        }
        return node;
    }

    private static Transition transition(Track track, ClipItem from, ClipItem to) {
        for (Transition t : track.getTransitions()) {
            if (t.getFrom() == from && t.getTo() == to) {
                return t;
            }
        }
        return null;
    }

    private static ObjectNode clip(ClipItem item, FrameClock clock, Path projectFolder) {
        ObjectNode node = composable("Clip.2", item.getName()); //$NON-NLS-1$
        long in = clock.frame(item.getInPoint());
        long length = clock.frame(Timelines.end(item)) - clock.frame(item.getStart());
        node.set("source_range", range(in, length, clock.fps())); //$NON-NLS-1$
        MediaAsset asset = item.getAsset();
        ObjectNode meta = tessera(node);
        ObjectNode ref;
        if (asset == null || asset.getFile() == null) {
            ref = MAPPER.createObjectNode().put("OTIO_SCHEMA", "MissingReference.1"); //$NON-NLS-1$ //$NON-NLS-2$
            ref.put("name", ""); //$NON-NLS-1$ //$NON-NLS-2$
            ref.set("available_range", NullNode.getInstance()); //$NON-NLS-1$
            ref.set("available_image_bounds", NullNode.getInstance()); //$NON-NLS-1$
            ref.putObject("metadata"); //$NON-NLS-1$
        } else {
            ref = MAPPER.createObjectNode().put("OTIO_SCHEMA", "ExternalReference.1"); //$NON-NLS-1$ //$NON-NLS-2$
            ref.put("name", Path.of(asset.getFile()).getFileName().toString()); //$NON-NLS-1$
            ref.put("target_url", targetUrl(asset.getFile(), projectFolder)); //$NON-NLS-1$
            ref.set("available_range", availableRange(asset, clock)); //$NON-NLS-1$
            ref.set("available_image_bounds", NullNode.getInstance()); //$NON-NLS-1$
            ref.putObject("metadata"); //$NON-NLS-1$
            ObjectNode a = meta.putObject("asset"); //$NON-NLS-1$
            a.put("id", asset.getId()).put("file", asset.getFile()); //$NON-NLS-1$ //$NON-NLS-2$
            if (asset.getSha256() != null) {
                a.put("sha256", asset.getSha256()); //$NON-NLS-1$
            }
        }
        node.putObject("media_references").set(DEFAULT_MEDIA, ref); //$NON-NLS-1$
        node.put("active_media_reference_key", DEFAULT_MEDIA); //$NON-NLS-1$
        if (!item.getVolume().isEmpty()) {
            ArrayNode volume = meta.putArray("volume"); //$NON-NLS-1$
            for (Keyframe k : item.getVolume()) {
                volume.addObject().put("time", k.getTime()).put("gain", k.getGain()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!item.getEffects().isEmpty()) {
            ArrayNode effects = meta.putArray("effects"); //$NON-NLS-1$
            for (Effect e : item.getEffects()) {
                ObjectNode o = effects.addObject().put("operationId", e.getOperationId()); //$NON-NLS-1$
                ArrayNode p = o.putArray("parameters"); //$NON-NLS-1$
                e.getParameters().forEach(p::add);
            }
        }
        return node;
    }

    private static ObjectNode availableRange(MediaAsset asset, FrameClock clock) {
        if (asset.getDurationSeconds() <= 0 && asset.getFrameCount() <= 0) {
            return null;
        }
        if (asset.getFps() > 0) {
            long frames = asset.getFrameCount() > 0 ? asset.getFrameCount() : Math.round(asset.getDurationSeconds() * asset.getFps());
            return range(0, frames, asset.getFps());
        }
        return range(0, clock.frame(asset.getDurationSeconds()), clock.fps());
    }

    /** An absolute file:// URL where the file can be resolved, else the path as the project stores it. */
    static String targetUrl(String file, Path projectFolder) {
        Path p = Path.of(file);
        if (!p.isAbsolute() && projectFolder != null) {
            p = projectFolder.resolve(p);
        }
        if (p.isAbsolute()) {
            return p.normalize().toUri().toString();
        }
        return file.replace('\\', '/');
    }

    private static ObjectNode gap(long frames, FrameClock clock) {
        ObjectNode node = composable("Gap.1", ""); //$NON-NLS-1$ //$NON-NLS-2$
        node.set("source_range", range(0, frames, clock.fps())); //$NON-NLS-1$
        return node;
    }

    private static ObjectNode transition(Transition t, FrameClock clock) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("OTIO_SCHEMA", "Transition.1"); //$NON-NLS-1$ //$NON-NLS-2$
        node.put("name", t.getKind()); //$NON-NLS-1$
        ObjectNode meta = tessera(node);
        meta.put("kind", t.getKind()); //$NON-NLS-1$
        ArrayNode parameters = meta.putArray("parameters"); //$NON-NLS-1$
        t.getParameters().forEach(parameters::add);
        node.put("transition_type", Transitions.CROSSFADE.equals(t.getKind()) ? "SMPTE_Dissolve" : "Custom_Transition"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        node.set("in_offset", time(t.getFrom() == null ? 0 : clock.frame(t.getInOffset()), clock.fps())); //$NON-NLS-1$
        node.set("out_offset", time(t.getTo() == null ? 0 : clock.frame(t.getOutOffset()), clock.fps())); //$NON-NLS-1$
        return node;
    }

    /** The fields every Composable has: name, source_range, effects, markers, enabled, metadata. */
    private static ObjectNode composable(String schema, String name) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("OTIO_SCHEMA", schema); //$NON-NLS-1$
        node.put("name", name == null ? "" : name); //$NON-NLS-1$ //$NON-NLS-2$
        node.set("source_range", NullNode.getInstance()); //$NON-NLS-1$
        node.putArray("effects"); //$NON-NLS-1$
        node.putArray("markers"); //$NON-NLS-1$
        node.put("enabled", true); //$NON-NLS-1$
        node.putObject("metadata"); //$NON-NLS-1$
        return node;
    }

    private static ObjectNode tessera(ObjectNode node) {
        ObjectNode metadata = node.has("metadata") ? (ObjectNode) node.get("metadata") : node.putObject("metadata"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return metadata.putObject(METADATA_KEY);
    }

    private static ObjectNode range(long startFrames, long durationFrames, double rate) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("OTIO_SCHEMA", "TimeRange.1"); //$NON-NLS-1$ //$NON-NLS-2$
        r.set("duration", time(durationFrames, rate)); //$NON-NLS-1$
        r.set("start_time", time(startFrames, rate)); //$NON-NLS-1$
        return r;
    }

    private static ObjectNode time(long frames, double rate) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("OTIO_SCHEMA", "RationalTime.1"); //$NON-NLS-1$ //$NON-NLS-2$
        t.put("rate", rate); //$NON-NLS-1$
        t.put("value", (double) frames); //$NON-NLS-1$
        return t;
    }
}
