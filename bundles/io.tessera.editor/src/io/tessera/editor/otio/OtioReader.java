package io.tessera.editor.otio;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tessera.editor.FrameClock;
import io.tessera.editor.Transitions;
import io.tessera.editor.internal.OtioTime;
import io.tessera.model.ClipItem;
import io.tessera.model.Effect;
import io.tessera.model.Keyframe;
import io.tessera.model.ModelFactory;
import io.tessera.model.Timeline;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;

/**
 * Reads OpenTimelineIO JSON, ours ({@link OtioWriter}) and other tools' (the opentimelineio library, exports from
 * Resolve or Premiere converted to OTIO), into a detached Tessera {@link Timeline}: nothing is touched in any
 * project; {@link OtioImport} puts the result into one.
 * <p>
 * Read: {@code Timeline.1} (or the first one in a {@code SerializableCollection.1}), {@code Stack.1},
 * {@code Track.1}, {@code Clip.1} (one {@code media_reference}) and {@code Clip.2} ({@code media_references} and
 * {@code active_media_reference_key}), {@code Gap.1}, {@code Transition.1}, {@code ExternalReference.1},
 * {@code MissingReference.1}, {@code RationalTime.1}, {@code TimeRange.1}. Effects ({@code LinearTimeWarp.1},
 * {@code FreezeFrame.1}, {@code Effect.1}, ...) and markers cannot be represented and become warnings. Any other
 * schema, or another version of these, is an {@link OtioFormatException} naming the schema and its JSON path.
 * <p>
 * Timing: an item starts where the items before it on its track end (transitions take no time). A clip's in point is
 * its {@code source_range.start_time} minus its media's {@code available_range.start_time} (other tools put
 * timecode such as 01:00:00:00 there). Each time is converted to seconds at its own rate (NTSC rates exactly, see
 * {@link OtioTime}) and then snapped to the timeline's frames; a clip ends where the exact running sum ends, so
 * adjacent clips stay adjacent. The timeline's fps is {@code metadata.tessera.fps} when present, else the most common
 * clip rate, rounded (23.976 → 24), else 24.
 * <p>
 * Transitions: one between two clips joins them; one next to a gap or a track's end is a fade from or to black on
 * the clip on its other side. A nested stack (or track) inside a track is flattened when it holds a single track and
 * is not trimmed; anything more layered is an error, as are negative durations, clips shorter than a frame,
 * transitions longer than a clip beside them (or two transitions that overlap inside a clip) and two transitions on
 * one cut.
 */
