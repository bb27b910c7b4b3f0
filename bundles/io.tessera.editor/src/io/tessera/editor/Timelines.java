package io.tessera.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.tessera.model.ClipItem;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;

/** Questions about a timeline that edits, the renderer and the exporters all ask. */
public final class Timelines {
    private Timelines() {
    }

    public static double length(ClipItem item) {
        return item.getOutPoint() - item.getInPoint();
    }

    public static double end(ClipItem item) {
        return item.getStart() + length(item);
    }

    /** Where the last item of any track ends, or the last title; 0 for an empty timeline. */
    public static double duration(Timeline timeline) {
        double end = 0;
        for (Track t : timeline.getTracks()) {
            for (ClipItem c : t.getItems()) {
                end = Math.max(end, end(c));
            }
        }
        for (var title : timeline.getTitles()) {
            end = Math.max(end, title.getStart() + title.getDuration());
        }
        return end;
    }

    public static double end(Track track) {
        double end = 0;
        for (ClipItem c : track.getItems()) {
            end = Math.max(end, end(c));
        }
        return end;
    }

    /** The track's items in time order (the list itself is kept in that order by every edit). */
    public static List<ClipItem> ordered(Track track) {
        List<ClipItem> items = new ArrayList<>(track.getItems());
        items.sort(Comparator.comparingDouble(ClipItem::getStart));
        return items;
    }

    /** The item that shows at {@code time}, if any. */
    public static Optional<ClipItem> itemAt(Track track, double time, FrameClock clock) {
        long frame = clock.frame(time);
        for (ClipItem c : track.getItems()) {
            if (clock.frame(c.getStart()) <= frame && frame < clock.frame(end(c))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static List<Track> tracks(Timeline timeline, TrackKind kind) {
        return timeline.getTracks().stream().filter(t -> t.getKind() == kind).toList();
    }

    /** The transitions that touch an item, as outgoing or incoming side. */
    public static List<Transition> transitionsOf(ClipItem item) {
        if (!(item.eContainer() instanceof Track track)) {
            return List.of();
        }
        return track.getTransitions().stream().filter(t -> t.getFrom() == item || t.getTo() == item).toList();
    }

    /** Seconds of the timeline at which a transition is centred: the cut, or the edge of the item it fades. */
    public static double cut(Transition t) {
        return t.getFrom() != null ? end(t.getFrom()) : t.getTo().getStart();
    }

    public static String describe(ClipItem item) {
        String name = item.getName() != null ? item.getName()
                : item.getAsset() != null && item.getAsset().getFile() != null ? item.getAsset().getFile() : "item"; //$NON-NLS-1$
        return "'" + name + "' at " + String.format(java.util.Locale.ROOT, "%.3f s", item.getStart()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
