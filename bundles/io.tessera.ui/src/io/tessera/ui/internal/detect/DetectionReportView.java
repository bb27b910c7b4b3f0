package io.tessera.ui.internal.detect;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.tessera.core.detect.Finding;
import io.tessera.detection.DetectionReport;
import io.tessera.detection.DetectionService;
import io.tessera.detection.DetectorEvidence;
import io.tessera.model.MediaAsset;
import io.tessera.ui.internal.ProjectSession;

/**
 * Runs the detectors (io.tessera.detection's DetectionService, what {@code tessera detect} runs) on the clip selected
 * in the Library, as a job, and shows the verdict, its score and reasons, and each detector's findings: frame range,
 * score and message.
 */
public final class DetectionReportView extends ViewPart {
    private Label clip;
    private Label verdict;
    private Label keptNote;
    private List reasons;
    private TreeViewer evidence;
    private Button run;
    private MediaAsset selected;
    private volatile DetectionReport report;
    private volatile Job lastJob;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        clip = new Label(body, SWT.NONE);
        clip.setText(DetectMessages.selectClip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clip);
        run = new Button(body, SWT.PUSH);
        run.setText(DetectMessages.run);
        run.setEnabled(false);
        run.addListener(SWT.Selection, e -> inspectSelected());
        verdict = new Label(body, SWT.NONE);
        verdict.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        verdict.setText(""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(verdict);
        keptNote = new Label(body, SWT.WRAP);
        keptNote.setText(""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(keptNote);
        reasons = new List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 70).applyTo(reasons);
        evidence = new TreeViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        evidence.getTree().setHeaderVisible(true);
        evidence.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(evidence.getControl());
        evidence.setContentProvider(new EvidenceContent());
        column(DetectMessages.colDetector, 200, o -> o instanceof DetectorEvidence d ? d.name() : ((Finding) o).kind());
        column(DetectMessages.colFrames, 90, o -> o instanceof Finding f ? frames(f) : ""); //$NON-NLS-1$
        column(DetectMessages.colScore, 60, o -> String.format(Locale.ROOT, "%.3f", //$NON-NLS-1$
                o instanceof DetectorEvidence d ? d.score() : ((Finding) o).score()));
        column(DetectMessages.colMessage, 420, o -> o instanceof DetectorEvidence d
                ? (d.failed() ? NLS.bind(DetectMessages.detectorFailed, d.error()) : NLS.bind(DetectMessages.findings, d.findings().size()))
                : ((Finding) o).message());
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
        selectionChanged(null, getSite().getWorkbenchWindow().getSelectionService().getSelection());
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(evidence, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply(element);
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
    }

    private static String frames(Finding f) {
        return f.wholeFile() ? DetectMessages.wholeFile : f.startFrame() + "\u2013" + f.endFrame(); //$NON-NLS-1$
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (part == this || clip == null || clip.isDisposed()) {
            return;
        }
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof MediaAsset a) {
            selected = a;
            clip.setText(NLS.bind(DetectMessages.clip, Path.of(a.getFile()).getFileName()));
            run.setEnabled(true);
            keptNote.setText(StoredReports.latest(ProjectSession.getDefault().project(), a)
                    .map(r -> NLS.bind(DetectMessages.stored, StoredReports.describe(r))).orElse("")); //$NON-NLS-1$
            clip.getParent().layout(true);
        }
    }

    /** Starts the detection of the clip selected in the Library; null when none is selected. */
    public Job inspectSelected() {
        MediaAsset a = selected;
        if (a == null) {
            return null;
        }
        return inspect(ProjectSession.getDefault().resolve(a.getFile()));
    }

    /** Starts the detection of {@code file} as a job; the view shows the report when it is done. */
    public Job inspect(Path file) {
        Display display = getSite().getShell().getDisplay();
        verdict.setText(NLS.bind(DetectMessages.running, file.getFileName()));
        reasons.removeAll();
        keptNote.setText(""); //$NON-NLS-1$
        evidence.setInput(null);
        run.setEnabled(false);
        report = null;
        Job job = new Job(NLS.bind(DetectMessages.jobName, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    DetectionReport r = new DetectionService().inspect(file, monitor);
                    display.asyncExec(() -> show(r));
                    return Status.OK_STATUS;
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    display.asyncExec(() -> failed(DetectMessages.cancelled));
                    return Status.CANCEL_STATUS;
                } catch (java.io.IOException | RuntimeException e) {
                    display.asyncExec(() -> failed(e.getMessage()));
                    return Status.error(NLS.bind(DetectMessages.jobFailed, file, e.getMessage()), e);
                }
            }
        };
        job.setUser(false);
        lastJob = job;
        job.schedule();
        return job;
    }

    private void show(DetectionReport r) {
        if (verdict.isDisposed()) {
            return;
        }
        report = r;
        verdict.setText(NLS.bind(DetectMessages.verdict, r.verdict().label(), String.format(Locale.ROOT, "%.3f", r.score()))); //$NON-NLS-1$
        verdict.setForeground(verdict.getDisplay().getSystemColor(switch (r.verdict()) {
        case GENERATED -> SWT.COLOR_DARK_RED;
        case NOT_GENERATED -> SWT.COLOR_DARK_GREEN;
        default -> SWT.COLOR_DARK_YELLOW;
        }));
        reasons.removeAll();
        r.reasons().forEach(reasons::add);
        evidence.setInput(r);
        evidence.expandAll();
        run.setEnabled(selected != null);
        keep(r);
        verdict.getParent().layout(true);
    }

    /** Every report is kept in the open project (as {@code tessera detect --project} does), as an undoable edit. */
    private void keep(DetectionReport r) {
        ProjectSession session = ProjectSession.getDefault();
        if (session.project() == null || session.domain() == null) {
            return;
        }
        session.domain().getCommandStack().execute(new KeepReportCommand(session.project(), session.file(), r));
        keptNote.setText(DetectMessages.kept);
    }

    private void failed(String why) {
        if (verdict.isDisposed()) {
            return;
        }
        verdict.setText(NLS.bind(DetectMessages.failed, why));
        run.setEnabled(selected != null);
    }

    public DetectionReport report() {
        return report;
    }

    public Job lastJob() {
        return lastJob;
    }

    public String verdictText() {
        return verdict.getText();
    }

    public TreeViewer evidenceViewer() {
        return evidence;
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
        super.dispose();
    }

    /** Detectors at the top, their findings below them. */
    private static final class EvidenceContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof DetectionReport r ? r.evidence().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof DetectorEvidence d ? d.findings().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof DetectorEvidence d && !d.findings().isEmpty();
        }
    }
}
