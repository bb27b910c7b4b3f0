package io.tessera.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.tessera.model.ClipItem;
import io.tessera.model.Effect;
import io.tessera.model.Keyframe;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;
import io.tessera.model.store.ProjectEditing;

/**
 * Every timeline edit, each one an undoable EMF command on the project's editing domain. An edit first checks that
 * it can be made (and throws {@link EditException} naming the item and the reason, changing nothing), then
 * changes the model. Times are snapped to the timeline's frames.
 * <p>
 * Transitions follow OpenTimelineIO: a transition sits on a cut and takes {@code inOffset} from before it and
 * {@code outOffset} from after it, during which both sides play, so adding one never moves any item.
 */
public final class TimelineEditor {
    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private final Project project;
    private final EditingDomain domain;
    private int depth;

    public TimelineEditor(Project project, EditingDomain domain) {
        this.project = project;
        this.domain = domain;
    }

    public static TimelineEditor of(Project project) {
        return new TimelineEditor(project, ProjectEditing.editingDomain(project));
    }

    public Project project() {
        return project;
    }

    public EditingDomain domain() {
        return domain;
    }

    public CommandStack commands() {
        return domain.getCommandStack();
    }

    /** The project's timeline; an empty one (at {@code fps}) is created, as an undoable edit, when there is none. */
    public Timeline timeline(int fps) {
        if (project.getTimeline() == null) {
            run("New timeline", () -> { //$NON-NLS-1$
                Timeline t = F.createTimeline();
                t.setName(project.getName());
                t.setFps(fps);
                project.setTimeline(t);
            });
        }
        return project.getTimeline();
    }

    public Timeline timeline() {
        return timeline(24);
    }

    public FrameClock clock() {
        return new FrameClock(timeline().getFps());
    }

    public boolean undo() {
        if (!commands().canUndo()) {
            return false;
        }
        commands().undo();
        return true;
    }

    public boolean redo() {
        if (!commands().canRedo()) {
            return false;
        }
        commands().redo();
        return true;
    }

    public Track addTrack(TrackKind kind, String name) {
        Timeline t = timeline();
        Track track = F.createTrack();
        track.setKind(kind);
        track.setName(name);
        run("Add track " + name, () -> t.getTracks().add(track)); //$NON-NLS-1$
        return track;
    }

