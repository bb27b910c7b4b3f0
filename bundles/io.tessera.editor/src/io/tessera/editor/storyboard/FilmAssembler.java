package io.tessera.editor.storyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tessera.editor.EditException;
import io.tessera.editor.FrameClock;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Timelines;
import io.tessera.editor.Transitions;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Shot;
import io.tessera.model.Timeline;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;

/**
 * Cuts a storyboard's takes into a film: the shots in order on one video track, a fade in and out, a plain cut
 * where a shot continues the one before (same characters and setting: it takes the other as reference, or they
 * share one) and a crossfade where the story moves on, and the shot's text as captions. A crossfade takes its
 * length out of real pictures on both sides (each shot is trimmed by half of it) rather than freezing frames.
 * Everything is one undoable edit.
 */
public final class FilmAssembler {
    /**
     * @param crossfadeSeconds length of the crossfades between scenes
     * @param fadeSeconds fade in at the start and out at the end; 0 for none
     * @param captions whether the shots' text is shown as captions
     */
    public record Options(double crossfadeSeconds, double fadeSeconds, boolean captions) {
        public static final Options DEFAULT = new Options(0.5, 0.5, true);
    }

    private FilmAssembler() {
    }

    public static void assemble(TimelineEditor editor, List<Shot> shots, Options options) throws EditException {
        if (shots.isEmpty()) {
            throw new EditException("the storyboard has no shots"); //$NON-NLS-1$
        }
        for (Shot s : shots) {
            if (s.getSelectedTake() == null) {
                throw new EditException("shot " + s.getId() + " has no take yet: generate it first"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        int fps = shots.get(0).getSelectedTake().getFps() > 0 ? shots.get(0).getSelectedTake().getFps() : shots.get(0).getSettings().getFps();
        FrameClock clock = new FrameClock(fps);
        List<Boolean> crossfadeBefore = new ArrayList<>();
        for (int i = 0; i < shots.size(); i++) {
            crossfadeBefore.add(i > 0 && options.crossfadeSeconds() > 0 && !continues(shots.get(i), shots.get(i - 1)));
        }
        long half = clock.frame(options.crossfadeSeconds()) / 2;
        // check before changing anything: every shot must keep at least a second after its handles are taken
        for (int i = 0; i < shots.size(); i++) {
            MediaAsset take = shots.get(i).getSelectedTake();
            double in = crossfadeBefore.get(i) ? clock.seconds(half) : 0;
            double out = take.getDurationSeconds() - (i + 1 < shots.size() && crossfadeBefore.get(i + 1) ? clock.seconds(half) : 0);
            if (clock.frame(out - in) < 1) {
                throw new EditException("shot " + shots.get(i).getId() + " (" + take.getDurationSeconds() + " s) is too short for its transitions"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        editor.run("Assemble the storyboard", () -> { //$NON-NLS-1$
            Timeline timeline = editor.timeline(fps);
            timeline.setFps(fps);
            timeline.getTracks().clear();
            timeline.getTitles().clear();
            try {
                Track v1 = editor.addTrack(TrackKind.VIDEO, "V1"); //$NON-NLS-1$
                List<ClipItem> items = new ArrayList<>();
                for (int i = 0; i < shots.size(); i++) {
                    MediaAsset take = shots.get(i).getSelectedTake();
                    double in = crossfadeBefore.get(i) ? clock.seconds(half) : 0;
                    double out = clock.snap(take.getDurationSeconds())
                            - (i + 1 < shots.size() && crossfadeBefore.get(i + 1) ? clock.seconds(half) : 0);
                    ClipItem item = editor.append(v1, take, in, out);
                    item.setName(shots.get(i).getId());
                    items.add(item);
                }
                for (int i = 1; i < items.size(); i++) {
                    if (crossfadeBefore.get(i)) {
                        editor.addTransition(Transitions.CROSSFADE, items.get(i - 1), items.get(i), clock.seconds(half), clock.seconds(half), Map.of());
                    }
                }
                if (options.fadeSeconds() > 0) {
                    ClipItem first = items.get(0);
                    ClipItem last = items.get(items.size() - 1);
                    editor.fadeIn(first, Math.min(options.fadeSeconds(), Timelines.length(first) / 3));
                    editor.fadeOut(last, Math.min(options.fadeSeconds(), Timelines.length(last) / 3));
                }
                if (options.captions()) {
                    for (int i = 0; i < items.size(); i++) {
                        caption(editor, shots.get(i).getText(), items.get(i), clock);
                    }
                }
            } catch (EditException e) {
                // the checks above make this unreachable; if not, the whole assembly is rolled back
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /** A shot continues the previous one when it takes it (or its reference) as reference. */
    static boolean continues(Shot shot, Shot previous) {
        Shot root = root(shot);
        return shot.getReferenceShot() != null && (root == root(previous));
    }

    private static Shot root(Shot s) {
        Shot r = s;
        int guard = 0;
        while (r.getReferenceShot() != null && guard++ < 1000) {
            r = r.getReferenceShot();
        }
        return r;
    }

    /** The text in pieces short enough to read, each shown for a share of the item's time by its length. */
    private static void caption(TimelineEditor editor, String text, ClipItem item, FrameClock clock) throws EditException {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> pieces = Captions.split(text.strip(), 84);
        int total = pieces.stream().mapToInt(String::length).sum();
        double at = item.getStart();
        double length = Timelines.length(item);
        for (int i = 0; i < pieces.size(); i++) {
            double d = i == pieces.size() - 1 ? item.getStart() + length - at : clock.snap(length * pieces.get(i).length() / total);
            if (clock.frame(d) < 1) {
                continue;
            }
            Title t = editor.addTitle(pieces.get(i), at, d, true);
            t.setY(0.82);
            t.setSize(0.055);
            at += d;
        }
    }
}
