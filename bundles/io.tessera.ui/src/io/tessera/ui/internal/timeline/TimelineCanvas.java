package io.tessera.ui.internal.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

import io.tessera.editor.EditException;
import io.tessera.editor.FrameClock;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Timelines;
import io.tessera.model.ClipItem;
import io.tessera.model.Timeline;
import io.tessera.model.Title;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.Transition;

/**
 * Draws a timeline (ruler, tracks, items named after their clip with their in and out points, transitions, cuts,
 * titles, in/out marks, the playhead) and turns the mouse and keyboard into {@link TimelineEditor} edits: click
 * selects, dragging an item moves it, dragging one of its edges trims it, clicking or dragging in the ruler moves
 * the playhead, S splits at the playhead, J/K/L play backwards/stop/forwards, I/O set marks, Delete ripple-deletes.
 * Everything snaps to the timeline's frames. An edit the editor refuses is reported, never thrown.
 * <p>
 * A long timeline scrolls: the scroll bar or the mouse wheel move along it, Ctrl+wheel zooms around the mouse and
 * +/- around the playhead, and the playhead is kept in sight as it moves (playing pages the view on). Labels are cut
 * to their item, so crowded items never write over each other.
 */
public final class TimelineCanvas {
    public static final int HEADER = 64;
    public static final int RULER = 26;
    public static final int ROW = 50;
    public static final int GAP = 4;
    public static final int TITLE_ROW = 24;
    /** Pixels either side of an item's edge that grab the edge for trimming. */
    public static final int EDGE = 6;
    private static final int CUT_HANDLE = 10;

    /** A cut between two items that touch on one track, where a transition can go. */
    public record Cut(ClipItem from, ClipItem to) {
    }

    private enum Drag {
        NONE, MOVE, TRIM_IN, TRIM_OUT, SCRUB
    }

    private final Canvas canvas;
    private final Supplier<TimelineEditor> editor;
    private final Consumer<String> errors;
    private final List<LongConsumer> playheadListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private final Cursor resize;
    private final Color videoFill;
    private final Color audioFill;
    private final Color selectedFill;
    private final Color transitionFill;
    private final Color titleFill;
    private final Color playheadColour;
    private final Color markFill;

    /** Plays at a speed instead of the canvas's own silent shuttle; returns false to leave that speed to it. */
    @FunctionalInterface
    public interface PlaybackDelegate {
        boolean play(int speed);
    }

    private double pixelsPerSecond = 120;
    /** Pixels of the timeline scrolled out of view on the left. */
    private int scrollX;
    /** The part of the canvas right of the track headers, where time is drawn; set on each paint. */
    private Rectangle content = new Rectangle(HEADER, 0, 0, 0);
    private PlaybackDelegate playbackDelegate;
    private long playhead;
    private long markIn = -1;
    private long markOut = -1;
    private ClipItem selected;
    private Cut selectedCut;

    private Drag drag = Drag.NONE;
    private ClipItem dragItem;
    private int downX;
    private int downY;
    private double dragDelta;
    private Track dragTrack;

    private int speed;
    private long playStartFrame;
    private long playStartNanos;

