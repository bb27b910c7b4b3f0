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

    private double pixelsPerSecond = 120;
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
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
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
                zoom(e.count > 0 ? 1.25 : 0.8);
                e.doit = false;
            }
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
        return HEADER + (int) Math.round(seconds * pixelsPerSecond);
    }

    public double timeAt(int x) {
        return Math.max(0, (x - HEADER) / pixelsPerSecond);
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

    public void zoom(double factor) {
        pixelsPerSecond = Math.max(10, Math.min(2000, pixelsPerSecond * factor));
        canvas.redraw();
    }

    public double pixelsPerSecond() {
        return pixelsPerSecond;
    }

    public void setPixelsPerSecond(double pps) {
        pixelsPerSecond = pps;
        canvas.redraw();
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

    public void play(int newSpeed) {
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
        Timeline t = timeline();
        FrameClock c = clock();
        List<Track> tracks = tracks();
        int bottom = rowTop(Math.max(tracks.size(), 2)) + TITLE_ROW;

        // marks, behind everything
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
            String[] names = { "V1", "A1" }; //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < names.length; i++) {
                paintRowFrame(gc, area, i, names[i]);
            }
            gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(io.tessera.ui.internal.Messages.timelineEmpty, HEADER + 8, rowTop(0) + ROW / 2 - 8, true);
        } else {
            for (int i = 0; i < tracks.size(); i++) {
                Track track = tracks.get(i);
                paintRowFrame(gc, area, i, track.getName() == null ? track.getKind().getLiteral() : track.getName());
                for (ClipItem item : track.getItems()) {
                    paintItem(gc, item, track.getKind());
                }
                for (Transition tr : track.getTransitions()) {
                    paintTransition(gc, i, tr, c);
                }
                paintCuts(gc, track, i, c);
            }
            paintTitles(gc, t, rowTop(tracks.size()), area);
            paintDragPreview(gc);
        }
        // the playhead over everything
        int x = xOf(c.seconds(playhead));
        gc.setForeground(playheadColour);
        gc.setLineWidth(2);
        gc.drawLine(x, 0, x, area.height);
        gc.setLineWidth(1);
        gc.setBackground(playheadColour);
        gc.fillPolygon(new int[] { x - 6, 0, x + 6, 0, x, 10 });
        String time = timecode(c, playhead);
        Point ext = gc.textExtent(time);
        gc.fillRectangle(x + 3, RULER - ext.y - 1, ext.x + 4, ext.y);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(time, x + 5, RULER - ext.y - 1, true);
    }

    private void paintRuler(GC gc, Rectangle area, FrameClock c) {
        Display d = canvas.getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, RULER);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(0, RULER - 1, area.width, RULER - 1);
        double[] steps = { 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300 };
        double step = steps[steps.length - 1];
        for (double s : steps) {
            if (s * pixelsPerSecond >= 70) {
                step = s;
                break;
            }
        }
        double framePx = pixelsPerSecond / c.fps();
        if (framePx >= 5) {
            for (long f = 0; xOf(c.seconds(f)) < area.width; f++) {
                int x = xOf(c.seconds(f));
                gc.drawLine(x, RULER - 4, x, RULER - 1);
            }
        }
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        for (int i = 0;; i++) {
            double s = i * step;
            int x = xOf(s);
            if (x > area.width) {
                break;
            }
            gc.drawLine(x, RULER - 10, x, RULER - 1);
            gc.drawText(String.format(Locale.ROOT, step < 1 ? "%.2fs" : "%.0fs", s), x + 3, 1, true); //$NON-NLS-1$ //$NON-NLS-2$
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

    private void paintRowFrame(GC gc, Rectangle area, int i, String name) {
        Display d = canvas.getDisplay();
        int top = rowTop(i);
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, top, HEADER - 4, ROW);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(name, 8, top + ROW / 2 - 8, true);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(HEADER, top, area.width - HEADER - 1, ROW);
    }

    private void paintItem(GC gc, ClipItem item, TrackKind kind) {
        Display d = canvas.getDisplay();
        Rectangle b = boxOf(item);
        boolean isSelected = item == selected;
        gc.setBackground(isSelected ? selectedFill : kind == TrackKind.VIDEO ? videoFill : audioFill);
        gc.fillRoundRectangle(b.x + 1, b.y + 2, b.width - 2, b.height - 4, 6, 6);
        gc.setForeground(d.getSystemColor(isSelected ? SWT.COLOR_BLACK : SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.drawRoundRectangle(b.x + 1, b.y + 2, b.width - 2, b.height - 4, 6, 6);
        // the edges that trim
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.fillRectangle(b.x + 1, b.y + 8, 3, b.height - 16);
        gc.fillRectangle(b.x + b.width - 4, b.y + 8, 3, b.height - 16);
        Rectangle clip = gc.getClipping();
        gc.setClipping(b.x + 4, b.y, Math.max(0, b.width - 8), b.height);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(itemName(item), b.x + 6, b.y + 4, true);
        gc.drawText(String.format(Locale.ROOT, "in %.2f  out %.2f", item.getInPoint(), item.getOutPoint()), b.x + 6, b.y + 21, true); //$NON-NLS-1$
        gc.setClipping(clip);
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
        gc.drawText(tr.getKind() == null ? "crossfade" : tr.getKind(), x0 + 2, top + ROW - 30, true); //$NON-NLS-1$
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

    private void paintTitles(GC gc, Timeline t, int top, Rectangle area) {
        Display d = canvas.getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, top, HEADER - 4, TITLE_ROW);
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText("Titles", 8, top + 4, true); //$NON-NLS-1$
        for (Title title : t.getTitles()) {
            int x0 = xOf(title.getStart());
            int x1 = xOf(title.getStart() + title.getDuration());
            gc.setBackground(titleFill);
            gc.fillRectangle(x0, top + 2, Math.max(1, x1 - x0), TITLE_ROW - 4);
            Rectangle clip = gc.getClipping();
            gc.setClipping(x0, top, Math.max(0, x1 - x0), TITLE_ROW);
            gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(title.getText() == null ? "" : title.getText(), x0 + 4, top + 4, true); //$NON-NLS-1$
            gc.setClipping(clip);
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