    /** The first track of that kind, made if there is none. */
    public Track track(TrackKind kind) {
        return Timelines.tracks(timeline(), kind).stream().findFirst()
                .orElseGet(() -> addTrack(kind, kind == TrackKind.VIDEO ? "V1" : "A1")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Places {@code in..out} of the asset after the last item of the track. */
    public ClipItem append(Track track, MediaAsset asset, double in, double out) throws EditException {
        return place(track, asset, in, out, Timelines.end(track), Placement.APPEND);
    }

    /** Puts the material at {@code at}, pushing everything from there on later by its length (splitting an item there). */
    public ClipItem insert(Track track, MediaAsset asset, double in, double out, double at) throws EditException {
        return place(track, asset, in, out, at, Placement.INSERT);
    }

    /** Puts the material at {@code at} over whatever was there, which is trimmed, split or removed. */
    public ClipItem overwrite(Track track, MediaAsset asset, double in, double out, double at) throws EditException {
        return place(track, asset, in, out, at, Placement.OVERWRITE);
    }

    private enum Placement {
        APPEND, INSERT, OVERWRITE
    }

    private ClipItem place(Track track, MediaAsset asset, double in, double out, double at, Placement how) throws EditException {
        FrameClock c = clockOf(track);
        double start = c.snap(at);
        double inPoint = c.snap(in);
        double outPoint = c.snap(out);
        checkMedia(asset, inPoint, outPoint);
        if (start < 0) {
            throw new EditException("cannot place a clip before the start of the timeline (" + fmt(start) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        double length = outPoint - inPoint;
        ClipItem item = F.createClipItem();
        item.setAsset(asset);
        item.setName(nameOf(asset));
        item.setStart(start);
        item.setInPoint(inPoint);
        item.setOutPoint(outPoint);
        if (how == Placement.APPEND || how == Placement.INSERT && start >= Timelines.end(track) - c.tolerance()) {
            run("Append " + item.getName(), () -> add(track, item)); //$NON-NLS-1$
        } else if (how == Placement.INSERT) {
            run("Insert " + item.getName(), () -> { //$NON-NLS-1$
                splitAt(track, start, c);
                for (ClipItem other : track.getItems()) {
                    if (other.getStart() >= start - c.tolerance()) {
                        other.setStart(c.snap(other.getStart() + length));
                    }
                }
                add(track, item);
            });
        } else {
            run("Overwrite with " + item.getName(), () -> { //$NON-NLS-1$
                clear(track, start, start + length, c);
                add(track, item);
            });
        }
        return item;
    }

    /** Moves the item's in point; its end stays where it is, so its start moves by as much. */
    public void trimIn(ClipItem item, double newIn) throws EditException {
        FrameClock c = clockOf(track(item));
        double in = c.snap(newIn);
        double delta = in - item.getInPoint();
        double start = c.snap(item.getStart() + delta);
        checkMedia(item.getAsset(), in, item.getOutPoint());
        if (start < -c.tolerance()) {
            throw new EditException(Timelines.describe(item) + ": trimming the in point to " + fmt(in) //$NON-NLS-1$
                    + " would start it before the timeline"); //$NON-NLS-1$
        }
        checkFree(item, start, Timelines.end(item), c);
        run("Trim in " + item.getName(), () -> { //$NON-NLS-1$
            item.setInPoint(in);
            item.setStart(start);
            dropBrokenTransitions(track(item), c);
        });
    }

    /** Moves the item's out point; its start stays. */
    public void trimOut(ClipItem item, double newOut) throws EditException {
        FrameClock c = clockOf(track(item));
        double out = c.snap(newOut);
        checkMedia(item.getAsset(), item.getInPoint(), out);
        checkFree(item, item.getStart(), item.getStart() + out - item.getInPoint(), c);
        run("Trim out " + item.getName(), () -> { //$NON-NLS-1$
            item.setOutPoint(out);
            dropBrokenTransitions(track(item), c);
        });
    }

    /** Cuts the item in two at {@code at}; returns the second half. Transitions out of the item go with it. */
    public ClipItem split(ClipItem item, double at) throws EditException {
        Track track = track(item);
        FrameClock c = clockOf(track);
        double t = c.snap(at);
        if (t <= item.getStart() + c.tolerance() || t >= Timelines.end(item) - c.tolerance()) {
            throw new EditException(Timelines.describe(item) + ": the playhead (" + fmt(t) + ") is not inside it (" //$NON-NLS-1$ //$NON-NLS-2$
                    + fmt(item.getStart()) + " .. " + fmt(Timelines.end(item)) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ClipItem[] second = new ClipItem[1];
        run("Split " + item.getName(), () -> second[0] = splitItem(track, item, t, c)); //$NON-NLS-1$
        return second[0];
    }

    /** Split at the playhead on every track that has an item there. */
    public List<ClipItem> splitAll(double at) throws EditException {
        List<ClipItem> seconds = new ArrayList<>();
        FrameClock c = clock();
        double t = c.snap(at);
        List<ClipItem> hits = new ArrayList<>();
        for (Track track : timeline().getTracks()) {
            Timelines.itemAt(track, t, c).filter(i -> !c.same(i.getStart(), t)).ifPresent(hits::add);
        }
        if (hits.isEmpty()) {
            throw new EditException("no item under the playhead at " + fmt(t)); //$NON-NLS-1$
        }
        run("Split at " + fmt(t), () -> { //$NON-NLS-1$
            for (ClipItem i : hits) {
                seconds.add(splitItem(track(i), i, t, c));
            }
        });
        return seconds;
    }

    /** Takes the item out and closes the gap: everything after it on its track moves earlier by its length. */
    public void rippleDelete(ClipItem item) throws EditException {
        Track track = track(item);
        FrameClock c = clockOf(track);
        double length = Timelines.length(item);
        double end = Timelines.end(item);
        run("Ripple delete " + item.getName(), () -> { //$NON-NLS-1$
            removeItem(track, item);
            for (ClipItem other : track.getItems()) {
                if (other.getStart() >= end - c.tolerance()) {
                    other.setStart(c.snap(other.getStart() - length));
                }
            }
        });
    }

    /** Takes the item out and leaves a gap. */
    public void delete(ClipItem item) throws EditException {
        Track track = track(item);
        run("Delete " + item.getName(), () -> removeItem(track, item)); //$NON-NLS-1$
    }

    /** Moves the item to {@code newStart} on {@code target} (may be its own track); refuses to cover another item. */
    public void move(ClipItem item, Track target, double newStart) throws EditException {
        Track from = track(item);
        FrameClock c = clockOf(target);
        double start = c.snap(newStart);
        if (start < 0) {
            throw new EditException(Timelines.describe(item) + ": cannot move before the start of the timeline"); //$NON-NLS-1$
        }
        if (target.getKind() != from.getKind()) {
            throw new EditException(Timelines.describe(item) + ": cannot move from a " + from.getKind() + " track to a " //$NON-NLS-1$ //$NON-NLS-2$
                    + target.getKind() + " track"); //$NON-NLS-1$
        }
        double end = start + Timelines.length(item);
        for (ClipItem other : target.getItems()) {
            if (other != item && overlaps(other, start, end, c)) {
                throw new EditException(Timelines.describe(item) + ": moving it to " + fmt(start) + " would cover " //$NON-NLS-1$ //$NON-NLS-2$
                        + Timelines.describe(other) + "; trim or move that first, or use overwrite"); //$NON-NLS-1$
            }
        }
        run("Move " + item.getName(), () -> { //$NON-NLS-1$
            removeTransitions(from, item);
            if (target != from) {
                from.getItems().remove(item);
                item.setStart(start);
                add(target, item);
            } else {
                item.setStart(start);
                order(target);
            }
        });
    }

    /**
     * Moves the item to position {@code index} among its track's items and lays them out back to back from where
     * the first one starts, as when shots are reordered on a storyboard. Transitions touching the moved item go.
     */
    public void reorder(ClipItem item, int index) throws EditException {
        Track track = track(item);
        FrameClock c = clockOf(track);
        List<ClipItem> items = Timelines.ordered(track);
        if (index < 0 || index >= items.size()) {
            throw new EditException(Timelines.describe(item) + ": position " + (index + 1) + " is not between 1 and " + items.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        run("Reorder " + item.getName(), () -> { //$NON-NLS-1$
            removeTransitions(track, item);
            double at = items.get(0).getStart();
            items.remove(item);
            items.add(index, item);
            for (ClipItem i : items) {
                i.setStart(c.snap(at));
                at += Timelines.length(i);
            }
            order(track);
            dropBrokenTransitions(track, c);
        });
    }

    /** A transition centred on the cut between two adjacent items. */
    public Transition addTransition(String kind, ClipItem from, ClipItem to, double duration, Map<String, String> parameters)
            throws EditException {
        FrameClock c = clockOf(track(from));
        long frames = Math.max(1, c.frame(duration));
        return addTransition(kind, from, to, c.seconds(frames / 2), c.seconds(frames - frames / 2), parameters);
    }

    public Transition addTransition(String kind, ClipItem from, ClipItem to, double inOffset, double outOffset,
            Map<String, String> parameters) throws EditException {
        if (from == null && to == null) {
            throw new EditException("a transition needs an item on at least one side"); //$NON-NLS-1$
        }
        Track track = track(from != null ? from : to);
        FrameClock c = clockOf(track);
        if (from != null && to != null) {
            if (track(to) != track) {
                throw new EditException("a transition joins items on one track; " + Timelines.describe(from) + " and " //$NON-NLS-1$ //$NON-NLS-2$
                        + Timelines.describe(to) + " are on different tracks"); //$NON-NLS-1$
            }
            if (!c.same(Timelines.end(from), to.getStart())) {
                throw new EditException("a transition joins adjacent items; " + Timelines.describe(from) + " ends at " //$NON-NLS-1$ //$NON-NLS-2$
                        + fmt(Timelines.end(from)) + " but " + Timelines.describe(to) + " starts at " + fmt(to.getStart())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        double in = c.snap(inOffset);
        double out = c.snap(outOffset);
        if (in < 0 || out < 0 || in + out <= 0) {
            throw new EditException("a transition needs a positive length (in " + fmt(in) + ", out " + fmt(out) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (from != null && in > Timelines.length(from) + c.tolerance()) {
            throw new EditException("the transition starts " + fmt(in) + " before the cut, longer than " + Timelines.describe(from) //$NON-NLS-1$ //$NON-NLS-2$
                    + " (" + fmt(Timelines.length(from)) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (to != null && out > Timelines.length(to) + c.tolerance()) {
            throw new EditException("the transition lasts " + fmt(out) + " after the cut, longer than " + Timelines.describe(to) //$NON-NLS-1$ //$NON-NLS-2$
                    + " (" + fmt(Timelines.length(to)) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (from == null && in > 0 || to == null && out > 0) {
            throw new EditException("a fade from or to black lies inside its item: give it only the side that has one"); //$NON-NLS-1$
        }
        for (Transition t : track.getTransitions()) {
            if (from != null && t.getFrom() == from || to != null && t.getTo() == to) {
                throw new EditException("there is already a transition at this cut (" + t.getKind() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Transition tr = F.createTransition();
        tr.setKind(kind);
        tr.setFrom(from);
        tr.setTo(to);
        tr.setInOffset(in);
        tr.setOutOffset(out);
        if (parameters != null) {
            parameters.forEach((k, v) -> tr.getParameters().add(k + "=" + v)); //$NON-NLS-1$
        }
        run("Add " + kind, () -> track.getTransitions().add(tr)); //$NON-NLS-1$
        return tr;
    }

    /** Fades the item in from black over its first {@code seconds}. */
    public Transition fadeIn(ClipItem item, double seconds) throws EditException {
        return addTransition(Transitions.FADE_BLACK, null, item, 0, seconds, Map.of());
    }

    /** Fades the item out to black over its last {@code seconds}. */
    public Transition fadeOut(ClipItem item, double seconds) throws EditException {
        return addTransition(Transitions.FADE_BLACK, item, null, seconds, 0, Map.of());
    }

    public void removeTransition(Transition t) {
        Track track = (Track) t.eContainer();
        run("Remove " + t.getKind(), () -> track.getTransitions().remove(t)); //$NON-NLS-1$
    }

    public Title addTitle(String text, double start, double duration, boolean caption) throws EditException {
        FrameClock c = clock();
        if (text == null || text.isBlank()) {
            throw new EditException("a title needs text"); //$NON-NLS-1$
        }
        if (start < 0 || duration <= 0) {
            throw new EditException("a title needs start >= 0 and a positive duration, not " + fmt(start) + " for " + fmt(duration)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Title title = F.createTitle();
        title.setText(text);
        title.setStart(c.snap(start));
        title.setDuration(Math.max(c.seconds(1), c.snap(duration)));
        title.setCaption(caption);
        if (!caption) {
            title.setY(0.5);
            title.setSize(0.1);
        }
        Timeline t = timeline();
        run((caption ? "Add caption" : "Add title"), () -> t.getTitles().add(title)); //$NON-NLS-1$ //$NON-NLS-2$
        return title;
    }

    /** Changes any of a title's fields in one undoable step. */
    public void editTitle(Title title, Runnable change) {
        run("Edit title", change); //$NON-NLS-1$
    }

    /** Replaces the item's volume envelope; each point is {time from the item's start, linear gain}. */
    public void setVolume(ClipItem item, double[][] points) throws EditException {
        List<Keyframe> keys = new ArrayList<>();
        double last = -1;
        for (double[] p : points) {
            if (p.length != 2 || p[0] < 0 || p[0] > Timelines.length(item) + 1e-9 || p[1] < 0 || p[0] <= last) {
                throw new EditException(Timelines.describe(item) + ": volume points need increasing times within the item and gains >= 0"); //$NON-NLS-1$
            }
            last = p[0];
            Keyframe k = F.createKeyframe();
            k.setTime(p[0]);
            k.setGain(p[1]);
            keys.add(k);
        }
        run("Volume of " + item.getName(), () -> { //$NON-NLS-1$
            item.getVolume().clear();
            item.getVolume().addAll(keys);
        });
    }

    public Effect addEffect(ClipItem item, String operationId, Map<String, String> parameters) {
        Effect e = F.createEffect();
        e.setOperationId(operationId);
        if (parameters != null) {
            parameters.forEach((k, v) -> e.getParameters().add(k + "=" + v)); //$NON-NLS-1$
        }
        run("Add effect " + operationId, () -> item.getEffects().add(e)); //$NON-NLS-1$
        return e;
    }

    /**
     * Runs a change as one undoable command. Edits made inside it (callers composing their own edits from these
     * methods) join it: undo takes back the whole composition in one step.
     */
    public void run(String label, Runnable change) {
        if (depth > 0) {
            change.run();
            return;
        }
        TimelineChange command = new TimelineChange(label, project, () -> {
            depth++;
            try {
                change.run();
            } finally {
                depth--;
            }
        });
        commands().execute(command);
        if (command.failure() != null) {
            throw command.failure();
        }
    }

    // ---- changes; they run inside a command and assume their checks passed

    private static void add(Track track, ClipItem item) {
        int i = 0;
        while (i < track.getItems().size() && track.getItems().get(i).getStart() <= item.getStart()) {
            i++;
        }
        track.getItems().add(i, item);
    }

    private static void order(Track track) {
        List<ClipItem> sorted = Timelines.ordered(track);
        for (int i = 0; i < sorted.size(); i++) {
            int at = track.getItems().indexOf(sorted.get(i));
            if (at != i) {
                track.getItems().move(i, at);
            }
        }
    }

    private static ClipItem splitItem(Track track, ClipItem item, double t, FrameClock c) {
        double offset = t - item.getStart();
        ClipItem second = EcoreUtil.copy(item);
        second.setStart(t);
        second.setInPoint(c.snap(item.getInPoint() + offset));
        item.setOutPoint(second.getInPoint());
        second.getVolume().clear();
        for (Keyframe k : List.copyOf(item.getVolume())) {
            if (k.getTime() >= offset) {
                Keyframe moved = EcoreUtil.copy(k);
                moved.setTime(k.getTime() - offset);
                second.getVolume().add(moved);
            }
        }
        double gainAtCut = VolumeEnvelope.gainAt(item, offset);
        item.getVolume().removeIf(k -> k.getTime() > offset);
        if (!second.getVolume().isEmpty() || !item.getVolume().isEmpty()) {
            // both halves keep sounding exactly as before the split
            if (item.getVolume().isEmpty() || item.getVolume().get(item.getVolume().size() - 1).getTime() < offset) {
                item.getVolume().add(key(offset, gainAtCut));
            }
            if (second.getVolume().isEmpty() || second.getVolume().get(0).getTime() > 0) {
                second.getVolume().add(0, key(0, gainAtCut));
            }
        }
        add(track, second);
        for (Transition tr : track.getTransitions()) {
            if (tr.getFrom() == item) {
                tr.setFrom(second);
            }
        }
        return second;
    }

    private static Keyframe key(double time, double gain) {
        Keyframe k = F.createKeyframe();
        k.setTime(time);
        k.setGain(gain);
        return k;
    }

    private static void splitAt(Track track, double t, FrameClock c) {
        Timelines.itemAt(track, t, c).filter(i -> !c.same(i.getStart(), t)).ifPresent(i -> splitItem(track, i, t, c));
    }

    /** Makes room for [start, end): items there are trimmed, split or removed. */
    private static void clear(Track track, double start, double end, FrameClock c) {
        splitAt(track, start, c);
        splitAt(track, end, c);
        for (ClipItem other : List.copyOf(track.getItems())) {
            if (other.getStart() >= start - c.tolerance() && Timelines.end(other) <= end + c.tolerance()) {
                removeItem(track, other);
            }
        }
    }

    private static void removeItem(Track track, ClipItem item) {
        removeTransitions(track, item);
        track.getItems().remove(item);
    }

    private static void removeTransitions(Track track, ClipItem item) {
        track.getTransitions().removeIf(t -> t.getFrom() == item || t.getTo() == item);
    }

    /** Transitions whose items no longer meet at a cut, or that no longer fit, go. */
    private static void dropBrokenTransitions(Track track, FrameClock c) {
        track.getTransitions().removeIf(t -> {
            ClipItem a = t.getFrom();
            ClipItem b = t.getTo();
            if (a != null && b != null && !c.same(Timelines.end(a), b.getStart())) {
                return true;
            }
            return a != null && t.getInOffset() > Timelines.length(a) + c.tolerance()
                    || b != null && t.getOutOffset() > Timelines.length(b) + c.tolerance();
        });
    }

    // ---- checks

    private static void checkMedia(MediaAsset asset, double in, double out) throws EditException {
        String name = nameOf(asset);
        if (in < 0) {
            throw new EditException(name + ": in point " + fmt(in) + " is before the start of the media"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (out <= in) {
            throw new EditException(name + ": out point " + fmt(out) + " must be after the in point " + fmt(in)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        double duration = asset == null ? 0 : asset.getDurationSeconds();
        // half a frame of slack: containers round durations
        if (duration > 0 && out > duration + 0.5 / Math.max(1, asset.getFps())) {
            throw new EditException(name + ": out point " + fmt(out) + " is past the end of the media (" + fmt(duration) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void checkFree(ClipItem item, double start, double end, FrameClock c) throws EditException {
        for (ClipItem other : track(item).getItems()) {
            if (other != item && overlaps(other, start, end, c)) {
                throw new EditException(Timelines.describe(item) + ": the trim would run into " + Timelines.describe(other)); //$NON-NLS-1$
            }
        }
    }

    private static boolean overlaps(ClipItem other, double start, double end, FrameClock c) {
        return c.frame(other.getStart()) < c.frame(end) && c.frame(start) < c.frame(Timelines.end(other));
    }

    private static Track track(ClipItem item) {
        if (item == null || !(item.eContainer() instanceof Track t)) {
            throw new IllegalArgumentException("the item is not on a track"); //$NON-NLS-1$
        }
        return t;
    }

    private FrameClock clockOf(Track track) {
        Timeline t = track.eContainer() instanceof Timeline tl ? tl : timeline();
        return new FrameClock(t.getFps());
    }

    private static String nameOf(MediaAsset asset) {
        if (asset == null) {
            return "clip"; //$NON-NLS-1$
        }
        String file = asset.getFile();
        return file == null ? asset.getId() : java.nio.file.Path.of(file).getFileName().toString();
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds); //$NON-NLS-1$
    }
}
