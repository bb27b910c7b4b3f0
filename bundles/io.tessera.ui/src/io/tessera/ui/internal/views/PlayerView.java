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
import io.tessera.editor.render.MediaResolver;
import io.tessera.media.VideoFrame;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectCommandStack;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.player.FrameSource;
import io.tessera.ui.internal.player.PlaybackClock;
import io.tessera.ui.internal.player.SoundFeed;
import io.tessera.ui.internal.player.SoundOut;
import io.tessera.ui.internal.player.SyncMeter;
import io.tessera.ui.internal.timeline.TimelineCanvas;

/**
 * Plays the clip selected in the Library, or the timeline when its playhead moves. Pictures are decoded on one
 * thread of the player's own (the latest request wins, so a slow decoder drops frames instead of falling behind)
 * and drawn on the UI thread. Sound plays on a thread of its own ({@link SoundOut}): a clip's own, or the
 * timeline's mix of all its tracks made by the editor exactly as a render makes it; while it plays, the pictures
 * follow the sound being heard ({@link PlaybackClock}), so they stay in sync wherever the device's clock runs, and
 * how far they drift is measured ({@link SyncMeter}). Without a sound device the status line says so and the
 * pictures follow the wall clock. On the timeline, playback stops at the out mark, or loops back to the in mark;
 * moving the playhead while playing restarts the sound there (nothing of the old place is heard). Play here and
 * L on the timeline play with sound; J and fast L shuttle silently.
 */
public final class PlayerView extends ViewPart {
    private Canvas screen;
    private Label info;
    private Label position;
    private Button play;
    private Button step;
    private Button loop;
    private Scale scrub;
    private Display display;
    private Image image;
    private final ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tessera-player-decoder"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong wanted = new AtomicLong(-1);
    private final SoundOut sound = new SoundOut(this::soundStateChanged);
    private final PlaybackClock clock = new PlaybackClock(sound);
    private final SyncMeter sync = new SyncMeter();
    /** Touched only on the decoder thread. */
    private FrameSource source;
    private volatile long frames;
    private volatile int fps = 24;
    private volatile SoundFeed.Opener soundFeed;
    private volatile boolean timelineMode;
    private volatile boolean timelineStale = true;
    private long current;
    private long shownFrame = -1;
    private boolean playing;
    /** Where this playback stops (the out mark or the end) and where a loop goes back to. */
    private long endFrame;
    private long loopFrame;
    /** The playhead position the player itself last set, to tell it from a user's scrub. */
    private long driven = -1;
    private String soundMessage;
    private final LongConsumer playheadListener = this::playheadMoved;
    private final CommandStackListener stackListener = e -> {
        timelineStale = true;
        if (timelineMode && !screen.isDisposed()) {
            showTimelineFrame(current);
        }
    };
    /** The command stack listened to: each project opened brings its own. */
    private final ProjectCommandStack projectStack = new ProjectCommandStack(stackListener);
    private final Runnable sessionListener = () -> {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(this::sessionChanged);
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
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(body);
        screen = new Canvas(body, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(screen);
        screen.addPaintListener(e -> paintScreen(e.gc));
        play = new Button(body, SWT.PUSH);
        play.setText(Messages.play);
        play.addListener(SWT.Selection, e -> togglePlay());
        step = new Button(body, SWT.PUSH);
        step.setText(Messages.stepFrame);
        step.addListener(SWT.Selection, e -> stepFrame());
        loop = new Button(body, SWT.CHECK);
        loop.setText(Messages.loop);
        scrub = new Scale(body, SWT.HORIZONTAL);
        scrub.setMinimum(0);
        scrub.setMaximum(1);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scrub);
        scrub.addListener(SWT.Selection, e -> seek(scrub.getSelection()));
        position = new Label(body, SWT.NONE);
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(position);
        info = new Label(body, SWT.WRAP);
        info.setText(Messages.playerEmpty);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(200, SWT.DEFAULT).applyTo(info);
        setControlsEnabled(false);
        updatePosition();
        getSite().getPage().addPostSelectionListener(StudioIds.LIBRARY_VIEW, selectionListener);
        display.asyncExec(this::followTimeline);
    }

