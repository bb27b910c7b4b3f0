package io.tessera.ui.internal.views;

import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.internal.UiTestSupport;
import io.tessera.core.pipeline.GenerationJob;
import io.tessera.editor.Timelines;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.timeline.RenderJob;
import io.tessera.ui.internal.timeline.TimelineCanvas;

/**
 * Drives the timeline editor in the real workbench: two scene clips made through the Generate view's job, put on the
 * timeline through the drop code path, a split at the playhead with the S key, a trim by dragging an edge with real
 * mouse events, undo and redo with Ctrl+Z / Ctrl+Shift+Z, File &gt; Save, a crossfade from the palette, a render through
 * the job, the film in the Library and in the Player. Screenshots of each step go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineEditingTest {
    private static final int FPS = 8;

    private static Display display;
    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;
    private static MediaAsset first;
    private static MediaAsset second;

    @BeforeAll
    static void workbench() throws IOException {
        display = PlatformUI.getWorkbench().getDisplay();
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        // a project of its own, new on every run: the shared one keeps what other tests and earlier runs left
        Path dir = ProjectSession.getDefault().file().getParent();
        ProjectSession.getDefault().open(dir.resolve("timeline-test-" + System.currentTimeMillis() + ".tessera")); //$NON-NLS-1$ //$NON-NLS-2$
        spinFor(500);
    }

    @Test
    @Order(1)
    void makesTwoClips() throws Exception {
        first = generate("a big red circle moves right over a sky background", 11); //$NON-NLS-1$
        second = generate("two small blue squares bounce over a grass background", 12); //$NON-NLS-1$
        assertEquals(2.0, first.getDurationSeconds(), 1e-9);
        assertEquals(FPS, second.getFps());
    }

    @Test
    @Order(2)
    void dropsTheClipsOnTheTimeline() throws Exception {
        TimelineView view = timelineView();
        TimelineCanvas canvas = view.canvas();
        canvas.setPixelsPerSecond(150);
        int y = canvas.rowTop(0) + TimelineCanvas.ROW / 2;
        // the drop handler's own code path: synthetic drag and drop between two widgets does not run under Xvfb
        // (GTK's DnD needs a drag protocol exchange that posted XTest events do not start reliably)
        assertTrue(view.dropAssets(List.of(first.getId()), canvas.xOf(0), y), view.lastError());
        assertTrue(view.dropAssets(List.of(second.getId()), canvas.xOf(3.0), y), view.lastError());
        Track v1 = videoTrack();
        assertEquals(2, v1.getItems().size());
        assertEquals(0.0, v1.getItems().get(0).getStart(), 1e-9);
        assertEquals(2.0, v1.getItems().get(1).getStart(), 1e-9); // past the end: appended
        assertEquals(FPS, timeline().getFps());
        assertTrue(view.isDirty());
        shot("06-clips-on-timeline", view); //$NON-NLS-1$
    }

    @Test
    @Order(3)
    void splitsAtThePlayheadWithTheSKey() throws Exception {
        TimelineView view = timelineView();
        TimelineCanvas canvas = view.canvas();
        // a click in the ruler moves the playhead, snapped to a frame
        click(canvas, canvas.xOf(1.0) + 2, 8);
        spinUntil(2_000, () -> canvas.playhead() == FPS);
        assertEquals(FPS, canvas.playhead(), "the ruler click did not put the playhead at 1.0 s"); //$NON-NLS-1$
        canvas.control().setFocus();
        spinFor(100);
        key(canvas, 's', 0);
        spinUntil(2_000, () -> videoTrack().getItems().size() == 3);
        List<ClipItem> items = Timelines.ordered(videoTrack());
        assertEquals(3, items.size());
        assertEquals(1.0, items.get(0).getOutPoint(), 1e-9);
        assertEquals(1.0, items.get(1).getStart(), 1e-9);
        assertEquals(1.0, items.get(1).getInPoint(), 1e-9);
        shot("07-split-at-playhead", view); //$NON-NLS-1$
    }

    @Test
    @Order(4)
    void trimsAnEdgeByDraggingItUndoesAndRedoes() throws Exception {
        TimelineView view = timelineView();
        TimelineCanvas canvas = view.canvas();
        ClipItem last = Timelines.ordered(videoTrack()).get(2);
        assertEquals(2.0, last.getOutPoint(), 1e-9);
        int y = canvas.rowTop(0) + TimelineCanvas.ROW / 2;
        int edge = canvas.xOf(Timelines.end(last)) - 2;
        drag(canvas, edge, y, edge - (int) Math.round(0.5 * canvas.pixelsPerSecond()), y);
        spinUntil(2_000, () -> Math.abs(last.getOutPoint() - 1.5) < 1e-9);
        assertEquals(1.5, last.getOutPoint(), 1e-9, "the edge drag did not trim the out point by 0.5 s: " + view.lastError()); //$NON-NLS-1$
        assertEquals(3.5, Timelines.duration(timeline()), 1e-9);
        shot("08-trimmed-by-drag", view); //$NON-NLS-1$

        canvas.control().setFocus();
        key(canvas, 'z', SWT.CTRL);
        spinUntil(2_000, () -> Math.abs(last.getOutPoint() - 2.0) < 1e-9);
        assertEquals(2.0, last.getOutPoint(), 1e-9, "Ctrl+Z did not undo the trim"); //$NON-NLS-1$
        assertEquals(3, videoTrack().getItems().size());
        assertEquals(4.0, Timelines.duration(timeline()), 1e-9);
        shot("09-undo", view); //$NON-NLS-1$

        key(canvas, 'z', SWT.CTRL | SWT.SHIFT); // GTK binds redo to Ctrl+Shift+Z (Ctrl+Y only on Windows)
        spinUntil(2_000, () -> Math.abs(last.getOutPoint() - 1.5) < 1e-9);
        assertEquals(1.5, last.getOutPoint(), 1e-9, "Ctrl+Shift+Z did not redo the trim"); //$NON-NLS-1$

        // File > Save through the workbench's command, on the active saveable part
        assertTrue(view.isDirty());
        page.activate(view);
        window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null); //$NON-NLS-1$
        spinFor(200);
        assertFalse(view.isDirty(), "still dirty after File > Save"); //$NON-NLS-1$
        String saved = Files.readString(ProjectSession.getDefault().file());
        assertTrue(saved.contains("outPoint=\"1.5\""), "the saved project lacks the trim"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    @Order(5)
    void addsACrossfadeFromThePaletteAndRenders() throws Exception {
        TimelineView view = timelineView();
        TimelineCanvas canvas = view.canvas();
        List<String> offered = ((List<?>) view.palette().getInput()).stream()
                .map(d -> ((io.tessera.core.registry.ContributionDescriptor<?>) d).id()).toList();
        assertTrue(offered.contains("crossfade"), "palette: " + offered); //$NON-NLS-1$ //$NON-NLS-2$
        // the diamond of the cut at 1.0 s
        click(canvas, canvas.xOf(1.0), canvas.rowTop(0) + TimelineCanvas.ROW - 6);
        spinUntil(1_000, () -> canvas.selectedCut() != null);
        assertNotNull(canvas.selectedCut(), "the click on the cut did not select it"); //$NON-NLS-1$
        assertTrue(view.addTransition("crossfade"), view.lastError()); //$NON-NLS-1$
        assertEquals(1, videoTrack().getTransitions().size());
        shot("10-crossfade", view); //$NON-NLS-1$

        int assetsBefore = ProjectSession.getDefault().project().getAssets().size();
        page.showView(StudioIds.PROGRESS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        RenderJob job = view.render();
        assertNotNull(job, view.lastError());
        spinUntil(10_000, () -> job.getState() == Job.RUNNING || job.getResult() != null);
        spinUntil(180_000, () -> job.getResult() != null);
        assertNotNull(job.getResult(), "the render did not finish in 3 minutes"); //$NON-NLS-1$
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        long expected = Math.round(3.5 * FPS);
        assertEquals(expected, job.result().frames());
        MediaInfo info = MediaProbe.probe(job.output());
        assertEquals(expected, info.frameCount(), "frames in " + job.output()); //$NON-NLS-1$
        assertTrue(job.output().getParent().equals(ProjectSession.getDefault().file().getParent()), "not beside the project"); //$NON-NLS-1$
        spinUntil(5_000, () -> ProjectSession.getDefault().project().getAssets().size() > assetsBefore);
        MediaAsset film = ProjectSession.getDefault().project().getAssets().stream()
                .filter(a -> a.getFile().endsWith(job.output().getFileName().toString())).findFirst().orElse(null);
        assertNotNull(film, "the film is not in the library"); //$NON-NLS-1$
        LibraryView library = (LibraryView) page.showView(StudioIds.LIBRARY_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        spinUntil(3_000, () -> library.viewer().getTable().getItemCount() == ProjectSession.getDefault().project().getAssets().size());
        assertTrue(Arrays.stream(library.viewer().getTable().getItems()).anyMatch(i -> i.getText(0).equals(job.output().getFileName().toString())));
        shot("11-rendered-in-library", view); //$NON-NLS-1$

        // the film in the Player: select it in the Library, play a little
        PlayerView player = (PlayerView) page.showView(StudioIds.PLAYER_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        library.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(film), true);
        spinUntil(5_000, () -> player.shownFrame() == 0 && !player.isTimelineMode());
        assertEquals(0, player.shownFrame(), "the player did not show the film's first frame"); //$NON-NLS-1$
        assertEquals(expected, player.frameCount());
        player.togglePlay();
        spinFor(1_500);
        player.togglePlay();
        long reached = player.currentFrame();
        System.out.printf(Locale.ROOT, "TimelineEditingTest: player at frame %d after 1.5 s at %d fps%n", reached, FPS); //$NON-NLS-1$
        assertTrue(reached >= 8 && reached <= 16, "playing 1.5 s at 8 fps reached frame " + reached); //$NON-NLS-1$
        spinUntil(2_000, () -> player.shownFrame() == reached);
        assertTrue(player.positionLabel().getText().contains("frame " + reached), player.positionLabel().getText()); //$NON-NLS-1$
        shot("12-player-clip", player); //$NON-NLS-1$

        // and the timeline: moving the playhead makes the player show the composited cut
        canvas.setPlayhead(20);
        spinUntil(5_000, () -> player.isTimelineMode() && player.shownFrame() == 20);
        assertEquals(20, player.shownFrame());
        shot("13-player-timeline", player); //$NON-NLS-1$
    }

    // ---- the workbench

    private static MediaAsset generate(String prompt, int seed) throws Exception {
        GenerateView g = (GenerateView) page.showView(StudioIds.GENERATE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        g.promptText().setText(prompt);
        assertTrue(g.selectEngine("scene")); //$NON-NLS-1$
        g.secondsSpinner().setSelection(20);
        g.sizeCombo().setText("128x128"); //$NON-NLS-1$
        g.fpsSpinner().setSelection(FPS);
        g.seedSpinner().setSelection(seed);
        int before = ProjectSession.getDefault().project().getAssets().size();
        GenerationJob job = g.generate();
        assertNotNull(job, g.statusLabel().getText());
        spinUntil(240_000, () -> job.getResult() != null);
        assertTrue(job.getResult() != null && job.getResult().isOK(), String.valueOf(job.getResult()));
        spinUntil(5_000, () -> ProjectSession.getDefault().project().getAssets().size() > before);
        String file = job.result().output().getFileName().toString();
        return ProjectSession.getDefault().project().getAssets().stream().filter(a -> a.getFile().endsWith(file)).findFirst()
                .orElseThrow();
    }

    private static TimelineView timelineView() throws Exception {
        TimelineView v = (TimelineView) page.showView(StudioIds.TIMELINE_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        spinFor(50);
        return v;
    }

    private static Timeline timeline() {
        return ProjectSession.getDefault().project().getTimeline();
    }

    private static Track videoTrack() {
        return timeline().getTracks().get(0);
    }

    // ---- real input: events posted to the display as a user's would arrive

    /**
     * Whether events posted to the display reach the canvas at the place asked for. Under Xvfb without a window
     * manager, GTK neither moves the pointer for a posted motion nor lets a warp move it, so posted clicks land
     * where the pointer happens to be: then the same events are sent to the canvas's listeners (the handlers run
     * exactly as for a user's, only the X server is skipped), and the test says so.
     */
    private static Boolean osInput;

    private static void send(TimelineCanvas canvas, int type, int x, int y, int button, char c, int keyCode, int state) {
        if (Boolean.TRUE.equals(osInput)) {
            Event e = new Event();
            e.type = type;
            if (type == SWT.MouseMove) {
                Point p = canvas.control().toDisplay(x, y);
                e.x = p.x;
                e.y = p.y;
                display.setCursorLocation(p);
            }
            e.button = button;
            e.character = c;
            e.keyCode = keyCode;
            display.post(e);
        } else {
            Event e = new Event();
            e.x = x;
            e.y = y;
            e.button = button;
            e.character = c;
            e.keyCode = keyCode;
            e.stateMask = state;
            e.widget = canvas.control();
            canvas.control().notifyListeners(type, e);
        }
        spinFor(20);
    }

    /** A click; the first one finds out whether posted events arrive where they should. */
    private static void click(TimelineCanvas canvas, int x, int y) {
        if (osInput == null) {
            int[] seen = new int[2];
            org.eclipse.swt.widgets.Listener probe = e -> {
                seen[0] = e.x;
                seen[1] = e.y;
            };
            canvas.control().addListener(SWT.MouseDown, probe);
            osInput = Boolean.TRUE;
            send(canvas, SWT.MouseMove, x, y, 0, '\0', 0, 0);
            send(canvas, SWT.MouseDown, x, y, 1, '\0', 0, 0);
            send(canvas, SWT.MouseUp, x, y, 1, '\0', 0, 0);
            spinFor(200);
            canvas.control().removeListener(SWT.MouseDown, probe);
            osInput = Math.abs(seen[0] - x) <= 1 && Math.abs(seen[1] - y) <= 1;
            if (osInput) {
                return;
            }
            System.out.println("TimelineEditingTest: posted mouse events arrive at " + seen[0] + "," + seen[1] + " instead of " + x + "," + y //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + " (the X server did not move the pointer); sending the events to the canvas's listeners instead"); //$NON-NLS-1$
        }
        send(canvas, SWT.MouseMove, x, y, 0, '\0', 0, 0);
        send(canvas, SWT.MouseDown, x, y, 1, '\0', 0, 0);
        send(canvas, SWT.MouseUp, x, y, 1, '\0', 0, 0);
        spinFor(100);
    }

    private static void drag(TimelineCanvas canvas, int x0, int y0, int x1, int y1) {
        send(canvas, SWT.MouseMove, x0, y0, 0, '\0', 0, 0);
        send(canvas, SWT.MouseDown, x0, y0, 1, '\0', 0, 0);
        for (int i = 1; i <= 10; i++) {
            send(canvas, SWT.MouseMove, x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10, 0, '\0', 0, 0);
        }
        send(canvas, SWT.MouseUp, x1, y1, 1, '\0', 0, 0);
        spinFor(150);
    }

    /** A key stroke; Ctrl strokes go through the workbench's key bindings first, as a user's would. */
    private static void key(TimelineCanvas canvas, char c, int modifier) {
        if (Boolean.TRUE.equals(osInput)) {
            if (modifier != 0) {
                send(canvas, SWT.KeyDown, 0, 0, 0, '\0', modifier, 0);
            }
            send(canvas, SWT.KeyDown, 0, 0, 0, c, c, 0);
            send(canvas, SWT.KeyUp, 0, 0, 0, c, c, 0);
            if (modifier != 0) {
                send(canvas, SWT.KeyUp, 0, 0, 0, '\0', modifier, 0);
            }
        } else if (modifier != 0) {
            // what the binding service does with Ctrl+Z / Ctrl+Y: run the command bound to the stroke
            boolean shift = (modifier & SWT.SHIFT) != 0;
            String command = c == 'z' && !shift ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo"; //$NON-NLS-1$ //$NON-NLS-2$
            try {
                org.eclipse.ui.keys.IBindingService bindings = window.getService(org.eclipse.ui.keys.IBindingService.class);
                var stroke = org.eclipse.jface.bindings.keys.KeyStroke.getInstance((shift ? "M1+M2+" : "M1+") + Character.toUpperCase(c)); //$NON-NLS-1$
                var bound = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance(stroke));
                assertNotNull(bound, "no key binding for Ctrl+" + c); //$NON-NLS-1$
                assertEquals(command, bound.getParameterizedCommand().getId());
                window.getService(IHandlerService.class).executeCommand(command, null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        } else {
            send(canvas, SWT.KeyDown, 0, 0, 0, c, c, 0);
            send(canvas, SWT.KeyUp, 0, 0, 0, c, c, 0);
        }
        spinFor(150);
    }

    // ---- screenshots

    /** Saves the window as a PNG, checks it is not blank and that the part it is about is visible with its title. */
    private static void shot(String name, org.eclipse.ui.IViewPart part) throws IOException {
        spinFor(250);
        assertTrue(page.isPartVisible(part), name + ": " + part.getTitle() + " is not visible"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> titles = Arrays.stream(page.getViewReferences()).filter(r -> r.getPart(false) != null && page.isPartVisible(r.getPart(false)))
                .map(IViewReference::getPartName).toList();
        for (String expected : List.of("Timeline", "Player")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(titles.contains(expected), name + ": visible views " + titles + " lack " + expected); //$NON-NLS-1$ //$NON-NLS-2$
        }
        save(name, capture(window.getShell()));
    }
}
