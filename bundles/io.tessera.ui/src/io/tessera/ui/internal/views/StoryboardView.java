package io.tessera.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.watermark.Marking;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.storyboard.ShotGenerator;
import io.tessera.editor.storyboard.Storyboard;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectCommandStack;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.prefs.StudioPreferences;

/**
 * The open project's shots as a grid of cards: a picture from the middle of each shot's selected take (decoded off the
 * UI thread), its number, length, prompt and text. Dragging a card onto another moves the shot there (one undoable
 * command); "Generate missing shots" makes every shot without a take in a job; double-clicking a card (or its
 * "Open in Generate" button) puts the shot's prompt and settings into the Generate view.
 */
public final class StoryboardView extends ViewPart {
    static final int THUMB_W = 150;
    static final int THUMB_H = 84;
    private static final String DRAG_PREFIX = "tessera-shot:"; //$NON-NLS-1$

    private Display display;
    private Composite cards;
    private ScrolledComposite scroller;
    private Button generateButton;
    private Label status;
    private final List<Card> shown = new ArrayList<>();
    /** Thumbnails by the take's absolute file; disposed with the view. */
    private final Map<Path, Image> thumbnails = new HashMap<>();
    /** Files being decoded now, so one refresh after another does not decode twice. */
    private final Map<Path, Boolean> decoding = new ConcurrentHashMap<>();
    private final ProjectCommandStack projectStack = new ProjectCommandStack(e -> refreshLater());
    private final Runnable sessionListener = () -> refreshLater();
    private volatile Job lastJob;
    private boolean refreshQueued;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(body);
        generateButton = new Button(body, SWT.PUSH);
        generateButton.setText(StoryboardMessages.generateMissing);
        generateButton.addListener(SWT.Selection, e -> generateMissing());
        status = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        scroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(scroller);
        cards = new Composite(scroller, SWT.NONE);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.spacing = 8;
        rows.marginWidth = 6;
        rows.marginHeight = 6;
        cards.setLayout(rows);
        scroller.setContent(cards);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> relayout());

        ProjectSession.getDefault().addListener(sessionListener);
        refresh();
    }

    private void refreshLater() {
        if (display.isDisposed() || refreshQueued) {
            return;
        }
        refreshQueued = true;
        display.asyncExec(() -> {
            refreshQueued = false;
            refresh();
        });
    }

    /** Rebuilds the cards from the open project (on the UI thread). */
    public void refresh() {
        if (cards == null || cards.isDisposed()) {
            return;
        }
        hookStack();
        for (Card c : shown) {
            c.control.dispose();
        }
        shown.clear();
        ProjectSession session = ProjectSession.getDefault();
        Project project = session.project();
        if (project == null) {
            status.setText(StoryboardMessages.noProject);
            relayout();
            return;
        }
        List<Shot> shots = List.copyOf(project.getShots());
        int missing = 0;
        for (int i = 0; i < shots.size(); i++) {
            Shot s = shots.get(i);
            Path take = takeFile(session, s);
            if (take == null) {
                missing++;
            }
            shown.add(new Card(cards, s, i + 1, take));
        }
        status.setText(NLS.bind(StoryboardMessages.summary, shots.size(), missing) + (lastMessage == null ? "" : "   " + lastMessage)); //$NON-NLS-1$ //$NON-NLS-2$
        relayout();
        decodeMissingThumbnails();
    }

    private String lastMessage;

    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = Math.max(THUMB_W + 40, scroller.getClientArea().width);
        Point size = cards.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(size);
        cards.layout(true, true);
        status.getParent().layout(true, true);
    }

    private void hookStack() {
        projectStack.followOpenProject();
    }

    /** The selected take's file when it exists, else null (the shot is "not generated"). */
    private static Path takeFile(ProjectSession session, Shot s) {
        MediaAsset take = s.getSelectedTake();
        if (take == null || take.getFile() == null) {
            return null;
        }
        Path f = session.resolve(take.getFile());
        return Files.isRegularFile(f) ? f : null;
    }

    /** Decodes, in a job, the middle frame of every take shown without a thumbnail yet. */
    private void decodeMissingThumbnails() {
        List<Path> todo = new ArrayList<>();
        for (Card c : shown) {
            if (c.take != null && !thumbnails.containsKey(c.take) && decoding.putIfAbsent(c.take, Boolean.TRUE) == null) {
                todo.add(c.take);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        Job job = Job.create("Storyboard thumbnails", monitor -> { //$NON-NLS-1$
            for (Path f : todo) {
                if (monitor.isCanceled()) {
                    decoding.remove(f);
                    continue;
                }
                ImageData data = null;
                try {
                    data = middleFrame(f);
                } catch (Exception e) {
                    // an unreadable take keeps the placeholder
                }
                ImageData decoded = data;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> thumbnailDecoded(f, decoded));
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** A picture from the middle of a clip, scaled to the card. Off the UI thread. */
    static ImageData middleFrame(Path file) throws java.io.IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            long frames = reader.info().frameCount();
            if (frames > 2) {
                reader.seekToFrame(frames / 2);
            }
            VideoFrame frame = reader.nextFrame();
            if (frame == null) {
                return null;
            }
            ImageData d = PlayerView.toImageData(frame);
            double scale = Math.min(THUMB_W / (double) d.width, THUMB_H / (double) d.height);
            return d.scaledTo(Math.max(1, (int) Math.round(d.width * scale)), Math.max(1, (int) Math.round(d.height * scale)));
        }
    }

    private void thumbnailDecoded(Path f, ImageData data) {
        decoding.remove(f);
        if (cards.isDisposed()) {
            return;
        }
        Image old = thumbnails.put(f, data == null ? null : new Image(display, data));
        if (old != null) {
            old.dispose();
        }
        for (Card c : shown) {
            if (f.equals(c.take)) {
                c.thumb.redraw();
            }
        }
    }

    /** Whether the card of this shot shows a decoded picture (not the placeholder). */
    public boolean hasThumbnail(Shot shot) {
        for (Card c : shown) {
            if (c.shot == shot) {
                return c.take != null && thumbnails.get(c.take) != null;
            }
        }
        return false;
    }

    // ---- reordering

    /** What dropping the card of {@code draggedId} onto the card of {@code target} does: moves it to that place. */
    public boolean drop(String draggedId, Shot target) {
        Project project = ProjectSession.getDefault().project();
        if (project == null || draggedId == null) {
            return false;
        }
        Shot dragged = project.getShots().stream().filter(s -> draggedId.equals(s.getId())).findFirst().orElse(null);
        if (dragged == null || dragged == target) {
            return false;
        }
        return moveShot(dragged, project.getShots().indexOf(target));
    }

    /** Moves a shot to an index of the project's shots as one undoable command. */
    public boolean moveShot(Shot shot, int index) {
        ProjectSession session = ProjectSession.getDefault();
        Project project = session.project();
        TimelineEditor editor = session.editor();
        int from = project.getShots().indexOf(shot);
        if (from < 0 || index < 0 || index >= project.getShots().size() || from == index) {
            return false;
        }
        editor.run(NLS.bind(StoryboardMessages.moveShot, shot.getId()), () -> project.getShots().move(index, from));
        return true;
    }

    // ---- generating

    /**
     * The generator saved the open project (the same model, with any edit made meanwhile) after each shot; saving it
     * once more records that save point, so the project does not show unsaved changes it does not have.
     */
    private void markSavedIfWritten(ProjectSession session, Path file, IStatus result) {
        if (result == null || result.getSeverity() == IStatus.ERROR || !file.equals(session.file())) {
            return;
        }
        try {
            session.save();
        } catch (io.tessera.model.store.ProjectStoreException e) {
            lastMessage = NLS.bind(StoryboardMessages.failed, e.getMessage());
            status.setText(lastMessage);
        }
    }

    /** Starts the job that makes every shot without a take; returns it, or null when no project is open. */
    public Job generateMissing() {
        ProjectSession session = ProjectSession.getDefault();
        Path file = session.file();
        TimelineEditor editor = session.editor();
        if (file == null || editor == null) {
            status.setText(StoryboardMessages.noProject);
            return null;
        }
        boolean audio = StudioPreferences.bool(StudioPreferences.GENERATE_SOUND, true);
        // the generator records each take as a command; it runs them on the UI thread, where the views listen
        TimelineEditor onUi = new TimelineEditor(editor.project(), uiThreadDomain(editor.domain(), display));
        Job job = new Job(NLS.bind(StoryboardMessages.generateJob, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<Shot> made = new ShotGenerator(new GenerationPipeline()).generateMissing(onUi, file, Marking.ALL, audio, monitor);
                    lastMessage = NLS.bind(StoryboardMessages.generated, made.size());
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    lastMessage = StoryboardMessages.cancelled;
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    lastMessage = NLS.bind(StoryboardMessages.failed, e.getMessage());
                    return Status.error(lastMessage, e);
                }
            }
        };
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                session.reload(); // the Library and the cards hear of it
                refreshLater();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        markSavedIfWritten(session, file, event.getResult());
                        if (!generateButton.isDisposed()) {
                            generateButton.setEnabled(true);
                        }
                    });
                }
            }
        });
        lastMessage = NLS.bind(StoryboardMessages.generating, ShotGenerator.missing(editor.project(), file).size());
        status.setText(lastMessage);
        generateButton.setEnabled(false);
        lastJob = job;
        job.schedule();
        return job;
    }

    /** The session's editing domain, with a command stack that executes on the UI thread (undo history shared). */
    private static EditingDomain uiThreadDomain(EditingDomain domain, Display display) {
        CommandStack real = domain.getCommandStack();
        CommandStack onUi = new CommandStack() {
            @Override
            public void execute(Command command) {
                RuntimeException[] failure = new RuntimeException[1];
                Runnable r = () -> {
                    try {
                        real.execute(command);
                    } catch (RuntimeException e) {
                        failure[0] = e;
                    }
                };
                if (Display.getCurrent() != null) {
                    r.run();
                } else {
                    display.syncExec(r);
                }
                if (failure[0] != null) {
                    throw failure[0];
                }
            }

            @Override
            public boolean canUndo() {
                return real.canUndo();
            }

            @Override
            public void undo() {
                display.syncExec(real::undo);
            }

            @Override
            public boolean canRedo() {
                return real.canRedo();
            }

            @Override
            public Command getUndoCommand() {
                return real.getUndoCommand();
            }

            @Override
            public Command getRedoCommand() {
                return real.getRedoCommand();
            }

            @Override
            public Command getMostRecentCommand() {
                return real.getMostRecentCommand();
            }

            @Override
            public void redo() {
                display.syncExec(real::redo);
            }

            @Override
            public void flush() {
                display.syncExec(real::flush);
            }

            @Override
            public void addCommandStackListener(CommandStackListener listener) {
                real.addCommandStackListener(listener);
            }

            @Override
            public void removeCommandStackListener(CommandStackListener listener) {
                real.removeCommandStackListener(listener);
            }
        };
        AdapterFactoryEditingDomain d = (AdapterFactoryEditingDomain) domain;
        return new AdapterFactoryEditingDomain(d.getAdapterFactory(), onUi, d.getResourceSet());
    }

    /** The last generation job this view started, or null. */
    public Job lastJob() {
        return lastJob;
    }

    // ---- Generate view

    /** Puts the shot's prompt and settings into the Generate view and shows it. */
    public GenerateView openInGenerate(Shot shot) {
        try {
            GenerateView g = (GenerateView) getSite().getPage().showView(StudioIds.GENERATE_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
            g.fillFrom(shot);
            return g;
        } catch (PartInitException e) {
            status.setText(e.getMessage());
            return null;
        }
    }

    // ---- for tests and other views

    /** The shots the cards show, in their order. */
    public List<Shot> shownShots() {
        return shown.stream().map(c -> c.shot).toList();
    }

    /** The card of a shot (its outer composite), or null. */
    public Composite cardOf(Shot shot) {
        return shown.stream().filter(c -> c.shot == shot).map(c -> c.control).findFirst().orElse(null);
    }

    public Button generateButton() {
        return generateButton;
    }

    public Label statusLabel() {
        return status;
    }

    @Override
    public void setFocus() {
        generateButton.setFocus();
    }

    @Override
    public void dispose() {
        ProjectSession.getDefault().removeListener(sessionListener);
        projectStack.dispose();
        thumbnails.values().forEach(i -> {
            if (i != null) {
                i.dispose();
            }
        });
        thumbnails.clear();
        super.dispose();
    }

    /** One shot's card. */
    private final class Card {
        final Shot shot;
        final Path take;
        final Composite control;
        final Canvas thumb;

        Card(Composite parent, Shot shot, int number, Path take) {
            this.shot = shot;
            this.take = take;
            control = new Composite(parent, SWT.BORDER);
            control.setLayoutData(new RowData(THUMB_W + 12, SWT.DEFAULT));
            GridLayoutFactory.fillDefaults().margins(5, 5).spacing(3, 3).applyTo(control);
            thumb = new Canvas(control, SWT.DOUBLE_BUFFERED);
            GridDataFactory.swtDefaults().hint(THUMB_W, THUMB_H).applyTo(thumb);
            thumb.addListener(SWT.Paint, e -> paintThumb(e.gc));

            double seconds = shot.getSettings() == null ? 0 : shot.getSettings().getSeconds();
            Label title = new Label(control, SWT.NONE);
            title.setText(NLS.bind(StoryboardMessages.card, number, GenerateView.fmt(seconds)));
            title.setToolTipText(shot.getId());
            title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
            Label prompt = new Label(control, SWT.WRAP);
            prompt.setText(Storyboard.excerpt(nz(shot.getPrompt()), 90));
            GridDataFactory.fillDefaults().grab(true, false).hint(THUMB_W, SWT.DEFAULT).applyTo(prompt);
            Label text = new Label(control, SWT.WRAP);
            text.setText(Storyboard.excerpt(nz(shot.getText()), 90));
            text.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            GridDataFactory.fillDefaults().grab(true, false).hint(THUMB_W, SWT.DEFAULT).applyTo(text);
            Button open = new Button(control, SWT.PUSH);
            open.setText(StoryboardMessages.openInGenerate);
            open.addListener(SWT.Selection, e -> openInGenerate(shot));
            control.setToolTipText(shot.getId());

            for (Control c : new Control[] { control, thumb, title, prompt, text }) {
                c.addListener(SWT.MouseDoubleClick, e -> openInGenerate(shot));
                DragSource source = new DragSource(c, DND.DROP_MOVE);
                source.setTransfer(TextTransfer.getInstance());
                source.addDragListener(new DragSourceAdapter() {
                    @Override
                    public void dragSetData(DragSourceEvent event) {
                        event.data = DRAG_PREFIX + shot.getId();
                    }
                });
                DropTarget target = new DropTarget(c, DND.DROP_MOVE);
                target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
                target.addDropListener(new DropTargetAdapter() {
                    @Override
                    public void dragEnter(DropTargetEvent event) {
                        event.detail = DND.DROP_MOVE;
                    }

                    @Override
                    public void drop(DropTargetEvent event) {
                        if (event.data instanceof String s && s.startsWith(DRAG_PREFIX)) {
                            String id = s.substring(DRAG_PREFIX.length());
                            // after the drag has finished: the drop rebuilds the cards, this one included
                            display.asyncExec(() -> StoryboardView.this.drop(id, shot));
                        }
                    }
                });
            }
        }

        private void paintThumb(GC gc) {
            Rectangle r = thumb.getClientArea();
            Image image = take == null ? null : thumbnails.get(take);
            if (image != null) {
                Rectangle b = image.getBounds();
                gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.fillRectangle(r);
                gc.drawImage(image, (r.width - b.width) / 2, (r.height - b.height) / 2);
                return;
            }
            Color grey = new Color(150, 150, 150);
            gc.setBackground(grey);
            gc.fillRectangle(r);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            String label = take == null ? StoryboardMessages.notGenerated : StoryboardMessages.decoding;
            Point p = gc.textExtent(label);
            gc.drawText(label, (r.width - p.x) / 2, (r.height - p.y) / 2, true);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
