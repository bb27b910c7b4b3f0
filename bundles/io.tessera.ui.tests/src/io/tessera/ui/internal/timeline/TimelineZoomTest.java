package io.tessera.ui.internal.timeline;

import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.internal.UiTestSupport;
import io.tessera.editor.TimelineEditor;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.MediaAsset;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.ToneClips;
import io.tessera.ui.internal.views.PlayerView;
import io.tessera.ui.internal.views.TimelineView;

/**
 * A timeline too long for its view: 24 items of one second, alternately red and blue. Crowded labels stay inside
 * their items, Ctrl+wheel zooms around the mouse and + around the playhead, the scroll bar and the wheel move along,
 * playing keeps the playhead in sight, and Render In/Out Range renders between the I and O marks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineZoomTest {
    private static final int FPS = 24;
    private static final int ITEMS = 24;

    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;
    private static TimelineView view;
    private static TimelineCanvas canvas;

    @BeforeAll
    static void longTimeline() throws Exception {
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        Path dir = ProjectSession.getDefault().file().getParent();
        ProjectSession.getDefault().open(dir.resolve("timeline-zoom-" + System.currentTimeMillis() + ".tessera")); //$NON-NLS-1$ //$NON-NLS-2$
        spinFor(300);
        MediaAsset red = ToneClips.add("a-clip-with-a-rather-long-name-red", 0xC03030, 440, 1, FPS); //$NON-NLS-1$
        MediaAsset blue = ToneClips.add("a-clip-with-a-rather-long-name-blue", 0x3040C0, 660, 1, FPS); //$NON-NLS-1$
        TimelineEditor editor = ProjectSession.getDefault().editor();
        editor.timeline(FPS);
        Track v1 = editor.track(TrackKind.VIDEO);
        for (int i = 0; i < ITEMS; i++) {
            editor.append(v1, i % 2 == 0 ? red : blue, 0, 1);
        }
        view = (TimelineView) page.showView(StudioIds.TIMELINE_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        canvas = view.canvas();
        page.showView(StudioIds.PLAYER_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        spinFor(300);
    }

    @Test
    @Order(1)
    void crowdedLabelsStayInsideTheirItems() throws Exception {
        view.fitToWindow();
        spinFor(200);
        assertEquals(0, canvas.scrollX());
        int itemWidth = (int) Math.round(canvas.pixelsPerSecond());
        assertTrue(itemWidth < 80, "fitted, an item is " + itemWidth + " px wide"); //$NON-NLS-1$ //$NON-NLS-2$
        GC gc = new GC(canvas.control());
        try {
            String name = "a-clip-with-a-rather-long-name-red.mp4"; //$NON-NLS-1$
            String label = TimelineCanvas.fit(gc, name, itemWidth - 12);
            System.out.printf(Locale.ROOT, "TimelineZoomTest: at %.1f px/s an item's label reads \"%s\"%n", canvas.pixelsPerSecond(), label); //$NON-NLS-1$
            assertTrue(gc.textExtent(label).x <= itemWidth - 12, "the label fits its item"); //$NON-NLS-1$
            assertTrue(label.length() < name.length() && (label.isEmpty() || label.endsWith("\u2026")), label); //$NON-NLS-1$
            assertEquals("", TimelineCanvas.fit(gc, name, 3), "no room, no label"); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            gc.dispose();
        }
        shot("30-timeline-crowded-fitted"); //$NON-NLS-1$
    }

    @Test
    @Order(2)
    void ctrlWheelZoomsAroundTheMouseAndTheScrollBarMovesAlong() throws Exception {
        canvas.setPixelsPerSecond(100);
        canvas.scrollTo(0);
        int x = 500;
        double before = canvas.timeAt(x);
        for (int i = 0; i < 5; i++) {
            wheel(x, 1, SWT.MOD1);
        }
        assertEquals(100 * Math.pow(1.25, 5), canvas.pixelsPerSecond(), 1e-6);
        assertEquals(before, canvas.timeAt(x), 1.5 / canvas.pixelsPerSecond(), "the time under the mouse stays under it"); //$NON-NLS-1$
        assertTrue(canvas.scrollX() > 0, "zooming in around x scrolled the view"); //$NON-NLS-1$
        ScrollBar bar = canvas.control().getHorizontalBar();
        assertTrue(bar.getMaximum() > bar.getThumb() * 5, "the scroll bar spans the timeline: " + bar.getMaximum() + " over a thumb of " //$NON-NLS-1$ //$NON-NLS-2$
                + bar.getThumb());
        assertEquals(canvas.scrollX(), bar.getSelection());
        int scrolled = canvas.scrollX();
        wheel(x, -2, 0); // the plain wheel moves along the timeline
        assertEquals(scrolled + 80, canvas.scrollX());
        // the scroll bar moves the view
        bar.setSelection(1000);
        bar.notifyListeners(SWT.Selection, new Event());
        assertEquals(1000, canvas.scrollX());
        double left = canvas.visibleSeconds()[0];
        assertEquals(1000 / canvas.pixelsPerSecond(), left, 1e-9);
        shot("31-timeline-zoomed-in-scrolled"); //$NON-NLS-1$

        // + zooms around the playhead
        canvas.setPlayhead(Math.round((left + 2) * FPS));
        int px = canvas.xOf(canvas.playheadSeconds());
        canvas.control().setFocus();
        key('+');
        assertEquals(100 * Math.pow(1.25, 6), canvas.pixelsPerSecond(), 1e-6);
        assertEquals(px, canvas.xOf(canvas.playheadSeconds()), 1, "the playhead stays where it was"); //$NON-NLS-1$
        key('-');
        assertEquals(100 * Math.pow(1.25, 5), canvas.pixelsPerSecond(), 1e-6);
    }

    @Test
    @Order(3)
    void playingKeepsThePlayheadInSight() throws Exception {
        canvas.setPixelsPerSecond(600); // the view shows about two seconds
        canvas.scrollTo(0);
        canvas.setPlayhead(0);
        PlayerView player = (PlayerView) page.findView(StudioIds.PLAYER_VIEW);
        spinUntil(5_000, () -> player.isTimelineMode() && player.shownFrame() == 0);
        double[] seen = canvas.visibleSeconds();
        int width = canvas.control().getClientArea().width;
        int outOfSight = 0;
        canvas.control().setFocus();
        key('l'); // L plays at normal speed: through the Player, with sound
        assertTrue(player.isPlaying(), "L started the Player"); //$NON-NLS-1$
        long end = System.currentTimeMillis() + 4_000;
        while (System.currentTimeMillis() < end) {
            spinFor(50);
            int x = canvas.xOf(canvas.playheadSeconds());
            if (x < TimelineCanvas.HEADER || x > width) {
                outOfSight++;
            }
        }
        shot("32-timeline-playing-zoomed"); //$NON-NLS-1$
        key('k');
        assertTrue(!player.isPlaying(), "K stopped it"); //$NON-NLS-1$
        System.out.printf(Locale.ROOT, "TimelineZoomTest: played to %.2f s; view from %.2f-%.2f s moved to %.2f-%.2f s; playhead out of sight %d times%n", //$NON-NLS-1$
                canvas.playheadSeconds(), seen[0], seen[1], canvas.visibleSeconds()[0], canvas.visibleSeconds()[1], outOfSight);
        assertTrue(canvas.playheadSeconds() > seen[1], "played past the first view"); //$NON-NLS-1$
        assertEquals(0, outOfSight, "the playhead was kept in sight"); //$NON-NLS-1$
        assertTrue(canvas.visibleSeconds()[0] > 0, "the view paged on"); //$NON-NLS-1$
    }

    @Test
    @Order(4)
    void rendersTheInOutRange() throws Exception {
        view.fitToWindow();
        canvas.control().setFocus();
        canvas.setPlayhead(30); // 1.25 s: red's frame 6
        key('i');
        canvas.setPlayhead(78); // 3.25 s
        key('o');
        assertEquals(30, canvas.markIn());
        assertEquals(78, canvas.markOut());
        shot("33-timeline-in-out-marks"); //$NON-NLS-1$
        var job = view.renderRange();
        assertNotNull(job, view.lastError());
        spinUntil(120_000, () -> job.getResult() != null);
        assertNotNull(job.getResult(), "the range render did not finish in 2 minutes"); //$NON-NLS-1$
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        assertEquals(Job.NONE, job.getState());
        assertEquals(48, job.result().frames());
        assertEquals(48, MediaProbe.probe(job.output()).frameCount());
        VideoFrame first;
        float[] sound;
        try (Mp4VideoReader r = Mp4VideoReader.open(job.output())) {
            first = r.nextFrame();
        }
        try (Mp4VideoReader r = Mp4VideoReader.open(job.output())) {
            sound = r.readAllAudio();
        }
        int c = first.rgbAt(4, 4);
        assertTrue((c & 0xFF) > 150 && ((c >> 16) & 0xFF) < 100, "the first frame is the in mark's, in the second (blue) item: " //$NON-NLS-1$
                + Integer.toHexString(c));
        assertEquals(2.0, sound.length / 2.0 / ToneClips.RATE, 0.05, "2 s of sound"); //$NON-NLS-1$
        // 1.25..2 s of the timeline is blue (660 Hz), 2..3 s red (440 Hz)
        assertTrue(ToneClips.power(sound, 0.1, 0.5, 660) > 100 * ToneClips.power(sound, 0.1, 0.5, 440), "blue's tone first"); //$NON-NLS-1$
        assertTrue(ToneClips.power(sound, 0.9, 0.7, 440) > 100 * ToneClips.power(sound, 0.9, 0.7, 660), "then red's"); //$NON-NLS-1$
        canvas.setMarks(-1, -1);
    }

    private static void wheel(int x, int count, int state) {
        Event e = new Event();
        e.x = x;
        e.y = TimelineCanvas.RULER + 20;
        e.count = count;
        e.stateMask = state;
        e.doit = true;
        canvas.control().notifyListeners(SWT.MouseVerticalWheel, e);
        spinFor(30);
    }

    private static void key(char c) {
        Event e = new Event();
        e.character = c;
        e.keyCode = c;
        canvas.control().notifyListeners(SWT.KeyDown, e);
        spinFor(80);
    }

    private static void shot(String name) throws Exception {
        spinFor(250);
        assertTrue(page.isPartVisible(view), name + ": the Timeline is not visible"); //$NON-NLS-1$
        save(name, capture(window.getShell()));
    }
}