    /** Listens to the Timeline view's playhead and command stack, once both exist, and takes over its L key. */
    private void followTimeline() {
        if (screen.isDisposed() || followed != null) {
            return;
        }
        IViewPart v = getSite().getPage().findView(StudioIds.TIMELINE_VIEW);
        if (v instanceof TimelineView tv && tv.canvas() != null) {
            followed = tv.canvas();
            followed.addPlayheadListener(playheadListener);
            followed.setPlaybackDelegate(this::timelineTransport);
            ProjectSession.getDefault().addListener(sessionListener);
            sessionChanged();
        } else {
            display.timerExec(500, this::followTimeline);
        }
    }

    /** Another project (or the same one reloaded): listen to its command stack, and show its timeline anew. */
    private void sessionChanged() {
        if (screen.isDisposed()) {
            return;
        }
        if (projectStack.followOpenProject()) {
            stop();
            timelineStale = true;
        }
    }

    /** J/K/L on the timeline: normal speed forwards plays here with sound; anything else is the timeline's shuttle. */
    private boolean timelineTransport(int speed) {
        if (speed == 1) {
            if (!timelineMode || timelineStale) {
                showTimelineFrame(followed.playhead());
            }
            if (!playing) {
                start();
            }
            return true;
        }
        stop();
        return false;
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
        String about = NLS.bind(Messages.playerSelected, new Object[] { file.getFileName(), GenerateView.fmt(a.getDurationSeconds()),
                a.getWidth(), a.getHeight(), a.getFps(), prompt });
        open(() -> FrameSource.clip(file, n, rate), n, rate, () -> SoundFeed.file(file), about);
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
            boolean wasTimeline = timelineMode;
            if (!timelineMode) {
                stop();
            }
            timelineMode = true;
            timelineStale = false;
            // copies taken now, on the UI thread: neither the decoder nor the sound ever sees the model being edited
            Project pictures = EcoreUtil.copy(p);
            Project soundCopy = EcoreUtil.copy(p);
            Path folder = ProjectSession.getDefault().file().getParent();
            FrameClock c = new FrameClock(Math.max(1, p.getTimeline().getFps()));
            long n = c.frame(io.tessera.editor.Timelines.duration(p.getTimeline()));
            open(() -> FrameSource.timeline(pictures, folder), n, c.fps(),
                    () -> SoundFeed.timeline(soundCopy.getTimeline(), MediaResolver.relativeTo(folder)),
                    NLS.bind(Messages.playerTimeline, p.getTimeline().getName()));
            if (wasTimeline && playing) {
                // edited while playing: hear the new cut from here on
                endFrame = Math.min(endFrame, n);
                startAt(Math.min(frame, Math.max(0, n - 1)));
            }
        }
        request(frame);
    }

    @FunctionalInterface
    private interface Opener {
        FrameSource open() throws Exception;
    }

    /** Opens a source on the decoder thread; {@code about} describes it, or why it cannot be opened replaces that. */
    private void open(Opener opener, long frameCount, int rate, SoundFeed.Opener soundOpener, String about) {
        describe(about);
        frames = frameCount;
        fps = rate;
        soundFeed = soundOpener;
        scrub.setMaximum((int) Math.max(1, frameCount - 1));
        scrub.setPageIncrement(Math.max(1, rate));
        setControlsEnabled(frameCount > 0);
        decoder.execute(() -> {
            if (source != null) {
                source.close();
                source = null;
            }
            String text;
            try {
                source = opener.open();
                text = about;
            } catch (Exception | LinkageError e) {
                text = NLS.bind(Messages.playerFailed, String.valueOf(e.getMessage()));
            }
            // in order on the UI thread: an earlier open that failed does not overwrite a later one's text
            String shown = text;
            display.asyncExec(() -> describe(shown));
        });
    }

    private void describe(String text) {
        if (info.isDisposed() || text.equals(info.getText())) {
            return;
        }
        info.setText(text);
        info.getParent().layout(true, true);
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
        if (playing && clock.followsSound()) {
            long heard = sound.heardSample();
            if (heard >= 0) {
                sync.record(f / (double) fps, heard / (double) SoundOut.RATE);
            }
        }
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

    // ---- sound

    /** On the sound thread: what the sound does shows in the status line. */
    private void soundStateChanged(SoundOut.State state) {
        String message = switch (state) {
        case NO_DEVICE -> Messages.playerNoSoundDevice;
        case FAILED -> Messages.playerSoundFailed;
        case NO_SOUND -> Messages.playerNoSound;
        default -> null;
        };
        if (state == SoundOut.State.STARTING || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (screen.isDisposed()) {
                return;
            }
            soundMessage = message;
            getViewSite().getActionBars().getStatusLineManager().setMessage(message);
        });
    }

    /** Starts the sound at {@code frame}'s first sample and the clock at that frame. */
    private void startAt(long frame) {
        SoundFeed.Opener feed = soundFeed;
        if (feed != null) {
            sound.start(feed, PlaybackClock.sampleOf(frame, fps));
        } else {
            sound.stop();
        }
        clock.start(frame, fps, feed != null);
    }

    // ---- transport

    private void seek(long frame) {
        stop();
        moveTo(frame);
    }

    /** Shows a frame: on the timeline by moving its playhead (its listener asks for the picture). */
    private void moveTo(long frame) {
        if (timelineMode && followed != null) {
            driven = Math.max(0, Math.min(frame, frames));
            followed.setPlayhead(frame);
        } else {
            request(frame);
        }
    }

    private void playheadMoved(long frame) {
        if (playing && timelineMode && frame != driven) {
            startAt(frame); // a scrub while playing: play on from there, with the sound of there
        }
        showTimelineFrame(frame);
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
        long in = 0;
        long out = frames;
        if (timelineMode && followed != null) {
            followed.stopShuttle();
            long markIn = followed.markIn();
            long markOut = followed.markOut();
            in = markIn >= 0 && markIn < frames ? markIn : 0;
            out = markOut > in && markOut > current && markOut <= frames ? markOut : frames;
        }
        if (current >= out - 1) {
            current = in;
        }
        endFrame = out;
        loopFrame = in;
        playing = true;
        play.setText(Messages.pause);
        sync.reset();
        moveTo(current);
        startAt(current);
        tick();
    }

    private void tick() {
        if (!playing || screen.isDisposed()) {
            return;
        }
        long f = clock.frame();
        if (f >= endFrame) {
            if (loop.getSelection() && endFrame - loopFrame > 1) {
                moveTo(loopFrame);
                startAt(loopFrame);
            } else {
                moveTo(Math.min(endFrame, frames - 1));
                stop();
                return;
            }
        } else if (f != current) {
            moveTo(f);
        }
        // a few times a frame: a picture is asked for within a few ms of its sound
        display.timerExec(Math.max(4, Math.min(15, 1000 / fps / 3)), this::tick);
    }

    public void stop() {
        if (!playing) {
            return;
        }
        playing = false;
        sound.stop();
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

    public Button loopButton() {
        return loop;
    }

    public SoundOut soundOut() {
        return sound;
    }

    /** How far the pictures drifted from the sound during the last playback. */
    public SyncMeter syncMeter() {
        return sync;
    }

    /** What the status line says about the sound (no device, no sound...), or null while all is well. */
    public String soundMessage() {
        return soundMessage;
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
            followed.setPlaybackDelegate(null);
        }
        ProjectSession.getDefault().removeListener(sessionListener);
        projectStack.dispose();
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