    public TimelineCanvas(Composite parent, Supplier<TimelineEditor> editor, Consumer<String> errors) {
        this.editor = editor;
        this.errors = errors;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL);
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
            scrollX = canvas.getHorizontalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.Resize, e -> updateScrollBar());
        Display d = parent.getDisplay();
        resize = new Cursor(d, SWT.CURSOR_SIZEWE);
        videoFill = new Color(new RGB(78, 121, 167));
        audioFill = new Color(new RGB(89, 161, 79));
        selectedFill = new Color(new RGB(242, 142, 43));
        transitionFill = new Color(new RGB(176, 122, 161));
        titleFill = new Color(new RGB(237, 201, 72));
        playheadColour = new Color(new RGB(225, 40, 40));
        markFill = new Color(new RGB(160, 200, 255));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                zoomAt(e.count > 0 ? 1.25 : 0.8, e.x);
            } else {
                // the timeline has no vertical extent to scroll: the wheel moves along it, as in other editors
                scrollTo(scrollX - e.count * 40);
            }
            e.doit = false;
        });
        canvas.addListener(SWT.Dispose, e -> {
            speed = 0;
            resize.dispose();
        });
        // a canvas takes the keyboard only if it asks for traversal keys itself
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    // ---- geometry

    private Timeline timeline() {
        TimelineEditor e = editor.get();
        return e == null ? null : e.project().getTimeline();
    }

    public FrameClock clock() {
        Timeline t = timeline();
        return new FrameClock(t == null || t.getFps() < 1 ? 24 : t.getFps());
    }

    public int xOf(double seconds) {
        return HEADER + (int) Math.round(seconds * pixelsPerSecond) - scrollX;
    }

    public double timeAt(int x) {
        return Math.max(0, (x - HEADER + scrollX) / pixelsPerSecond);
    }

    /** Top of a track's row. */
    public int rowTop(int trackIndex) {
        return RULER + GAP + trackIndex * (ROW + GAP);
    }

    private List<Track> tracks() {
        Timeline t = timeline();
        return t == null ? List.of() : List.copyOf(t.getTracks());
    }

    /** The track whose row holds {@code y}, or null. */
    public Track trackAt(int y) {
        List<Track> tracks = tracks();
        for (int i = 0; i < tracks.size(); i++) {
            int top = rowTop(i);
            if (y >= top && y < top + ROW) {
                return tracks.get(i);
            }
        }
        return null;
    }

    public int rowOf(Track track) {
        return tracks().indexOf(track);
    }

    /** Item edges and bodies, in pixels: the item's box in its row. */
    public Rectangle boxOf(ClipItem item) {
        Track track = (Track) item.eContainer();
        int top = rowTop(rowOf(track));
        int x0 = xOf(item.getStart());
        int x1 = xOf(Timelines.end(item));
        return new Rectangle(x0, top, Math.max(1, x1 - x0), ROW);
    }

    private ClipItem itemAt(Track track, int x) {
        if (track == null) {
            return null;
        }
        // edges first: the item whose edge is nearest wins where two items touch
        for (ClipItem i : track.getItems()) {
            Rectangle b = boxOf(i);
            if (x >= b.x - EDGE && x <= b.x + b.width + EDGE && (x >= b.x && x <= b.x + b.width)) {
                return i;
            }
        }
        return null;
    }

    private Cut cutAt(Track track, int x, int y) {
        if (track == null || y < rowTop(rowOf(track)) + ROW - CUT_HANDLE - 2) {
            return null;
        }
        List<ClipItem> items = Timelines.ordered(track);
        FrameClock c = clock();
        for (int i = 0; i + 1 < items.size(); i++) {
            ClipItem a = items.get(i);
            ClipItem b = items.get(i + 1);
            if (c.same(Timelines.end(a), b.getStart()) && Math.abs(xOf(b.getStart()) - x) <= CUT_HANDLE) {
                return new Cut(a, b);
            }
        }
        return null;
    }

    public static final double MIN_ZOOM = 2;
    public static final double MAX_ZOOM = 2000;

    /** Zooms around the playhead when it is in sight, else around the middle of the view. */
    public void zoom(double factor) {
        int x = xOf(playheadSeconds());
        Rectangle area = canvas.getClientArea();
        zoomAt(factor, x >= HEADER && x < area.width ? x : HEADER + (area.width - HEADER) / 2);
    }

    /** Zooms by {@code factor}, keeping the time under {@code x} where it is. */
    public void zoomAt(double factor, int x) {
        double t = (x - HEADER + scrollX) / pixelsPerSecond;
        pixelsPerSecond = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, pixelsPerSecond * factor));
        scrollTo((int) Math.round(t * pixelsPerSecond) - (x - HEADER));
    }

    public double pixelsPerSecond() {
        return pixelsPerSecond;
    }

    /** Sets the zoom, keeping the time at the left edge of the view there. */
    public void setPixelsPerSecond(double pps) {
        double left = scrollX / pixelsPerSecond;
        pixelsPerSecond = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, pps));
        scrollTo((int) Math.round(left * pixelsPerSecond));
    }

    public int scrollX() {
        return scrollX;
    }

    /** Scrolls so that {@code x} pixels of the timeline are left of the view (kept within the timeline). */
    public void scrollTo(int x) {
        scrollX = Math.max(0, Math.min(x, maxScroll()));
        updateScrollBar();
        canvas.redraw();
    }

    /** The time shown at the left and right edges of the view. */
    public double[] visibleSeconds() {
        Rectangle area = canvas.getClientArea();
        return new double[] { timeAt(HEADER), timeAt(Math.max(HEADER, area.width)) };
    }

    private int viewWidth() {
        return Math.max(1, canvas.getClientArea().width - HEADER);
    }

    /** The timeline's width in pixels, with a third of a view to spare after its end to drop clips on. */
    private int contentWidth() {
        Timeline t = timeline();
        double length = t == null ? 0 : Timelines.duration(t);
        return (int) Math.round(length * pixelsPerSecond) + viewWidth() / 3;
    }

    private int maxScroll() {
        return Math.max(0, contentWidth() - viewWidth());
    }

    private void updateScrollBar() {
        org.eclipse.swt.widgets.ScrollBar bar = canvas.getHorizontalBar();
        if (bar == null || canvas.isDisposed()) {
            return;
        }
        int view = viewWidth();
        int max = Math.max(view, contentWidth());
        scrollX = Math.max(0, Math.min(scrollX, max - view));
        if (bar.getMaximum() != max || bar.getThumb() != view || bar.getSelection() != scrollX) {
            bar.setValues(scrollX, 0, max, view, Math.max(1, view / 20), Math.max(1, view * 9 / 10));
        }
    }

    /** Pages the view on when the playhead has left it: the playhead comes back a tenth of a view from the left. */
    private void revealPlayhead() {
        int x = xOf(playheadSeconds());
        Rectangle area = canvas.getClientArea();
        if (area.width <= HEADER) {
            return;
        }
        if (x < HEADER || x > area.width - 8) {
            scrollTo((int) Math.round(playheadSeconds() * pixelsPerSecond) - viewWidth() / 10);
        }
    }

    // ---- state

    public long playhead() {
        return playhead;
    }

    public double playheadSeconds() {
        return clock().seconds(playhead);
    }

    public void setPlayhead(long frame) {
        long max = Math.max(0, lastFrame());
        long f = Math.max(0, Math.min(frame, max));
        if (f != playhead) {
            playhead = f;
            revealPlayhead();
            canvas.redraw();
            playheadListeners.forEach(l -> l.accept(f));
        }
    }

    /** The frame after the timeline's last one (the playhead may sit there, at the end). */
    private long lastFrame() {
        Timeline t = timeline();
        return t == null ? 0 : clock().frame(Timelines.duration(t));
    }

    public long markIn() {
        return markIn;
    }

    public long markOut() {
        return markOut;
    }

    /** Sets the in and out marks (frames; -1 clears one), as I and O do at the playhead. */
    public void setMarks(long in, long out) {
        markIn = in;
        markOut = out;
        canvas.redraw();
    }

    public ClipItem selectedItem() {
        return selected != null && selected.eContainer() != null ? selected : null;
    }

    public Cut selectedCut() {
        Cut c = selectedCut;
        return c != null && c.from().eContainer() != null && c.from().eContainer() == c.to().eContainer() ? c : null;
    }

    public void select(ClipItem item) {
        selected = item;
        selectedCut = null;
        canvas.redraw();
        selectionListeners.forEach(Runnable::run);
    }

    public void selectCut(Cut cut) {
        selectedCut = cut;
        selected = null;
        canvas.redraw();
        selectionListeners.forEach(Runnable::run);
    }

    public void addPlayheadListener(LongConsumer l) {
        playheadListeners.add(l);
    }

    public void removePlayheadListener(LongConsumer l) {
        playheadListeners.remove(l);
    }

    public void addSelectionListener(Runnable l) {
        selectionListeners.add(l);
    }

    public int speed() {
        return speed;
    }

    // ---- playback (J/K/L): the playhead follows the clock at the timeline's rate

    /** Who plays at normal speed with sound (the Player), or null. */
    public void setPlaybackDelegate(PlaybackDelegate delegate) {
        playbackDelegate = delegate;
    }

    /** Stops the silent shuttle without asking the delegate (it is starting to play itself). */
    public void stopShuttle() {
        speed = 0;
    }

    public void play(int newSpeed) {
        PlaybackDelegate d = playbackDelegate;
        if (d != null && d.play(newSpeed)) {
            speed = 0;
            return;
        }
        speed = newSpeed;
        playStartFrame = playhead;
        playStartNanos = System.nanoTime();
        if (newSpeed != 0) {
            tick();
        }
    }

    private void tick() {
        if (speed == 0 || canvas.isDisposed()) {
            return;
        }
        FrameClock c = clock();
        double elapsed = (System.nanoTime() - playStartNanos) / 1e9;
        long f = playStartFrame + Math.round(speed * elapsed * c.fps());
        if (f <= 0 || f >= lastFrame()) {
            setPlayhead(f);
            speed = 0;
            return;
        }
        setPlayhead(f);
        canvas.getDisplay().timerExec(Math.max(5, 1000 / c.fps() / 2), this::tick);
    }

    // ---- edits

    private boolean edit(EditAction action) {
        TimelineEditor e = editor.get();
        if (e == null) {
            return false;
        }
        try {
            action.run(e);
            errors.accept(null);
            return true;
        } catch (EditException ex) {
            errors.accept(ex.getMessage());
            return false;
        } catch (RuntimeException ex) {
            // a bug in an edit: the editor rolled it back; say so instead of taking the workbench down
            errors.accept(ex.toString());
            org.eclipse.core.runtime.ILog.of(TimelineCanvas.class)
                    .log(org.eclipse.core.runtime.Status.error("Timeline edit failed", ex)); //$NON-NLS-1$
            return false;
        } finally {
            canvas.redraw();
        }
    }

    @FunctionalInterface
    interface EditAction {
        void run(TimelineEditor e) throws EditException;
    }

    public boolean splitAtPlayhead() {
        double at = playheadSeconds();
        return edit(e -> e.splitAll(at));
    }

    public boolean rippleDeleteSelection() {
        ClipItem item = selectedItem();
        if (item == null) {
            errors.accept("Select an item to delete."); //$NON-NLS-1$
            return false;
        }
        boolean ok = edit(e -> e.rippleDelete(item));
        if (ok) {
            selected = null;
        }
        return ok;
    }

    public void undo() {
        TimelineEditor e = editor.get();
        if (e != null) {
            e.undo();
            canvas.redraw();
        }
    }

    public void redo() {
        TimelineEditor e = editor.get();
        if (e != null) {
            e.redo();
            canvas.redraw();
        }
    }

    // ---- input

    private void keyDown(Event e) {
        boolean mod1 = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        char c = Character.toLowerCase(e.character < ' ' && mod1 ? (char) (e.keyCode) : e.character);
        if (mod1) {
            // reached only when no key binding took the stroke first
            if (c == 'z' && !shift) {
                undo();
            } else if (c == 'y' || c == 'z') {
                redo();
            }
            return;
        }
        switch (c) {
        case 's' -> splitAtPlayhead();
        case 'j' -> play(speed < 0 ? Math.max(-8, speed * 2) : -1);
        case 'k' -> play(0);
        case 'l' -> play(speed > 0 ? Math.min(8, speed * 2) : 1);
        case 'i' -> {
            markIn = playhead;
            canvas.redraw();
        }
        case 'o' -> {
            markOut = playhead;
            canvas.redraw();
        }
        case '+', '=' -> zoom(1.25);
        case '-' -> zoom(0.8);
        default -> {
            switch (e.keyCode) {
            case SWT.DEL, SWT.BS -> rippleDeleteSelection();
            case SWT.ARROW_LEFT -> setPlayhead(playhead - 1);
            case SWT.ARROW_RIGHT -> setPlayhead(playhead + 1);
            case SWT.HOME -> setPlayhead(0);
            case SWT.END -> setPlayhead(lastFrame());
            default -> {
                // not ours
            }
            }
        }
        }
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        downX = e.x;
        downY = e.y;
        dragDelta = 0;
        if (e.y < RULER) {
            drag = Drag.SCRUB;
            setPlayhead(clock().frame(timeAt(e.x)));
            return;
        }
        Track track = trackAt(e.y);
        Cut cut = cutAt(track, e.x, e.y);
        if (cut != null) {
            selectCut(cut);
            drag = Drag.NONE;
            return;
        }
        ClipItem item = itemAt(track, e.x);
        if (item == null) {
            select(null);
            drag = Drag.NONE;
            return;
        }
        select(item);
        dragItem = item;
        dragTrack = track;
        Rectangle b = boxOf(item);
        if (e.x <= b.x + EDGE) {
            drag = Drag.TRIM_IN;
        } else if (e.x >= b.x + b.width - EDGE) {
            drag = Drag.TRIM_OUT;
        } else {
            drag = Drag.MOVE;
        }
    }

    private void mouseMove(Event e) {
        if (drag == Drag.NONE) {
            Track track = trackAt(e.y);
            ClipItem item = itemAt(track, e.x);
            boolean edge = false;
            if (item != null) {
                Rectangle b = boxOf(item);
                edge = e.x <= b.x + EDGE || e.x >= b.x + b.width - EDGE;
            }
            canvas.setCursor(edge ? resize : null);
            return;
        }
        if (drag == Drag.SCRUB) {
            setPlayhead(clock().frame(timeAt(e.x)));
            return;
        }
        FrameClock c = clock();
        dragDelta = c.snap((e.x - downX) / pixelsPerSecond);
        if (drag == Drag.MOVE) {
            Track over = trackAt(e.y);
            dragTrack = over != null && over.getKind() == ((Track) dragItem.eContainer()).getKind() ? over : (Track) dragItem.eContainer();
            if (dragItem.getStart() + dragDelta < 0) {
                dragDelta = -dragItem.getStart();
            }
        }
        canvas.redraw();
    }

    private void mouseUp(Event e) {
        Drag was = drag;
        drag = Drag.NONE;
        ClipItem item = dragItem;
        dragItem = null;
        if (was == Drag.NONE || was == Drag.SCRUB || item == null) {
            return;
        }
        if (Math.abs(e.x - downX) < 3 && Math.abs(e.y - downY) < 3) {
            canvas.redraw();
            return; // a click: selection only
        }
        double delta = dragDelta;
        Track target = dragTrack;
        dragDelta = 0;
        switch (was) {
        case MOVE -> {
            if (delta != 0 || target != item.eContainer()) {
                edit(ed -> ed.move(item, target, item.getStart() + delta));
            }
        }
        case TRIM_IN -> {
            if (delta != 0) {
                edit(ed -> ed.trimIn(item, item.getInPoint() + delta));
            }
        }
        case TRIM_OUT -> {
            if (delta != 0) {
                edit(ed -> ed.trimOut(item, item.getOutPoint() + delta));
            }
        }
        default -> {
            // nothing
        }
        }
        canvas.redraw();
    }

    // ---- painting

    private void paint(GC gc) {
        Display d = canvas.getDisplay();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        updateScrollBar();
        Timeline t = timeline();
        FrameClock c = clock();
        List<Track> tracks = tracks();
        int bottom = rowTop(Math.max(tracks.size(), 2)) + TITLE_ROW;
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, RULER);

        // time scrolls under the track headers: everything in time is drawn clipped to the right of them
        content = new Rectangle(HEADER, 0, Math.max(0, area.width - HEADER), area.height);
        gc.setClipping(content);
        if (markIn >= 0 || markOut >= 0) {
            long a = markIn >= 0 ? markIn : 0;
            long b = markOut >= 0 ? markOut : lastFrame();
            if (b > a) {
                gc.setBackground(markFill);
                gc.setAlpha(70);
                gc.fillRectangle(xOf(c.seconds(a)), 0, xOf(c.seconds(b)) - xOf(c.seconds(a)), bottom);
                gc.setAlpha(255);
            }
        }
        paintRuler(gc, area, c);
        if (t == null || tracks.isEmpty()) {
            for (int i = 0; i < 2; i++) {
                paintRowOutline(gc, area, i);
            }
            gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(io.tessera.ui.internal.Messages.timelineEmpty, HEADER + 8, rowTop(0) + ROW / 2 - 8, true);
        } else {
            for (int i = 0; i < tracks.size(); i++) {
                Track track = tracks.get(i);
                paintRowOutline(gc, area, i);
                for (ClipItem item : track.getItems()) {
                    paintItem(gc, item, track.getKind());
                }
                for (Transition tr : track.getTransitions()) {
                    paintTransition(gc, i, tr, c);
                }
                paintCuts(gc, track, i, c);
            }
            paintTitles(gc, t, rowTop(tracks.size()));
            paintDragPreview(gc);
        }
        paintPlayhead(gc, area, c);
        gc.setClipping((Rectangle) null);

        // the headers stay put
        if (t == null || tracks.isEmpty()) {
            String[] names = { "V1", "A1" }; //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < names.length; i++) {
                paintRowHeader(gc, i, names[i]);
            }
        } else {
            for (int i = 0; i < tracks.size(); i++) {
                Track track = tracks.get(i);
                paintRowHeader(gc, i, track.getName() == null ? track.getKind().getLiteral() : track.getName());
            }
            int top = rowTop(tracks.size());
            gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, top, HEADER - 4, TITLE_ROW);
            gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText("Titles", 8, top + 4, true); //$NON-NLS-1$
        }
    }

    private void paintPlayhead(GC gc, Rectangle area, FrameClock c) {
        Display d = canvas.getDisplay();
        int x = xOf(c.seconds(playhead));
        gc.setForeground(playheadColour);
        gc.setLineWidth(2);
        gc.drawLine(x, 0, x, area.height);
        gc.setLineWidth(1);
        gc.setBackground(playheadColour);
        gc.fillPolygon(new int[] { x - 6, 0, x + 6, 0, x, 10 });
        String time = timecode(c, playhead);
        Point ext = gc.textExtent(time);
        // the time goes left of the line when there is no room right of it
        int tx = x + 3 + ext.x + 4 > area.width ? x - 3 - ext.x - 4 : x + 3;
        gc.fillRectangle(tx, RULER - ext.y - 1, ext.x + 4, ext.y);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(time, tx + 2, RULER - ext.y - 1, true);
    }

    private void paintRuler(GC gc, Rectangle area, FrameClock c) {
        Display d = canvas.getDisplay();
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(0, RULER - 1, area.width, RULER - 1);
        double[] steps = { 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800 };
        double step = steps[steps.length - 1];
        for (double s : steps) {
            if (s * pixelsPerSecond >= 70) {
                step = s;
                break;
            }
        }
        double left = timeAt(HEADER);
        double framePx = pixelsPerSecond / c.fps();
        if (framePx >= 5) {
            for (long f = c.frame(left); xOf(c.seconds(f)) < area.width; f++) {
                int x = xOf(c.seconds(f));
                gc.drawLine(x, RULER - 4, x, RULER - 1);
            }
        }
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        for (long i = (long) Math.floor(left / step);; i++) {
            double s = i * step;
            int x = xOf(s);
            if (x > area.width) {
                break;
            }
            gc.drawLine(x, RULER - 10, x, RULER - 1);
            gc.drawText(rulerLabel(s, step), x + 3, 1, true);
        }
        if (markIn >= 0) {
            int x = xOf(c.seconds(markIn));
            gc.setBackground(d.getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.fillPolygon(new int[] { x, RULER - 12, x + 7, RULER - 12, x, RULER - 1 });
        }
        if (markOut >= 0) {
            int x = xOf(c.seconds(markOut));
            gc.setBackground(d.getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.fillPolygon(new int[] { x, RULER - 12, x - 7, RULER - 12, x, RULER - 1 });
        }
    }

    private static String rulerLabel(double s, double step) {
        if (step < 1) {
            return String.format(Locale.ROOT, "%.2fs", s); //$NON-NLS-1$
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%d:%02d", (long) s / 60, (long) s % 60); //$NON-NLS-1$
        }
        return String.format(Locale.ROOT, "%.0fs", s); //$NON-NLS-1$
    }

    private void paintRowHeader(GC gc, int i, String name) {
        Display d = canvas.getDisplay();
        int top = rowTop(i);
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, top, HEADER - 4, ROW);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(fit(gc, name, HEADER - 12), 8, top + ROW / 2 - 8, true);
    }

    private void paintRowOutline(GC gc, Rectangle area, int i) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(HEADER, rowTop(i), area.width - HEADER - 1, ROW);
    }

    /** Clips to {@code r} within the visible time area (setClipping replaces, so the two are intersected here). */
    private void clipTo(GC gc, Rectangle r) {
        Rectangle clip = r.intersection(content);
        gc.setClipping(clip.width > 0 && clip.height > 0 ? clip : new Rectangle(0, 0, 0, 0));
    }

    /**
     * {@code text} cut with an ellipsis to fit {@code width} pixels, or empty when not even the ellipsis fits: a
     * label never runs into the next item.
     */
    static String fit(GC gc, String text, int width) {
        if (width <= 0 || text.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String ellipsis = "\u2026"; //$NON-NLS-1$
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (gc.textExtent(text.substring(0, mid) + ellipsis).x <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? gc.textExtent(ellipsis).x <= width ? ellipsis : "" : text.substring(0, lo) + ellipsis; //$NON-NLS-1$
    }

    private void paintItem(GC gc, ClipItem item, TrackKind kind) {
        Display d = canvas.getDisplay();
        Rectangle b = boxOf(item);
        if (b.x > content.x + content.width || b.x + b.width < content.x) {
            return; // out of sight
        }
        boolean isSelected = item == selected;
        gc.setBackground(isSelected ? selectedFill : kind == TrackKind.VIDEO ? videoFill : audioFill);
        gc.fillRoundRectangle(b.x + 1, b.y + 2, b.width - 2, b.height - 4, 6, 6);
        gc.setForeground(d.getSystemColor(isSelected ? SWT.COLOR_BLACK : SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.drawRoundRectangle(b.x + 1, b.y + 2, b.width - 2, b.height - 4, 6, 6);
        // the edges that trim
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.fillRectangle(b.x + 1, b.y + 8, 3, b.height - 16);
        gc.fillRectangle(b.x + b.width - 4, b.y + 8, 3, b.height - 16);
        // the label starts at the visible left of the item, so a long item scrolled half out still shows its name
        int left = Math.max(b.x + 6, content.x + 2);
        int room = b.x + b.width - 6 - left;
        clipTo(gc, new Rectangle(b.x + 4, b.y, Math.max(0, b.width - 8), b.height));
        gc.setForeground(d.getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(fit(gc, itemName(item), room), left, b.y + 4, true);
        String points = String.format(Locale.ROOT, "in %.2f  out %.2f", item.getInPoint(), item.getOutPoint()); //$NON-NLS-1$
        if (gc.textExtent(points).x <= room) {
            gc.drawText(points, left, b.y + 21, true);
        }
        gc.setClipping(content);
    }

    public static String itemName(ClipItem item) {
        if (item.getName() != null && !item.getName().isBlank()) {
            return item.getName();
        }
        if (item.getAsset() != null && item.getAsset().getFile() != null) {
            return Path.of(item.getAsset().getFile()).getFileName().toString();
        }
        return "item"; //$NON-NLS-1$
    }

    private void paintTransition(GC gc, int row, Transition tr, FrameClock c) {
        double cut = Timelines.cut(tr);
        int x0 = xOf(cut - tr.getInOffset());
        int x1 = xOf(cut + tr.getOutOffset());
        int top = rowTop(row);
        gc.setBackground(transitionFill);
        gc.setAlpha(200);
        // a crossfade is drawn as the two ramps it makes
        gc.fillPolygon(new int[] { x0, top + ROW - 14, x1, top + 16, x1, top + ROW - 14 });
        gc.setAlpha(255);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(x0, top + 16, Math.max(1, x1 - x0), ROW - 30);
        String kind = fit(gc, tr.getKind() == null ? "crossfade" : tr.getKind(), x1 - x0 - 3); //$NON-NLS-1$
        gc.drawText(kind, x0 + 2, top + ROW - 30, true);
    }

    private void paintCuts(GC gc, Track track, int row, FrameClock c) {
        List<ClipItem> items = Timelines.ordered(track);
        int y = rowTop(row) + ROW - 2;
        Cut sel = selectedCut();
        for (int i = 0; i + 1 < items.size(); i++) {
            ClipItem a = items.get(i);
            ClipItem b = items.get(i + 1);
            if (!c.same(Timelines.end(a), b.getStart())) {
                continue;
            }
            int x = xOf(b.getStart());
            boolean on = sel != null && sel.from() == a && sel.to() == b;
            gc.setBackground(canvas.getDisplay().getSystemColor(on ? SWT.COLOR_YELLOW : SWT.COLOR_WHITE));
            int[] diamond = { x, y - CUT_HANDLE, x + CUT_HANDLE / 2 + 1, y - CUT_HANDLE / 2, x, y, x - CUT_HANDLE / 2 - 1, y - CUT_HANDLE / 2 };
            gc.fillPolygon(diamond);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawPolygon(diamond);
        }
    }

    private void paintTitles(GC gc, Timeline t, int top) {
        Display d = canvas.getDisplay();
        for (Title title : t.getTitles()) {
            int x0 = xOf(title.getStart());
            int x1 = xOf(title.getStart() + title.getDuration());
            gc.setBackground(titleFill);
            gc.fillRectangle(x0, top + 2, Math.max(1, x1 - x0), TITLE_ROW - 4);
            clipTo(gc, new Rectangle(x0, top, Math.max(0, x1 - x0), TITLE_ROW));
            gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
            int left = Math.max(x0 + 4, content.x + 2);
            gc.drawText(fit(gc, title.getText() == null ? "" : title.getText(), x1 - 4 - left), left, top + 4, true); //$NON-NLS-1$
            gc.setClipping(content);
        }
    }

    private void paintDragPreview(GC gc) {
        ClipItem item = dragItem;
        if (item == null || dragDelta == 0 && (drag != Drag.MOVE || dragTrack == item.eContainer())) {
            return;
        }
        double start = item.getStart();
        double end = Timelines.end(item);
        int row = rowOf((Track) item.eContainer());
        switch (drag) {
        case MOVE -> {
            start += dragDelta;
            end += dragDelta;
            row = rowOf(dragTrack);
        }
        case TRIM_IN -> start += dragDelta;
        case TRIM_OUT -> end += dragDelta;
        default -> {
            return;
        }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(2);
        gc.drawRectangle(xOf(start), rowTop(row) + 1, Math.max(1, xOf(end) - xOf(start)), ROW - 2);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    public static String timecode(FrameClock c, long frame) {
        double s = c.seconds(frame);
        int minutes = (int) (s / 60);
        return String.format(Locale.ROOT, "%02d:%06.3f  #%d", minutes, s - minutes * 60, frame); //$NON-NLS-1$
    }
}
