package io.tessera.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.EngineLimits;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationJob;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.watermark.Marking;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectSession;

/**
 * What to make and with which engine. The cost estimate and the generation both run as jobs: the engine is
 * contributed code that may load a model, so nothing here calls it on the UI thread.
 */
public final class GenerateView extends ViewPart {
    private Text prompt;
    private ComboViewer engines;
    private Label capabilities;
    private Spinner seconds;
    private Combo size;
    private Spinner fps;
    private Spinner seed;
    private Spinner steps;
    private Spinner guidance;
    private Button sound;
    private Label cost;
    private Button generate;
    private Label status;
    private final EstimateJob estimator = new EstimateJob();
    private final Runnable registryListener = () -> runOnUi(this::refreshEngines);
    private volatile GenerationJob lastJob;
    private Display display;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(body);

        label(body, Messages.prompt, 2);
        prompt = new Text(body, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        prompt.setMessage(Messages.promptHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, prompt.getLineHeight() * 5).applyTo(prompt);

        label(body, Messages.engine, 1);
        engines = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        engines.setContentProvider(ArrayContentProvider.getInstance());
        engines.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                EngineDescriptor d = (EngineDescriptor) element;
                return d.name() + " (" + d.id() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(engines.getControl());
        capabilities = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(capabilities);

        seconds = spinner(body, Messages.seconds, 1, 1, 600, 40);
        label(body, Messages.size, 1);
        size = new Combo(body, SWT.DROP_DOWN | SWT.BORDER);
        size.setItems("128x128", "256x256", "512x288", "640x360", "1280x720", "1920x1080"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        size.setText("256x256"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(size);
        fps = spinner(body, Messages.fps, 0, 1, 60, 24);

        label(body, Messages.seed, 1);
        Composite seedRow = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(seedRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(seedRow);
        seed = new Spinner(seedRow, SWT.BORDER);
        seed.setValues(1, 0, Integer.MAX_VALUE, 0, 1, 100);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(seed);
        Button random = new Button(seedRow, SWT.PUSH);
        random.setText(Messages.randomSeed);
        random.addListener(SWT.Selection, e -> seed.setSelection(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE)));

        steps = spinner(body, Messages.steps, 0, 1, 200, 20);
        guidance = spinner(body, Messages.guidance, 1, 0, 300, 40);
        sound = new Button(body, SWT.CHECK);
        sound.setText(Messages.sound);
        sound.setSelection(io.tessera.ui.internal.prefs.StudioPreferences.bool(io.tessera.ui.internal.prefs.StudioPreferences.GENERATE_SOUND, true));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(sound);

        cost = new Label(body, SWT.WRAP);
        cost.setText(Messages.estimating);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(cost);

        generate = new Button(body, SWT.PUSH);
        generate.setText(Messages.generate);
        GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(generate);
        generate.addListener(SWT.Selection, e -> generate());

        status = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(status);

        engines.addSelectionChangedListener(e -> engineChanged());
        for (Control c : new Control[] { prompt, seconds, size, fps, seed, steps, guidance }) {
            c.addListener(SWT.Modify, e -> estimateLater());
        }
        Registries.engines().addChangeListener(registryListener);
        refreshEngines();
    }

    private static void label(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        GridDataFactory.swtDefaults().span(span, 1).applyTo(l);
    }

    private static Spinner spinner(Composite parent, String text, int digits, int min, int max, int value) {
        label(parent, text, 1);
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(value, min, max, digits, 1, 10);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(s);
        return s;
    }

    private void refreshEngines() {
        if (engines.getControl().isDisposed()) {
            return;
        }
        EngineDescriptor selected = selectedEngine();
        List<EngineDescriptor> all = Registries.engines().descriptors().stream().filter(d -> d.problem().isEmpty()).toList();
        engines.setInput(all);
        EngineDescriptor keep = selected != null && all.contains(selected) ? selected
                : Registries.engines().defaultEngine().orElse(all.isEmpty() ? null : all.get(0));
        if (keep != null) {
            engines.setSelection(new StructuredSelection(keep), true);
        }
        engineChanged();
    }

    private void engineChanged() {
        EngineDescriptor d = selectedEngine();
        if (d == null) {
            capabilities.setText(Messages.noEngine);
            generate.setEnabled(false);
            return;
        }
        generate.setEnabled(true);
        String caps = d.capabilities().stream().map(EngineCapability::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
        EngineLimits l = d.limits();
        capabilities.setText(NLS.bind(Messages.capabilities, caps) + "\n" + NLS.bind(Messages.limits, //$NON-NLS-1$
                new Object[] { fmt(l.maxSeconds()), l.maxWidth(), l.maxHeight(), l.minFps(), l.maxFps() }));
        seconds.setMaximum((int) Math.round(l.maxSeconds() * 10));
        fps.setMinimum(l.minFps());
        fps.setMaximum(l.maxFps());
        capabilities.getParent().layout(true, true);
        estimateLater();
    }

    /** The engine chosen in the combo, or null. */
    public EngineDescriptor selectedEngine() {
        IStructuredSelection s = engines.getStructuredSelection();
        return s.isEmpty() ? null : (EngineDescriptor) s.getFirstElement();
    }

    /** Chooses the engine with this id, as picking it in the combo does; false when no such engine is installed. */
    public boolean selectEngine(String id) {
        Object input = engines.getInput();
        if (input instanceof List<?> list) {
            for (Object o : list) {
                if (((EngineDescriptor) o).id().equals(id)) {
                    engines.setSelection(new StructuredSelection(o), true);
                    return true;
                }
            }
        }
        return false;
    }

    /** The request the fields describe, or null when one of them cannot be read (the status line says which). */
    GenerationRequest request() {
        int[] wh = parseSize(size.getText());
        if (wh == null) {
            return null;
        }
        return GenerationRequest.builder(prompt.getText().strip()).seconds(seconds.getSelection() / 10.0).fps(fps.getSelection())
                .size(wh[0], wh[1]).seed(seed.getSelection()).steps(steps.getSelection()).guidance(guidance.getSelection() / 10.0)
                .build();
    }

    static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x\u00d7]"); //$NON-NLS-1$
        if (parts.length != 2) {
            return null;
        }
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            return w > 0 && h > 0 ? new int[] { w, h } : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void estimateLater() {
        EngineDescriptor d = selectedEngine();
        GenerationRequest r = request();
        if (d == null || r == null) {
            cost.setText(r == null ? Messages.badSize : Messages.noEngine);
            return;
        }
        estimator.cancel();
        estimator.set(d, r);
        estimator.schedule(150);
    }

    /** Starts a generation job for what the fields say; returns it, or null when the fields are not usable. */
    public GenerationJob generate() {
        EngineDescriptor d = selectedEngine();
        GenerationRequest r = request();
        if (d == null) {
            status.setText(Messages.noEngine);
            return null;
        }
        if (r == null) {
            status.setText(Messages.badSize);
            return null;
        }
        if (r.prompt().isEmpty()) {
            status.setText(Messages.emptyPrompt);
            return null;
        }
        ProjectSession session = ProjectSession.getDefault();
        Path output = outputFor(session.mediaFolder(), d.id(), r.seed());
        GenerationPlan plan = new GenerationPlan(r, d.id(), output, session.file(), Marking.ALL, sound.getSelection());
        GenerationJob job = new GenerationJob(plan, new GenerationPipeline());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // read the project back here, on the job's thread; only the widgets are touched on the UI thread
                session.reload();
                display.asyncExec(() -> finished(job, event.getResult()));
            }
        });
        lastJob = job;
        status.setText(NLS.bind(Messages.scheduled, output.getFileName()));
        status.getParent().layout(true, true);
        job.schedule();
        return job;
    }

    private void finished(GenerationJob job, IStatus result) {
        if (status.isDisposed()) {
            return;
        }
        GenerationResult r = job.result();
        if (r != null) {
            status.setText(NLS.bind(Messages.finished, new Object[] { r.output().getFileName(), r.frames(), fmt(r.elapsedSeconds()) }));
        } else if (result.getSeverity() == IStatus.CANCEL) {
            status.setText(Messages.cancelled);
        } else {
            status.setText(NLS.bind(Messages.failed, result.getMessage()));
        }
        status.getParent().layout(true, true);
    }

    static Path outputFor(Path folder, String engineId, long seed) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
        String base = "clip-" + stamp + "-" + engineId + "-s" + seed; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path p = folder.resolve(base + ".mp4"); //$NON-NLS-1$
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "-" + i + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return p;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void runOnUi(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    /**
     * Fills the fields from a storyboard shot: its prompt, engine (when installed), length, size, fps, seed, steps and
     * guidance, as the Storyboard view's "Open in Generate" does.
     */
    public void fillFrom(io.tessera.model.Shot shot) {
        prompt.setText(shot.getPrompt() == null ? "" : shot.getPrompt()); //$NON-NLS-1$
        io.tessera.model.GenerationSettings s = shot.getSettings();
        if (s != null) {
            if (s.getEngineId() != null) {
                selectEngine(s.getEngineId());
            }
            seconds.setSelection((int) Math.round(s.getSeconds() * 10));
            size.setText(s.getWidth() + "x" + s.getHeight()); //$NON-NLS-1$
            fps.setSelection(s.getFps());
            seed.setSelection((int) Math.min(Integer.MAX_VALUE, Math.max(0, s.getSeed())));
            steps.setSelection(s.getSteps());
            guidance.setSelection((int) Math.round(s.getGuidance() * 10));
        }
        estimateLater();
    }

    public Text promptText() {
        return prompt;
    }

    public Spinner secondsSpinner() {
        return seconds;
    }

    public Combo sizeCombo() {
        return size;
    }

    public Spinner fpsSpinner() {
        return fps;
    }

    public Spinner seedSpinner() {
        return seed;
    }

    public Button soundButton() {
        return sound;
    }

    public Button generateButton() {
        return generate;
    }

    public Label costLabel() {
        return cost;
    }

    public Label capabilitiesLabel() {
        return capabilities;
    }

    public Label statusLabel() {
        return status;
    }

    public ComboViewer engineViewer() {
        return engines;
    }

    /** The last job this view started, or null. */
    public GenerationJob lastJob() {
        return lastJob;
    }

    @Override
    public void setFocus() {
        prompt.setFocus();
    }

    @Override
    public void dispose() {
        Registries.engines().removeChangeListener(registryListener);
        estimator.cancel();
        super.dispose();
    }

    /** Asks the chosen engine what the request would cost, off the UI thread, and shows the answer. */
    private final class EstimateJob extends Job {
        private volatile EngineDescriptor descriptor;
        private volatile GenerationRequest request;

        EstimateJob() {
            super("Estimating the cost"); //$NON-NLS-1$
            setSystem(true);
        }

        void set(EngineDescriptor d, GenerationRequest r) {
            descriptor = d;
            request = r;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            EngineDescriptor d = descriptor;
            GenerationRequest r = request;
            String text;
            String basis = ""; //$NON-NLS-1$
            try {
                d.limits().check(r);
                CostEstimate c = GenerationPipeline.engineOf(d).estimate(r);
                text = NLS.bind(Messages.estimate, new Object[] { fmt(c.computeSeconds()),
                        String.format(Locale.ROOT, "%.0f", c.peakMemoryBytes() / 1e6), //$NON-NLS-1$
                        String.format(Locale.ROOT, "%.2f", c.money()), c.currency() }); //$NON-NLS-1$
                basis = c.basis() == null ? "" : c.basis(); //$NON-NLS-1$
            } catch (Exception | LinkageError e) {
                // contributed code: whatever it throws is shown, never propagated
                text = NLS.bind(Messages.estimateUnavailable, e.getMessage());
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            String shown = text;
            String tip = basis;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!cost.isDisposed()) {
                        cost.setText(shown);
                        cost.setToolTipText(tip);
                        cost.getParent().layout(true, true);
                    }
                });
            }
            return Status.OK_STATUS;
        }
    }
}