public final class OtioReader {
    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
    private static final Map<String, Set<Integer>> KNOWN = Map.ofEntries(Map.entry("Timeline", Set.of(1)), //$NON-NLS-1$
            Map.entry("Stack", Set.of(1)), Map.entry("Track", Set.of(1)), Map.entry("Clip", Set.of(1, 2)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("Gap", Set.of(1)), Map.entry("Transition", Set.of(1)), Map.entry("ExternalReference", Set.of(1)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("MissingReference", Set.of(1)), Map.entry("GeneratorReference", Set.of(1)), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("ImageSequenceReference", Set.of(1)), Map.entry("RationalTime", Set.of(1)), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("TimeRange", Set.of(1)), Map.entry("SerializableCollection", Set.of(1)), Map.entry("Marker", Set.of(1, 2)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("Effect", Set.of(1)), Map.entry("TimeEffect", Set.of(1)), Map.entry("LinearTimeWarp", Set.of(1)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("FreezeFrame", Set.of(1))); //$NON-NLS-1$
    private static final Set<String> EFFECTS = Set.of("Effect", "TimeEffect", "LinearTimeWarp", "FreezeFrame"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /**
     * Where one clip's media is, as the file said. {@link OtioImport} turns these into assets.
     *
     * @param item the clip, its asset not yet set
     * @param location the clip's JSON path
     * @param referenceSchema {@code ExternalReference.1}, {@code MissingReference.1}, ...
     * @param url the {@code target_url} as written, or null
     * @param file the media file it names, resolved against the OTIO file's folder; null when it is not a local file
     * @param availableSeconds the media's {@code available_range} duration, or NaN
     * @param assetId the Tessera asset id from {@code metadata.tessera.asset}, or null
     */
    public record ClipMedia(ClipItem item, String location, String referenceSchema, String url, Path file, double availableSeconds,
            String assetId) {

        /** The clip as a user finds it: its name and where it is on the timeline. */
        public String describe() {
            String name = item.getName() == null || item.getName().isEmpty() ? "clip" : "clip '" + item.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return name + " at " + String.format(Locale.ROOT, "%.3f s", item.getStart()) + " (" + location + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    /** A read timeline (detached, in no project), where each clip's media is, and what could not be represented. */
    public record Result(Timeline timeline, List<ClipMedia> media, List<String> warnings) {
    }

    private OtioReader() {
    }

    /** Reads an .otio file; relative media paths are taken from the file's folder. */
    public static Result read(Path file) throws IOException, OtioFormatException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return read(json, file.toAbsolutePath().getParent());
        } catch (OtioFormatException e) {
            throw e.in(file.toString());
        }
    }

    /** Reads OTIO JSON; relative media paths are taken from {@code mediaFolder} (null: left relative). */
    public static Result read(String json, Path mediaFolder) throws OtioFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" //$NON-NLS-1$
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(); //$NON-NLS-1$ //$NON-NLS-2$
            throw new OtioFormatException(where, "not JSON: " + e.getOriginalMessage()); //$NON-NLS-1$
        }
        if (root == null || root.isMissingNode()) {
            throw new OtioFormatException("", "the document is empty"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new OtioReader.Parse(mediaFolder).run(root);
    }

    // ---- the document as read, before it is laid out on the timeline's frames

    private sealed interface Entry permits RawClip, RawGap, RawTransition {
        String location();
    }

    private record RawClip(String location, String name, double in, double duration, JsonNode tessera, String referenceSchema,
            String url, Path file, double availableSeconds, String assetId) implements Entry {
    }

    private record RawGap(String location, double duration) implements Entry {
    }

    private record RawTransition(String location, String name, String type, double in, double out, JsonNode tessera) implements Entry {
    }

    private record RawTrack(String location, String name, TrackKind kind, List<Entry> entries) {
    }

    private record Range(double start, double duration, double rate) {
    }

    private static final class Parse {
        private final Path mediaFolder;
        private final List<String> warnings = new ArrayList<>();
        private final Map<Long, Integer> rates = new LinkedHashMap<>();

        Parse(Path mediaFolder) {
            this.mediaFolder = mediaFolder;
        }

        Result run(JsonNode root) throws OtioFormatException {
            String schema = schema(root, ""); //$NON-NLS-1$
            JsonNode timeline = root;
            String loc = ""; //$NON-NLS-1$
            if (schema.startsWith("SerializableCollection.")) { //$NON-NLS-1$
                timeline = null;
                JsonNode children = root.path("children"); //$NON-NLS-1$
                for (int i = 0; i < children.size(); i++) {
                    String at = "children[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
                    if (schema(children.get(i), at).startsWith("Timeline.")) { //$NON-NLS-1$
                        if (timeline == null) {
                            timeline = children.get(i);
                            loc = at;
                        } else {
                            warnings.add(at + ": the collection holds more than one timeline; only the first (" + loc + ") is read"); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                    }
                }
                if (timeline == null) {
                    throw new OtioFormatException("", "the SerializableCollection.1 holds no Timeline.1"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } else if (!schema.startsWith("Timeline.")) { //$NON-NLS-1$
                throw new OtioFormatException("", "expected a Timeline.1 at the top, found " + schema); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return timeline(timeline, loc);
        }

        private Result timeline(JsonNode node, String loc) throws OtioFormatException {
            String prefix = loc.isEmpty() ? "" : loc + "."; //$NON-NLS-1$ //$NON-NLS-2$
            JsonNode tessera = tessera(node);
            List<RawTrack> tracks = new ArrayList<>();
            JsonNode stack = node.get("tracks"); //$NON-NLS-1$
            String stackLoc = prefix + "tracks"; //$NON-NLS-1$
            if (stack != null && !stack.isNull()) {
                String s = schema(stack, stackLoc);
                if (!s.startsWith("Stack.")) { //$NON-NLS-1$
                    throw new OtioFormatException(stackLoc, "expected a Stack.1, found " + s); //$NON-NLS-1$
                }
                JsonNode children = array(stack, "children", stackLoc); //$NON-NLS-1$
                for (int i = 0; i < children.size(); i++) {
                    String at = stackLoc + ".children[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
                    String ts = schema(children.get(i), at);
                    if (!ts.startsWith("Track.")) { //$NON-NLS-1$
                        throw new OtioFormatException(at, "the timeline's stack holds tracks, not a " + ts); //$NON-NLS-1$
                    }
                    RawTrack t = track(children.get(i), at);
                    if (t != null) {
                        tracks.add(t);
                    }
                }
            }
            int fps = fps(tessera);
            FrameClock clock = new FrameClock(fps);
            Timeline timeline = F.createTimeline();
            timeline.setName(text(node, "name")); //$NON-NLS-1$
            timeline.setFps(fps);
            if (tessera != null) {
                timeline.setWidth(Math.max(0, tessera.path("width").asInt(0))); //$NON-NLS-1$
                timeline.setHeight(Math.max(0, tessera.path("height").asInt(0))); //$NON-NLS-1$
                titles(tessera.path("titles"), timeline, clock); //$NON-NLS-1$
            }
            List<ClipMedia> media = new ArrayList<>();
            for (RawTrack raw : tracks) {
                timeline.getTracks().add(layout(raw, clock, media));
            }
            return new Result(timeline, List.copyOf(media), List.copyOf(warnings));
        }

        private int fps(JsonNode tessera) {
            if (tessera != null && tessera.path("fps").canConvertToInt() && tessera.path("fps").asInt() >= 1) { //$NON-NLS-1$ //$NON-NLS-2$
                return tessera.path("fps").asInt(); //$NON-NLS-1$
            }
            long best = 24;
            int count = 0;
            for (Map.Entry<Long, Integer> e : rates.entrySet()) {
                if (e.getValue() > count) {
                    best = e.getKey();
                    count = e.getValue();
                }
            }
            return (int) Math.max(1, best);
        }

        private RawTrack track(JsonNode node, String loc) throws OtioFormatException {
            String kindName = text(node, "kind"); //$NON-NLS-1$
            TrackKind kind;
            if ("Video".equalsIgnoreCase(kindName)) { //$NON-NLS-1$
                kind = TrackKind.VIDEO;
            } else if ("Audio".equalsIgnoreCase(kindName)) { //$NON-NLS-1$
                kind = TrackKind.AUDIO;
            } else {
                warnings.add(loc + ": track '" + text(node, "name") + "' of kind '" + kindName //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "' is neither Video nor Audio and was left out"); //$NON-NLS-1$
                return null;
            }
            if (present(node.get("source_range"))) { //$NON-NLS-1$
                warnings.add(loc + ": the track's own source_range (a trim of the whole track) is ignored"); //$NON-NLS-1$
            }
            effectsAndMarkers(node, loc, "track '" + text(node, "name") + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List<Entry> entries = new ArrayList<>();
            children(node, loc, entries);
            return new RawTrack(loc, text(node, "name"), kind, entries); //$NON-NLS-1$
        }

        private void children(JsonNode composition, String loc, List<Entry> entries) throws OtioFormatException {
            JsonNode children = array(composition, "children", loc); //$NON-NLS-1$
            for (int i = 0; i < children.size(); i++) {
                JsonNode child = children.get(i);
                String at = loc + ".children[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
                String s = schema(child, at);
                String name = s.substring(0, s.indexOf('.'));
                switch (name) {
                    case "Clip" -> entries.add(clip(child, at, s)); //$NON-NLS-1$
                    case "Gap" -> entries.add(new RawGap(at, range(child.get("source_range"), at + ".source_range", true).duration())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    case "Transition" -> entries.add(transition(child, at)); //$NON-NLS-1$
                    case "Stack", "Track" -> flatten(child, at, s, entries); //$NON-NLS-1$ //$NON-NLS-2$
                    default -> throw new OtioFormatException(at, s + " cannot be an item of a track"); //$NON-NLS-1$
                }
            }
        }

        /** A nested composition becomes part of the track when it is one plain, untrimmed sequence. */
        private void flatten(JsonNode node, String loc, String schema, List<Entry> entries) throws OtioFormatException {
            if (present(node.get("source_range"))) { //$NON-NLS-1$
                throw new OtioFormatException(loc, "a nested " + schema + " with its own source_range (a trimmed nested sequence) " //$NON-NLS-1$ //$NON-NLS-2$
                        + "cannot be flattened into the track; flatten it in the editing tool first"); //$NON-NLS-1$
            }
            effectsAndMarkers(node, loc, "nested " + schema); //$NON-NLS-1$
            if (schema.startsWith("Track.")) { //$NON-NLS-1$
                children(node, loc, entries);
                return;
            }
            JsonNode children = array(node, "children", loc); //$NON-NLS-1$
            if (children.size() > 1) {
                throw new OtioFormatException(loc, "a nested Stack.1 with " + children.size() //$NON-NLS-1$
                        + " layers cannot be flattened into one Tessera track; flatten the compound clip in the editing tool first"); //$NON-NLS-1$
            }
            if (children.size() == 1) {
                String at = loc + ".children[0]"; //$NON-NLS-1$
                String s = schema(children.get(0), at);
                if (s.startsWith("Track.") || s.startsWith("Stack.")) { //$NON-NLS-1$ //$NON-NLS-2$
                    flatten(children.get(0), at, s, entries);
                } else {
                    JsonNode single = MAPPER.createObjectNode().set("children", MAPPER.createArrayNode().add(children.get(0))); //$NON-NLS-1$
                    children(single, loc, entries);
                }
            }
        }

        private Entry clip(JsonNode node, String loc, String schema) throws OtioFormatException {
            String name = text(node, "name"); //$NON-NLS-1$
            String label = name.isEmpty() ? "clip" : "clip '" + name + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            JsonNode ref;
            String refLoc;
            if (schema.equals("Clip.1")) { //$NON-NLS-1$
                ref = node.get("media_reference"); //$NON-NLS-1$
                refLoc = loc + ".media_reference"; //$NON-NLS-1$
            } else {
                JsonNode refs = node.path("media_references"); //$NON-NLS-1$
                String key = node.path("active_media_reference_key").asText(OtioWriter.DEFAULT_MEDIA); //$NON-NLS-1$
                ref = refs.get(key);
                refLoc = loc + ".media_references." + key; //$NON-NLS-1$
                if (ref == null && refs.size() == 1) {
                    key = refs.fieldNames().next();
                    ref = refs.get(key);
                    refLoc = loc + ".media_references." + key; //$NON-NLS-1$
                }
            }
            String refSchema = present(ref) ? schema(ref, refLoc) : "MissingReference.1"; //$NON-NLS-1$
            String url = null;
            Path file = null;
            Range available = null;
            if (present(ref)) {
                available = range(ref.get("available_range"), refLoc + ".available_range", false); //$NON-NLS-1$ //$NON-NLS-2$
                if (refSchema.startsWith("ExternalReference.")) { //$NON-NLS-1$
                    url = ref.path("target_url").asText(null); //$NON-NLS-1$
                    file = url == null ? null : resolve(url);
                } else if (!refSchema.startsWith("MissingReference.") && !refSchema.startsWith("GeneratorReference.") //$NON-NLS-1$ //$NON-NLS-2$
                        && !refSchema.startsWith("ImageSequenceReference.")) { //$NON-NLS-1$
                    throw new OtioFormatException(refLoc, refSchema + " is not a media reference"); //$NON-NLS-1$
                }
            }
            Range source = range(node.get("source_range"), loc + ".source_range", false); //$NON-NLS-1$ //$NON-NLS-2$
            if (source == null && available == null) {
                throw new OtioFormatException(loc, label + " has neither a source_range nor a media available_range, so its length is unknown"); //$NON-NLS-1$
            }
            Range used = source != null ? source : available;
            if (used.duration() < 0) {
                throw new OtioFormatException(loc + ".source_range.duration", label + " has a negative duration (" + fmt(used.duration()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            rates.merge(Math.round(used.rate()), 1, Integer::sum);
            double in = source == null ? 0 : source.start() - (available == null ? 0 : available.start());
            effectsAndMarkers(node, loc, label);
            if (!node.path("enabled").asBoolean(true)) { //$NON-NLS-1$
                warnings.add(loc + ": " + label + " is disabled; it was imported as a gap"); //$NON-NLS-1$ //$NON-NLS-2$
                return new RawGap(loc, used.duration());
            }
            JsonNode tessera = tessera(node);
            String assetId = tessera == null ? null : tessera.path("asset").path("id").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
            return new RawClip(loc, name, in, used.duration(), tessera, refSchema, url, file,
                    available == null ? Double.NaN : available.duration(), assetId);
        }

        private RawTransition transition(JsonNode node, String loc) throws OtioFormatException {
            double in = seconds(node.get("in_offset"), loc + ".in_offset"); //$NON-NLS-1$ //$NON-NLS-2$
            double out = seconds(node.get("out_offset"), loc + ".out_offset"); //$NON-NLS-1$ //$NON-NLS-2$
            return new RawTransition(loc, text(node, "name"), text(node, "transition_type"), in, out, tessera(node)); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private void effectsAndMarkers(JsonNode node, String loc, String label) throws OtioFormatException {
            JsonNode effects = node.get("effects"); //$NON-NLS-1$
            if (effects != null && effects.isArray()) {
                for (int i = 0; i < effects.size(); i++) {
                    String at = loc + ".effects[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
                    String s = schema(effects.get(i), at);
                    if (!EFFECTS.contains(s.substring(0, s.indexOf('.')))) {
                        throw new OtioFormatException(at, s + " is not an effect"); //$NON-NLS-1$
                    }
                    String effectName = text(effects.get(i), "effect_name"); //$NON-NLS-1$
                    warnings.add(at + ": " + label + ": effect " + s + (effectName.isEmpty() ? "" : " '" + effectName + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                            + " cannot be represented in Tessera and was left out"); //$NON-NLS-1$
                }
            }
            JsonNode markers = node.get("markers"); //$NON-NLS-1$
            if (markers != null && markers.isArray() && !markers.isEmpty()) {
                for (int i = 0; i < markers.size(); i++) {
                    schema(markers.get(i), loc + ".markers[" + i + "]"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                warnings.add(loc + ": " + label + ": " + markers.size() + " marker(s) left out"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }

        // ---- laying the read track out on the timeline's frames, with every check

        private Track layout(RawTrack raw, FrameClock clock, List<ClipMedia> media) throws OtioFormatException {
            Track track = F.createTrack();
            track.setName(raw.name());
            track.setKind(raw.kind());
            List<Entry> entries = raw.entries();
            Map<Entry, ClipItem> items = new IdentityHashMap<>();
            double position = 0;
            for (Entry e : entries) {
                if (e instanceof RawGap g) {
                    if (g.duration() < 0) {
                        throw new OtioFormatException(g.location() + ".source_range.duration", "the gap has a negative duration (" + fmt(g.duration()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                    position += g.duration();
                } else if (e instanceof RawClip c) {
                    long start = clock.frame(position);
                    long end = clock.frame(position + c.duration());
                    position += c.duration();
                    ClipItem item = item(c, start, end, clock);
                    items.put(c, item);
                    track.getItems().add(item);
                    media.add(new ClipMedia(item, c.location(), c.referenceSchema(), c.url(), c.file(), c.availableSeconds(), c.assetId()));
                }
            }
            Map<ClipItem, Long> used = new IdentityHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof RawTransition t) {
                    Entry before = i > 0 ? entries.get(i - 1) : null;
                    Entry after = i + 1 < entries.size() ? entries.get(i + 1) : null;
                    if (before instanceof RawTransition || after instanceof RawTransition) {
                        throw new OtioFormatException(t.location(), "two transitions on one cut (" //$NON-NLS-1$
                                + (before instanceof RawTransition b ? b.location() : ((RawTransition) after).location()) + " is next to it)"); //$NON-NLS-1$
                    }
                    Transition tr = transition(t, items.get(before), items.get(after), clock, used);
                    if (tr != null) {
                        track.getTransitions().add(tr);
                    }
                }
            }
            return track;
        }

        private ClipItem item(RawClip c, long start, long end, FrameClock clock) throws OtioFormatException {
            String label = c.name().isEmpty() ? "clip" : "clip '" + c.name() + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (end - start < 1) {
                throw new OtioFormatException(c.location(), label + " lasts " + fmt(c.duration()) + ", less than one frame at " + clock.fps() + " fps"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            long in = clock.frame(c.in());
            if (in < 0) {
                throw new OtioFormatException(c.location() + ".source_range.start_time", label + " starts " + fmt(-c.in()) //$NON-NLS-1$ //$NON-NLS-2$
                        + " before its media's available range"); //$NON-NLS-1$
            }
            ClipItem item = F.createClipItem();
            item.setName(c.name().isEmpty() ? fileName(c) : c.name());
            item.setStart(clock.seconds(start));
            item.setInPoint(clock.seconds(in));
            item.setOutPoint(clock.seconds(in + end - start));
            JsonNode tessera = c.tessera();
            if (tessera != null) {
                for (JsonNode k : tessera.path("volume")) { //$NON-NLS-1$
                    Keyframe key = F.createKeyframe();
                    key.setTime(k.path("time").asDouble()); //$NON-NLS-1$
                    key.setGain(k.path("gain").asDouble(1)); //$NON-NLS-1$
                    item.getVolume().add(key);
                }
                for (JsonNode e : tessera.path("effects")) { //$NON-NLS-1$
                    Effect effect = F.createEffect();
                    effect.setOperationId(e.path("operationId").asText(null)); //$NON-NLS-1$
                    e.path("parameters").forEach(p -> effect.getParameters().add(p.asText())); //$NON-NLS-1$
                    item.getEffects().add(effect);
                }
            }
            return item;
        }

        private static String fileName(RawClip c) {
            if (c.file() != null && c.file().getFileName() != null) {
                return c.file().getFileName().toString();
            }
            return null;
        }

        private Transition transition(RawTransition t, ClipItem from, ClipItem to, FrameClock clock, Map<ClipItem, Long> used)
                throws OtioFormatException {
            long in = clock.frame(t.in());
            long out = clock.frame(t.out());
            if (in < 0 || out < 0) {
                throw new OtioFormatException(t.location(), "the transition has a negative offset (in_offset " + fmt(t.in()) //$NON-NLS-1$
                        + ", out_offset " + fmt(t.out()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (from == null && to == null) {
                warnings.add(t.location() + ": a transition with no clip on either side was left out"); //$NON-NLS-1$
                return null;
            }
            if (from == null && in > 0) {
                warnings.add(t.location() + ": the transition's in_offset (" + fmt(t.in()) + ") lies over a gap; it fades in from black over its out_offset only"); //$NON-NLS-1$ //$NON-NLS-2$
                in = 0;
            }
            if (to == null && out > 0) {
                warnings.add(t.location() + ": the transition's out_offset (" + fmt(t.out()) + ") lies over a gap; it fades out to black over its in_offset only"); //$NON-NLS-1$ //$NON-NLS-2$
                out = 0;
            }
            if (in + out == 0) {
                warnings.add(t.location() + ": a transition of no length is a cut and was left out"); //$NON-NLS-1$
                return null;
            }
            if (from != null) {
                check(t, from, in, "in_offset", "before", clock, used); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (to != null) {
                check(t, to, out, "out_offset", "after", clock, used); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Transition tr = F.createTransition();
            tr.setKind(kind(t, from, to));
            tr.setFrom(from);
            tr.setTo(to);
            tr.setInOffset(clock.seconds(in));
            tr.setOutOffset(clock.seconds(out));
            if (t.tessera() != null) {
                t.tessera().path("parameters").forEach(p -> tr.getParameters().add(p.asText())); //$NON-NLS-1$
            }
            return tr;
        }

        private static void check(RawTransition t, ClipItem item, long frames, String field, String side, FrameClock clock,
                Map<ClipItem, Long> used) throws OtioFormatException {
            long length = clock.frame(item.getOutPoint() - item.getInPoint());
            if (frames > length) {
                throw new OtioFormatException(t.location() + "." + field, "the transition lasts " + fmt(clock.seconds(frames)) + " " + side //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " the cut, longer than clip '" + item.getName() + "' (" + fmt(clock.seconds(length)) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            long total = used.merge(item, frames, Long::sum);
            if (total > length) {
                throw new OtioFormatException(t.location() + "." + field, "the transitions at both ends of clip '" + item.getName() + "' overlap: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + fmt(clock.seconds(total)) + " of transitions in " + fmt(clock.seconds(length))); //$NON-NLS-1$
            }
        }

        private String kind(RawTransition t, ClipItem from, ClipItem to) {
            String kind = t.tessera() == null ? null : t.tessera().path("kind").asText(null); //$NON-NLS-1$
            if (kind != null && !kind.isBlank()) {
                return kind;
            }
            if (from == null || to == null) {
                return Transitions.FADE_BLACK;
            }
            if (!"SMPTE_Dissolve".equals(t.type())) { //$NON-NLS-1$
                warnings.add(t.location() + ": transition type '" + t.type() + "' was imported as a crossfade"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return Transitions.CROSSFADE;
        }

        private void titles(JsonNode titles, Timeline timeline, FrameClock clock) {
            for (JsonNode n : titles) {
                Title t = F.createTitle();
                t.setText(n.path("text").asText("")); //$NON-NLS-1$ //$NON-NLS-2$
                t.setStart(clock.snap(n.path("start").asDouble(0))); //$NON-NLS-1$
                if (n.has("duration")) { //$NON-NLS-1$
                    t.setDuration(Math.max(clock.seconds(1), clock.snap(n.path("duration").asDouble()))); //$NON-NLS-1$
                }
                if (n.hasNonNull("font")) { //$NON-NLS-1$
                    t.setFont(n.path("font").asText()); //$NON-NLS-1$
                }
                if (n.has("size")) { //$NON-NLS-1$
                    t.setSize(n.path("size").asDouble()); //$NON-NLS-1$
                }
                if (n.has("x")) { //$NON-NLS-1$
                    t.setX(n.path("x").asDouble()); //$NON-NLS-1$
                }
                if (n.has("y")) { //$NON-NLS-1$
                    t.setY(n.path("y").asDouble()); //$NON-NLS-1$
                }
                if (n.hasNonNull("colour")) { //$NON-NLS-1$
                    t.setColour(n.path("colour").asText()); //$NON-NLS-1$
                }
                t.setCaption(n.path("caption").asBoolean(false)); //$NON-NLS-1$
                timeline.getTitles().add(t);
            }
        }

        // ---- values

        private Path resolve(String url) {
            try {
                if (url.regionMatches(true, 0, "file:", 0, 5)) { //$NON-NLS-1$
                    try {
                        URI uri = new URI(url);
                        if (uri.getAuthority() != null && !"localhost".equalsIgnoreCase(uri.getAuthority())) { //$NON-NLS-1$
                            return null;
                        }
                        return Path.of(new URI("file", null, uri.getPath(), null)); //$NON-NLS-1$
                    } catch (URISyntaxException e) {
                        // tools write unescaped spaces; take the path as it is, decoding what is escaped
                        String rest = url.substring(5).replaceFirst("^//(localhost)?", ""); //$NON-NLS-1$ //$NON-NLS-2$
                        return Path.of(URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                if (url.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) { //$NON-NLS-1$
                    return null; // http:, s3:, ... (a single letter is a Windows drive)
                }
                Path p = Path.of(url);
                return p.isAbsolute() || mediaFolder == null ? p : mediaFolder.resolve(p).normalize();
            } catch (IllegalArgumentException e) { // InvalidPathException too
                return null;
            }
        }

        private static JsonNode tessera(JsonNode node) {
            JsonNode t = node.path("metadata").path(OtioWriter.METADATA_KEY); //$NON-NLS-1$
            return t.isObject() ? t : null;
        }

        private static boolean present(JsonNode n) {
            return n != null && !n.isNull() && !n.isMissingNode();
        }

        private static String text(JsonNode node, String field) {
            JsonNode n = node.get(field);
            return n == null || n.isNull() ? "" : n.asText(); //$NON-NLS-1$
        }

        private static JsonNode array(JsonNode node, String field, String loc) throws OtioFormatException {
            JsonNode n = node.get(field);
            if (n == null || n.isNull()) {
                return MAPPER.createArrayNode();
            }
            if (!n.isArray()) {
                throw new OtioFormatException(loc + "." + field, "expected a list, found " + n.getNodeType()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return n;
        }

        /** The object's OTIO_SCHEMA, checked against the schemas and versions this reader knows. */
        private static String schema(JsonNode node, String loc) throws OtioFormatException {
            if (node == null || !node.isObject()) {
                throw new OtioFormatException(loc, "expected an OTIO object, found " + (node == null ? "nothing" : node.getNodeType())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            JsonNode s = node.get("OTIO_SCHEMA"); //$NON-NLS-1$
            if (s == null || !s.isTextual()) {
                throw new OtioFormatException(loc, "the object has no OTIO_SCHEMA"); //$NON-NLS-1$
            }
            String schema = s.asText();
            int dot = schema.lastIndexOf('.');
            String name = dot > 0 ? schema.substring(0, dot) : schema;
            Integer version = null;
            try {
                version = dot > 0 ? Integer.valueOf(schema.substring(dot + 1)) : null;
            } catch (NumberFormatException e) {
                // reported below
            }
            Set<Integer> versions = KNOWN.get(name);
            if (versions == null) {
                throw new OtioFormatException(loc, "unknown schema " + schema); //$NON-NLS-1$
            }
            if (version == null || !versions.contains(version)) {
                throw new OtioFormatException(loc, "unsupported schema version " + schema + " (this reader knows " //$NON-NLS-1$ //$NON-NLS-2$
                        + String.join(", ", versions.stream().sorted().map(v -> name + "." + v).toList()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return name + "." + version; //$NON-NLS-1$
        }

        private static Range range(JsonNode node, String loc, boolean required) throws OtioFormatException {
            if (!present(node)) {
                if (required) {
                    throw new OtioFormatException(loc, "a TimeRange.1 is required here"); //$NON-NLS-1$
                }
                return null;
            }
            String s = schema(node, loc);
            if (!s.startsWith("TimeRange.")) { //$NON-NLS-1$
                throw new OtioFormatException(loc, "expected a TimeRange.1, found " + s); //$NON-NLS-1$
            }
            double[] duration = time(node.get("duration"), loc + ".duration"); //$NON-NLS-1$ //$NON-NLS-2$
            double[] start = time(node.get("start_time"), loc + ".start_time"); //$NON-NLS-1$ //$NON-NLS-2$
            return new Range(start[0], duration[0], duration[1]);
        }

        private static double seconds(JsonNode node, String loc) throws OtioFormatException {
            return present(node) ? time(node, loc)[0] : 0;
        }

        /** {seconds, rate} of a RationalTime.1. */
        private static double[] time(JsonNode node, String loc) throws OtioFormatException {
            if (!present(node)) {
                throw new OtioFormatException(loc, "a RationalTime.1 is required here"); //$NON-NLS-1$
            }
            String s = schema(node, loc);
            if (!s.startsWith("RationalTime.")) { //$NON-NLS-1$
                throw new OtioFormatException(loc, "expected a RationalTime.1, found " + s); //$NON-NLS-1$
            }
            JsonNode value = node.get("value"); //$NON-NLS-1$
            JsonNode rate = node.get("rate"); //$NON-NLS-1$
            if (value == null || !value.isNumber() || rate == null || !rate.isNumber()) {
                throw new OtioFormatException(loc, "a RationalTime.1 needs a numeric value and rate"); //$NON-NLS-1$
            }
            double v = value.asDouble();
            double r = rate.asDouble();
            if (!(r > 0) || Double.isInfinite(r) || !Double.isFinite(v)) {
                throw new OtioFormatException(loc, "rate " + r + " / value " + v + " is not a usable time"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return new double[] { OtioTime.seconds(v, r), r };
        }

        private static String fmt(double seconds) {
            return String.format(Locale.ROOT, "%.3f s", seconds); //$NON-NLS-1$
        }
    }
}
