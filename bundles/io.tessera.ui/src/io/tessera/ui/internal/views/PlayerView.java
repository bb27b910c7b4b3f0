package io.tessera.ui.internal.views;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ViewPart;

import io.tessera.editor.FrameClock;
import io.tessera.media.VideoFrame;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.player.FrameSource;
import io.tessera.ui.internal.timeline.TimelineCanvas;

/**
 * Plays the clip selected in the Library, or the timeline when its playhead moves. Pictures are decoded on one
 * thread of the player's own (the latest request wins, so a slow decoder drops frames instead of falling behind)
 * and drawn on the UI thread; playback follows the wall clock at the source's rate. A clip plays with its sound
 * through javax.sound.sampled; the timeline plays silent for now (its playback moves the timeline's playhead, J/K/L
 * there do the same).
 */
public final class PlayerView extends ViewPart {
    private Canvas screen;
    private Label info;
    private Label position;
    private Button play;
    private Button step;
    private Scale scrub;
    private Display display;
    private Image image;
    private final ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tessera-player-decoder"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong wanted = new AtomicLong(-1);
    private final io.tessera.ui.internal.player.SoundOut sound = new io.tessera.ui.internal.player.SoundOut();
    /** Touched only on the decoder thread. */
    private FrameSource source;
    private volatile long frames;
    private volatile int fps = 24;
    private volatile Path soundFile;
    private volatile boolean timelineMode;
    private volatile boolean timelineStale = true;
    private long current;
    private long shownFrame = -1;
    private boolean playing;
    private long playStartFrame;
    private long playStartNanos;
    private final LongConsumer playheadListener = f -> showTimelineFrame(f);
    private final CommandStackListener stackListener = e -> {
        timelineStale = true;
        if (timelineMode && !screen.isDisposed()) {
            showTimelineFrame(current);
        }
    };
    private TimelineCanvas followed;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof MediaAsset a) {
            showClip(a);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
        screen = new Canvas(body, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(screen);
        screen.addPaintListener(e -> paintScreen(e.gc));
        play = new Button(body, SWT.PUSH);
        play.setText(Messages.play);
        play.addListener(SWT.Selection, e -> togglePlay());
        step = new Button(body, SWT.PUSH);
        step.setText(Messages.stepFrame);
        step.addListener(SWT.Selection, e -> stepFrame());
        scrub = new Scale(body, SWT.HORIZONTAL);
        scrub.setMinimum(0);
        scrub.setMaximum(1);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scrub);
        scrub.addListener(SWT.Selection, e -> seek(scrub.getSelection()));
        position = new Label(body, SWT.NONE);
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(position);
        info = new Label(body, SWT.WRAP);
        info.setText(Messages.playerEmpty);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(info);
        setControlsEnabled(false);
        updatePosition();
        getSite().getPage().addPostSelectionListener(StudioIds.LIBRARY_VIEW, selectionListener);
        display.asyncExec(this::followTimeline);
    }

    /** Listens to the Timeline view's playhead and command stack, once both exist. */
    private void followTimeline() {
        if (screen.isDisposed() || followed != null) {
            return;
        }
        IViewPart v = getSite().getPage().findView(StudioIds.TIMELINE_VIEW);
        if (v instanceof TimelineView tv && tv.canvas() != null) {
            followed = tv.canvas();
            followed.addPlayheadListener(playheadListener);
            if (ProjectSession.getDefault().editor() != null) {
                ProjectSession.getDefault().editor().commands().addCommandStackListener(stackListener);
            }
        } else {
            display.timerExec(500, this::followTimeline);
        }
    }

    private void setControlsEnabled(boolean on) {
        play.setEnabled(on);
        step.setEnabled(on);
        scrub.setEnabled(on);
    }

    // ---- sources

    /** Shows a clip from the Library, from its first frame. */
    public void showClip(MediaAsset a) {
        if (screen.isDisposed()) {
            return;
        }
        stop();
        timelineMode = false;
        Path file = ProjectSession.getDefault().resolve(a.getFile());
        long n = a.getFrameCount() > 0 ? a.getFrameCount() : Math.round(a.getDurationSeconds() * Math.max(1, a.getFps()));
        int rate = Math.max(1, a.getFps());
        String prompt = a.getProvenance() == null || a.getProvenance().getPrompt() == null ? "" : a.getProvenance().getPrompt(); //$NON-NLS-1$
        info.setText(NLS.bind(Messages.playerSelected, new Object[] { file.getFileName(), GenerateView.fmt(a.getDurationSeconds()),
                a.getWidth(), a.getHeight(), a.getFps(), prompt }));
        info.getParent().layout(true, true);
        open(() -> FrameSource.clip(file, n, rate), n, rate, file);
        request(0);
    }

    /** Shows the timeline at a frame (the Timeline's playhead moved). */
    public void showTimelineFrame(long frame) {
        if (screen.isDisposed()) {
            return;
        }
        Project p = ProjectSession.getDefault().project();
        if (p == null || p.getTimeline() == null) {
            return;
        }
        if (!timelineMode || timelineStale) {
            if (!timelineMode) {
                stop();
            }
            timelineMode = true;
            timelineStale = false;
            // a copy taken now, on the UI thread: the decoder never sees the model being edited
            Project snapshot = EcoreUtil.copy(p);
            Path folder = ProjectSession.getDefault().file().getParent();
            FrameClock c = new FrameClock(Math.max(1, p.getTimeline().getFps()));
            long n = c.frame(io.tessera.editor.Timelines.duration(p.getTimeline()));
            info.setText(NLS.bind(Messages.playerTimeline, p.getTimeline().getName()));
            info.getParent().layout(true, true);
            open(() -> FrameSource.timeline(snapshot, folder), n, c.fps(), null);
        }
        request(frame);
    }

    @FunctionalInterface
    private interface Opener {
        FrameSource open() throws Exception;
    }

    private void open(Opener opener, long frameCount, int rate, Path sound) {
        frames = frameCount;
        fps = rate;
        soundFile = sound;
        scrub.setMaximum((int) Math.max(1, frameCount - 1));
        scrub.setPageIncrement(Math.max(1, rate));
        setControlsEnabled(frameCount > 0);
        decoder.execute(() -> {
            if (source != null) {
                source.close();
                source = null;
            }
            try {
                source = opener.open();
            } catch (Exception | LinkageError e) {
                String message = String.valueOf(e.getMessage());
                display.asyncExec(() -> {
                    if (!info.isDisposed()) {
                        info.setText(NLS.bind(Messages.playerFailed, message));
                    }
                });
            }
        });
    }

    // ---- decoding, off the UI thread

    private void request(long frame) {
        long f = Math.max(0, frames > 0 ? Math.min(frame, frames - 1) : frame);
        current = f;
        updatePosition();
        if (wanted.getAndSet(f) != -1) {
            return; // a decode is queued; it takes the newest request
        }
        decoder.execute(this::decodeWanted);
    }

    private void decodeWanted() {
        long f = wanted.getAndSet(-1);
        if (f < 0 || source == null) {
            return;
        }
        try {
            VideoFrame picture = source.frame(f);
            if (picture == null) {
                return;
            }
            ImageData data = toImageData(picture);
            display.asyncExec(() -> show(f, data));
        } catch (Exception | LinkageError e) {
            ILog.of(PlayerView.class).log(Status.warning("The player could not decode frame " + f, e)); //$NON-NLS-1$
        }
    }

    static ImageData toImageData(VideoFrame frame) {
        ImageData d = new ImageData(frame.width(), frame.height(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] rgb = frame.rgb();
        int[] row = new int[frame.width()];
        for (int y = 0; y < frame.height(); y++) {
            int o = y * frame.width() * 3;
            for (int x = 0; x < frame.width(); x++, o += 3) {
                row[x] = (rgb[o] & 0xFF) << 16 | (rgb[o + 1] & 0xFF) << 8 | rgb[o + 2] & 0xFF;
            }
            d.setPixels(0, y, frame.width(), row, 0);
        }
        return d;
    }

    private void show(long f, ImageData data) {
        if (screen.isDisposed()) {
            return;
        }
        if (image != null) {
            image.dispose();
        }
        image = new Image(display, data);
        shownFrame = f;
        screen.redraw();
    }

    private void paintScreen(org.eclipse.swt.graphics.GC gc) {
        Rectangle r = screen.getClientArea();
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(r);
        if (image != null && !image.isDisposed()) {
            Rectangle b = image.getBounds();
            double scale = Math.min(r.width / (double) b.width, r.height / (double) b.height);
            int w = (int) (b.width * scale);
            int h = (int) (b.height * scale);
            gc.drawImage(image, 0, 0, b.width, b.height, (r.width - w) / 2, (r.height - h) / 2, w, h);
        } else {
            gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
            String text = timecode(0);
            Point extent = gc.textExtent(text);
            gc.drawText(text, (r.width - extent.x) / 2, (r.height - extent.y) / 2, true);
        }
    }

    private String timecode(long frame) {
        double s = frame / (double) Math.max(1, fps);
        int minutes = (int) (s / 60);
        return String.format(Locale.ROOT, "%02d:%06.3f  frame %d / %d", minutes, s - minutes * 60, frame, Math.max(0, frames)); //$NON-NLS-1$
    }

    private void updatePosition() {
        if (position.isDisposed()) {
            return;
        }
        position.setText(timecode(current));
        if (scrub.getSelection() != current) {
            scrub.setSelection((int) current);
        }
    }

    // ---- transport

    private void seek(long frame) {
        stop();
        if (timelineMode && followed != null) {
            followed.setPlayhead(frame); // the playhead listener requests the picture
        } else {
            request(frame);
        }
    }

    public void stepFrame() {
        seek(current + 1);
    }

    public void togglePlay() {
        if (playing) {
            stop();
        } else {
            start();
        }
    }

    private void start() {
        if (frames <= 0) {
            return;
        }
        if (current >= frames - 1) {
            current = 0;
        }
        if (timelineMode && followed != null) {
            followed.setPlayhead(current);
            followed.play(1);
            playing = true;
            play.setText(Messages.pause);
            watchTimelinePlayback();
            return;
        }
        playing = true;
        play.setText(Messages.pause);
        playStartFrame = current;
        playStartNanos = System.nanoTime();
        sound.start(soundFile, current / (double) fps, 1.0);
        tick();
    }

    private void watchTimelinePlayback() {
        if (!playing || screen.isDisposed()) {
            return;
        }
        if (followed.speed() == 0) {
            stop();
            return;
        }
        display.timerExec(100, this::watchTimelinePlayback);
    }

    private void tick() {
        if (!playing || screen.isDisposed()) {
            return;
        }
        long f = playStartFrame + (long) ((System.nanoTime() - playStartNanos) / 1e9 * fps);
        if (f >= frames) {
            request(frames - 1);
            stop();
            return;
        }
        if (f != current) {
            request(f);
        }
        display.timerExec(Math.max(4, 1000 / fps / 2), this::tick);
    }

    public void stop() {
        if (!playing) {
            return;
        }
        playing = false;
        sound.stop();
        if (followed != null && timelineMode) {
            followed.play(0);
        }
        if (!play.isDisposed()) {
            play.setText(Messages.play);
        }
    }

    public boolean isPlaying() {
        return playing;
    }

    /** The frame last drawn on the screen, or -1. */
    public long shownFrame() {
        return shownFrame;
    }

    public long currentFrame() {
        return current;
    }

    public long frameCount() {
        return frames;
    }

    public boolean isTimelineMode() {
        return timelineMode;
    }

    public Label positionLabel() {
        return position;
    }

    @Override
    public void setFocus() {
        screen.setFocus();
    }

    @Override
    public void dispose() {
        stop();
        getSite().getPage().removePostSelectionListener(StudioIds.LIBRARY_VIEW, selectionListener);
        if (followed != null) {
            followed.removePlayheadListener(playheadListener);
        }
        if (ProjectSession.getDefault().editor() != null) {
            ProjectSession.getDefault().editor().commands().removeCommandStackListener(stackListener);
        }
        decoder.execute(() -> {
            if (source != null) {
                source.close();
                source = null;
            }
        });
        decoder.shutdown();
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
