package io.tessera.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.editor.EditException;
import io.tessera.editor.FrameClock;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Timelines;
import io.tessera.editor.render.FrameRange;
import io.tessera.model.ClipItem;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Track;
import io.tessera.model.TrackKind;
import io.tessera.model.store.ProjectStoreException;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectCommandStack;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.timeline.AssetTransfer;
import io.tessera.ui.internal.timeline.RenderJob;
import io.tessera.ui.internal.timeline.TimelineCanvas;

/**
 * The timeline editor of the open project, as a view of the Studio perspective (the project, not a file in a
 * workspace, is what is edited, and the perspective keeps it under the Player). It is a saveable part: its dirty
 * state is the project command stack's save point, File &gt; Save writes the project atomically, and the
 * workbench's Undo and Redo (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z) go to the EMF command stack. Beside the timeline, the
 * transitions the editor-operation registry offers; Library clips dropped on the timeline are placed where they
 * fall; Render... makes the film as a job.
 */
public final class TimelineView extends ViewPart implements ISaveablePart {
    private TimelineCanvas canvas;
    private ListViewer palette;
    private ListViewer effects;
    private Display display;
    private String lastError;
    private RenderJob lastRender;
    private final ProjectCommandStack projectStack = new ProjectCommandStack(e -> changed());
    private final Runnable sessionListener = () -> {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(this::sessionChanged);
        }
    };
    private final Runnable registryListener = () -> {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(this::refreshPalette);
        }
    };
    private Action undo;
    private Action redo;
    private Action render;
    private Action renderRange;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        canvas = new TimelineCanvas(sash, () -> ProjectSession.getDefault().editor(), this::showError);
        Composite side = new Composite(sash, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(4, 4).applyTo(side);
        Label title = new Label(side, SWT.NONE);
        title.setText(Messages.transitions);
        palette = operationList(side);
        palette.addDoubleClickListener(e -> addChosenTransition());
        Button add = new Button(side, SWT.PUSH);
        add.setText(Messages.addTransition);
        add.addListener(SWT.Selection, e -> addChosenTransition());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(add);
        Label effectsTitle = new Label(side, SWT.NONE);
        effectsTitle.setText(Messages.effects);
        effects = operationList(side);
        effects.addDoubleClickListener(e -> applyChosenEffect());
        Button apply = new Button(side, SWT.PUSH);
        apply.setText(Messages.applyEffect);
        apply.addListener(SWT.Selection, e -> applyChosenEffect());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(apply);
        sash.setWeights(82, 18);

        DropTarget drop = new DropTarget(canvas.control(), DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] { AssetTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof List<?> ids) {
                    Point p = canvas.control().toControl(event.x, event.y);
                    dropAssets(ids.stream().map(String::valueOf).toList(), p.x, p.y);
                }
            }
        });

        makeActions();
        Registries.editorOperations().addChangeListener(registryListener);
        ProjectSession.getDefault().addListener(sessionListener);
        refreshPalette();
        sessionChanged();
    }

    private void makeActions() {
        undo = new Action(Messages.undo) {
            @Override
            public void run() {
                canvas.undo();
            }
        };
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
        redo = new Action(Messages.redo) {
            @Override
            public void run() {
                canvas.redo();
            }
        };
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
        render = new Action(Messages.render) {
            @Override
            public void run() {
                render();
            }
        };
        render.setId("io.tessera.ui.timeline.render"); //$NON-NLS-1$
        renderRange = new Action(Messages.renderRange) {
            @Override
            public void run() {
                renderRange();
            }
        };
        renderRange.setId("io.tessera.ui.timeline.renderRange"); //$NON-NLS-1$
        Action zoomIn = new Action(Messages.zoomIn) {
            @Override
            public void run() {
                canvas.zoom(1.25);
            }
        };
        Action zoomOut = new Action(Messages.zoomOut) {
            @Override
            public void run() {
                canvas.zoom(0.8);
            }
        };
        Action split = new Action(Messages.split) {
            @Override
            public void run() {
                canvas.splitAtPlayhead();
            }
        };
        Action fit = new Action(Messages.fit) {
            @Override
            public void run() {
                fitToWindow();
            }
        };
        var bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        IToolBarManager tb = bars.getToolBarManager();
        tb.add(split);
        tb.add(zoomOut);
        tb.add(zoomIn);
        tb.add(fit);
        tb.add(render);
        bars.getMenuManager().add(render);
        bars.getMenuManager().add(renderRange);
        bars.getMenuManager().add(new org.eclipse.jface.action.Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        bars.updateActionBars();
    }

    /** A list of editor operations by name, with the contribution's description as the tooltip. */
    private static ListViewer operationList(Composite parent) {
        ListViewer list = new ListViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ContributionDescriptor<?>) element).name();
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.getControl());
        list.addSelectionChangedListener(e -> list.getControl().setToolTipText(
                e.getStructuredSelection().getFirstElement() instanceof ContributionDescriptor<?> d ? d.attribute("description").orElse(null) : null)); //$NON-NLS-1$
        return list;
    }

    /** Transitions and effects as the registry has them now: a plugin installed or removed shows at once. */
    private void refreshPalette() {
        if (palette == null || palette.getControl().isDisposed()) {
            return;
        }
        palette.setInput(operations("transition")); //$NON-NLS-1$
        effects.setInput(operations("effect")); //$NON-NLS-1$
    }

    private static List<ContributionDescriptor<?>> operations(String kind) {
        List<ContributionDescriptor<?>> found = new ArrayList<>();
        for (var d : Registries.editorOperations().descriptors()) {
            if (kind.equals(d.attribute("kind").orElse(null)) && d.problem().isEmpty()) { //$NON-NLS-1$
                found.add(d);
            }
        }
        return found;
    }

    private void applyChosenEffect() {
        IStructuredSelection s = effects.getStructuredSelection();
        if (s.isEmpty()) {
            showError(Messages.chooseEffect);
            return;
        }
        applyEffect(((ContributionDescriptor<?>) s.getFirstElement()).id());
    }

    /** Adds the effect to the selected clip as one undoable edit; the render applies it to every frame of the clip. */
    public boolean applyEffect(String operationId) {
        ClipItem item = canvas.selectedItem();
        if (item == null) {
            showError(Messages.selectClipForEffect);
            return false;
        }
        ProjectSession.getDefault().editor().addEffect(item, operationId, Map.of());
        showError(null);
        canvas.control().redraw();
        return true;
    }

    private void sessionChanged() {
        if (canvas == null || canvas.control().isDisposed()) {
            return;
        }
        if (projectStack.followOpenProject()) {
            canvas.setMarks(-1, -1); // marks are frames of the timeline that was open
        }
        changed();
    }

    /** After every edit, undo and redo: redraw, and tell the workbench whether the project is dirty. */
    private void changed() {
        if (canvas == null || canvas.control().isDisposed()) {
            return;
        }
        CommandStack s = projectStack.stack();
        undo.setEnabled(s != null && s.canUndo());
        redo.setEnabled(s != null && s.canRedo());
        undo.setText(s != null && s.getUndoCommand() != null ? NLS.bind(Messages.undoWhat, s.getUndoCommand().getLabel()) : Messages.undo);
        redo.setText(s != null && s.getRedoCommand() != null ? NLS.bind(Messages.redoWhat, s.getRedoCommand().getLabel()) : Messages.redo);
        canvas.setPlayhead(canvas.playhead()); // clamps to the new end
        canvas.control().redraw();
        firePropertyChange(PROP_DIRTY);
        Project p = ProjectSession.getDefault().project();
        setContentDescription(p == null || p.getTimeline() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.timelineDescription, new Object[] { p.getTimeline().getName(), p.getTimeline().getFps(),
                        GenerateView.fmt(Timelines.duration(p.getTimeline())) }));
    }

    /** Reports a refused edit in the status line (null clears it). */
    private void showError(String message) {
        lastError = message;
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    /** The last refusal shown in the status line, or null after a successful edit. */
    public String lastError() {
        return lastError;
    }

    /**
     * What a drop of Library clips does: at {@code (x, y)} of the timeline, each clip in turn is placed whole on the
     * video track under the point (the first video track elsewhere); past the end of that track it is appended,
     * else it overwrites what is there from the drop frame on. The first drop makes the timeline at the clip's rate.
     */
    public boolean dropAssets(List<String> ids, int x, int y) {
        ProjectSession session = ProjectSession.getDefault();
        TimelineEditor editor = session.editor();
        if (editor == null) {
            return false;
        }
        boolean all = true;
        for (String id : ids) {
            MediaAsset asset = session.project().getAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElse(null);
            if (asset == null) {
                showError(NLS.bind(Messages.noSuchAsset, id));
                all = false;
                continue;
            }
            editor.timeline(Math.max(1, asset.getFps()));
            Track over = canvas.trackAt(y);
            Track track = over != null && over.getKind() == TrackKind.VIDEO ? over : editor.track(TrackKind.VIDEO);
            FrameClock c = editor.clock();
            double at = c.snap(canvas.timeAt(x));
            double out = c.snap(asset.getDurationSeconds());
            try {
                ClipItem item = at >= Timelines.end(track) - c.tolerance() ? editor.append(track, asset, 0, out)
                        : editor.overwrite(track, asset, 0, out, at);
                canvas.select(item);
                showError(null);
            } catch (EditException e) {
                showError(e.getMessage());
                all = false;
            }
        }
        canvas.control().redraw();
        return all;
    }

    /** Adds the transition chosen in the palette on the selected cut (or the cut after the selected item). */
    private void addChosenTransition() {
        IStructuredSelection s = palette.getStructuredSelection();
        if (s.isEmpty()) {
            showError(Messages.chooseTransition);
            return;
        }
        addTransition(((ContributionDescriptor<?>) s.getFirstElement()).id());
    }

    public boolean addTransition(String kind) {
        TimelineEditor editor = ProjectSession.getDefault().editor();
        TimelineCanvas.Cut cut = canvas.selectedCut();
        if (cut == null && canvas.selectedItem() != null) {
            ClipItem item = canvas.selectedItem();
            FrameClock c = editor.clock();
            for (ClipItem next : ((Track) item.eContainer()).getItems()) {
                if (next != item && c.same(next.getStart(), Timelines.end(item))) {
                    cut = new TimelineCanvas.Cut(item, next);
                }
            }
        }
        if (cut == null) {
            showError(Messages.selectCut);
            return false;
        }
        TimelineCanvas.Cut at = cut;
        try {
            editor.addTransition(kind, at.from(), at.to(), 0.5, Map.of());
            showError(null);
            return true;
        } catch (EditException e) {
            showError(e.getMessage());
            return false;
        } finally {
            canvas.control().redraw();
        }
    }

    /** Starts rendering the timeline as it is now; the job shows in the Progress view and can be cancelled there. */
    public RenderJob render() {
        return render(null);
    }

    /**
     * Renders from the in mark (the start without one) to the out mark (the end without one); refused, with the
     * reason in the status line, when neither is set or they hold no frame.
     */
    public RenderJob renderRange() {
        long in = canvas.markIn();
        long out = canvas.markOut();
        long end = canvas.clock().frame(timelineSeconds());
        long first = in >= 0 ? in : 0;
        long last = out >= 0 ? out : end;
        if (in < 0 && out < 0 || last <= first) {
            showError(Messages.noRange);
            return null;
        }
        return render(new FrameRange(first, last));
    }

    private static double timelineSeconds() {
        Project p = ProjectSession.getDefault().project();
        return p == null || p.getTimeline() == null ? 0 : Timelines.duration(p.getTimeline());
    }

    private RenderJob render(FrameRange range) {
        ProjectSession session = ProjectSession.getDefault();
        if (session.project() == null || session.project().getTimeline() == null) {
            showError(Messages.nothingToRender);
            return null;
        }
        RenderJob job = new RenderJob(session, range);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> {
                    if (!canvas.control().isDisposed()) {
                        getViewSite().getActionBars().getStatusLineManager().setMessage(event.getResult().getMessage());
                    }
                });
            }
        });
        lastRender = job;
        job.schedule();
        return job;
    }

    public RenderJob lastRender() {
        return lastRender;
    }

    public void fitToWindow() {
        Project p = ProjectSession.getDefault().project();
        double length = p == null || p.getTimeline() == null ? 0 : Timelines.duration(p.getTimeline());
        int width = canvas.control().getClientArea().width - TimelineCanvas.HEADER - 20;
        if (length > 0 && width > 50) {
            canvas.setPixelsPerSecond(width / length);
            canvas.scrollTo(0);
        }
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    public ListViewer palette() {
        return palette;
    }

    public ListViewer effects() {
        return effects;
    }

    public IAction renderAction() {
        return render;
    }

    public IAction renderRangeAction() {
        return renderRange;
    }

    // ---- ISaveablePart: the project is what is saved

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            ProjectSession.getDefault().save();
            firePropertyChange(PROP_DIRTY);
            getViewSite().getActionBars().getStatusLineManager()
                    .setMessage(NLS.bind(Messages.saved, ProjectSession.getDefault().file()));
        } catch (ProjectStoreException e) {
            showError(e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // Save As belongs to the project, not the timeline (File > Save As comes with the New Project work)
    }

    @Override
    public boolean isDirty() {
        return ProjectSession.getDefault().isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void dispose() {
        Registries.editorOperations().removeChangeListener(registryListener);
        ProjectSession.getDefault().removeListener(sessionListener);
        projectStack.dispose();
        super.dispose();
    }
}
