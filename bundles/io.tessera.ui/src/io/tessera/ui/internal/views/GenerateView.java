package io.tessera.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.prefs.StudioPreferences;

/**
 * What to make and with which engine. The cost estimate and the generation both run as jobs: the engine is
 * contributed code that may load a model, so nothing here calls it on the UI thread.
 * <p>
 * The prompts generated are kept in a {@link PromptHistory} (History button, Ctrl/Alt+Up and Down in the prompt);
 * the seed is drawn anew after each generation unless it is locked; a source image or video ({@link SourcePanel})
 * is dropped on the view or browsed for.
 */
public final class GenerateView extends ViewPart {
    private Text prompt;
    private ComboViewer engines;
    private Label capabilities;
    private Spinner seconds;
    private Combo size;
    private Spinner fps;
    private Spinner seed;
    private Button seedLock;
    private Button historyButton;
    private Menu historyMenu;
    private PromptHistory history;
    private int historyCursor = -1;
    private String historyDraft;
    private SourcePanel source;
    private SourceDropTarget sourceDrop;
    private ScrolledComposite scroller;
    private Composite body;
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
        history = PromptHistory.load(preferences(), StudioPreferences.PROMPT_HISTORY);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, e -> relayout());
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(body);

        Composite promptRow = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(promptRow);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(promptRow);
        Label promptLabel = new Label(promptRow, SWT.NONE);
        promptLabel.setText(Messages.prompt);
        GridDataFactory.swtDefaults().grab(true, false).align(SWT.BEGINNING, SWT.END).applyTo(promptLabel);
        historyButton = new Button(promptRow, SWT.PUSH);
        historyButton.setText(GenerateMessages.history);
        historyButton.setToolTipText(GenerateMessages.historyTip);
        historyButton.addListener(SWT.Selection, e -> showHistoryMenu());
        prompt = new Text(body, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        prompt.setMessage(Messages.promptHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, prompt.getLineHeight() * 5).applyTo(prompt);
        prompt.addListener(SWT.KeyDown, this::promptKey);

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
        source = new SourcePanel(body, this::selectedEngine, this::estimateLater, this::relayout);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(source.control());
        List<Control> dropOn = new ArrayList<>(source.dropControls());
        dropOn.add(body);
        sourceDrop = SourceDropTarget.install(source, dropOn);

        seconds = spinner(body, Messages.seconds, 1, 1, 600, 40);
        label(body, Messages.size, 1);
        size = new Combo(body, SWT.DROP_DOWN | SWT.BORDER);
        size.setItems("128x128", "256x256", "512x288", "640x360", "1280x720", "1920x1080"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        size.setText("256x256"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(size);
        fps = spinner(body, Messages.fps, 0, 1, 60, 24);

        label(body, Messages.seed, 1);
        Composite seedRow = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(seedRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(seedRow);
        seed = new Spinner(seedRow, SWT.BORDER);
        seed.setValues(1, 0, Integer.MAX_VALUE, 0, 1, 100);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(seed);
        seedLock = new Button(seedRow, SWT.CHECK);
        seedLock.setText(GenerateMessages.lockSeed);
        seedLock.setToolTipText(GenerateMessages.lockSeedTip);
        seedLock.setSelection(preferences().getBoolean(StudioPreferences.SEED_LOCKED, false));
        seedLock.addListener(SWT.Selection, e -> {
            preferences().putBoolean(StudioPreferences.SEED_LOCKED, seedLock.getSelection());
            flush(preferences());
        });
        Button random = new Button(seedRow, SWT.PUSH);
        random.setText(Messages.randomSeed);
        random.setToolTipText(GenerateMessages.randomSeedTip);
        random.addListener(SWT.Selection, e -> drawSeed());

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
        relayout();
    }

    private static IEclipsePreferences preferences() {
        return ConfigurationScope.INSTANCE.getNode(StudioIds.PLUGIN_ID);
    }

    private static void flush(IEclipsePreferences node) {
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            org.eclipse.core.runtime.ILog.of(GenerateView.class).warn("Could not keep the seed lock: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    /** Lays the fields out again for the view's width and lets the view scroll when they are taller than it. */
    private void relayout() {
        if (scroller == null || scroller.isDisposed() || body == null) {
            return;
        }
        Rectangle area = scroller.getClientArea();
        Point wanted = body.computeSize(Math.max(area.width, 200), SWT.DEFAULT);
        scroller.setMinSize(Math.max(area.width, 200), wanted.y);
        body.layout(true, true);
    }

    /** A new random seed in the seed field, as the Random button gives. */
    public void drawSeed() {
        seed.setSelection(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
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
        source.engineChanged();
        relayout();
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
        GenerationRequest.Builder b = GenerationRequest.builder(prompt.getText().strip()).seconds(seconds.getSelection() / 10.0)
                .fps(fps.getSelection()).size(wh[0], wh[1]).seed(seed.getSelection()).steps(steps.getSelection())
                .guidance(guidance.getSelection() / 10.0);
        if (source != null) {
            source.applyTo(b);
        }
        return b.build();
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
        String problem = source.problem();
        if (problem != null) {
            status.setText(problem);
            relayout();
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
                display.asyncExec(() -> finished(job, event.getResult(), d.id()));
            }
        });
        lastJob = job;
        status.setText(NLS.bind(Messages.scheduled, output.getFileName()));
        relayout();
        job.schedule();
        if (!seedLock.getSelection()) {
            drawSeed(); // the job has its own copy of the request: the next one gets a new seed
        }
        return job;
    }

    private void finished(GenerationJob job, IStatus result, String engineId) {
        GenerationResult r = job.result();
        if (r != null) {
            history.add(engineId, job.plan().request());
            historyCursor = -1;
        }
        if (status.isDisposed()) {
            return;
        }
        if (r != null) {
            status.setText(NLS.bind(GenerateMessages.finishedWithSeed, new Object[] { r.output().getFileName(), r.frames(),
                    fmt(r.elapsedSeconds()), job.plan().request().seed() }));
        } else if (result.getSeverity() == IStatus.CANCEL) {
            status.setText(Messages.cancelled);
        } else {
            status.setText(NLS.bind(Messages.failed, result.getMessage()));
        }
        relayout();
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
            fillSettings(s.getEngineId(), s.getSeconds(), s.getWidth(), s.getHeight(), s.getFps(), s.getSeed(), s.getSteps(), s.getGuidance());
        }
        estimateLater();
    }

    private void fillSettings(String engineId, double secs, int width, int height, int rate, long seedValue, int stepCount, double guide) {
        if (engineId != null) {
            selectEngine(engineId);
        }
        seconds.setSelection((int) Math.round(secs * 10));
        size.setText(width + "x" + height); //$NON-NLS-1$
        fps.setSelection(rate);
        seed.setSelection((int) Math.min(Integer.MAX_VALUE, Math.max(0, seedValue)));
        steps.setSelection(stepCount);
        guidance.setSelection((int) Math.round(guide * 10));
    }

    // ---- prompt history

    /** The prompts generated so far, newest first. */
    public PromptHistory history() {
        return history;
    }

    /** Refills the prompt and the settings it was generated with from history entry {@code index} (0 = newest). */
    public void pickHistory(int index) {
        PromptHistory.Entry e = history.get(index);
        prompt.setText(e.prompt());
        fillSettings(e.engineId(), e.seconds(), e.width(), e.height(), e.fps(), e.seed(), e.steps(), e.guidance());
        historyCursor = index;
        estimateLater();
    }

    /**
     * Steps through the history in the prompt: {@code +1} one older, {@code -1} one newer; stepping newer than the
     * newest gives back what was being written. Only the prompt changes. Returns whether the prompt changed.
     */
    public boolean stepHistory(int delta) {
        int next = Math.max(-1, Math.min(history.size() - 1, historyCursor + delta));
        if (next == historyCursor) {
            return false;
        }
        if (historyCursor == -1) {
            historyDraft = prompt.getText();
        }
        historyCursor = next;
        prompt.setText(next == -1 ? (historyDraft == null ? "" : historyDraft) : history.get(next).prompt()); //$NON-NLS-1$
        prompt.setSelection(prompt.getCharCount());
        return true;
    }

    private void promptKey(Event e) {
        boolean modifier = (e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0 && (e.stateMask & SWT.SHIFT) == 0;
        if (modifier && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
            stepHistory(e.keyCode == SWT.ARROW_UP ? 1 : -1);
            e.doit = false;
        }
    }

    /** The history drop-down, built afresh from the history; shown under the History button. */
    public Menu historyMenu() {
        if (historyMenu != null && !historyMenu.isDisposed()) {
            historyMenu.dispose();
        }
        historyMenu = new Menu(historyButton);
        if (history.size() == 0) {
            MenuItem none = new MenuItem(historyMenu, SWT.PUSH);
            none.setText(GenerateMessages.historyEmpty);
            none.setEnabled(false);
        }
        for (int i = 0; i < history.size(); i++) {
            PromptHistory.Entry entry = history.get(i);
            MenuItem item = new MenuItem(historyMenu, SWT.PUSH);
            item.setText(entry.label(60).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
            item.setToolTipText(entry.engineId() == null ? entry.prompt() : NLS.bind(GenerateMessages.historyEntryTip, new Object[] {
                    entry.prompt(), entry.engineId(), entry.width() + "\u00d7" + entry.height(), fmt(entry.seconds()), entry.fps(), entry.seed() })); //$NON-NLS-1$
            int index = i;
            item.addListener(SWT.Selection, ev -> pickHistory(index));
        }
        if (history.size() > 0) {
            new MenuItem(historyMenu, SWT.SEPARATOR);
            MenuItem clearAll = new MenuItem(historyMenu, SWT.PUSH);
            clearAll.setText(GenerateMessages.historyClear);
            clearAll.addListener(SWT.Selection, ev -> {
                history.clear();
                historyCursor = -1;
            });
        }
        return historyMenu;
    }

    private void showHistoryMenu() {
        Menu menu = historyMenu();
        Rectangle b = historyButton.getBounds();
        menu.setLocation(historyButton.getParent().toDisplay(b.x, b.y + b.height));
        menu.setVisible(true);
    }

    // ---- source image or video

    /** The source image or video, or null. */
    public SourceMedia source() {
        return source.source();
    }

    /**
     * What a drop on the view does with the transferred data: file paths ({@code String[]}) or Library asset ids
     * ({@code List<String>}). Returns the job that reads the file, or null.
     */
    public Job dropSource(Object data) {
        return sourceDrop.drop(data);
    }

    /** Offers a file as the source, as Browse... does; returns the job that reads it. */
    public Job offerSource(Path file) {
        return source.offer(file, null);
    }

    /** Whether a file offered as source is still being read. */
    public boolean isReadingSource() {
        return source.isReading();
    }

    public void clearSource() {
        source.clear();
    }

    /** The source panel's message: why a file was refused, or what the mode does; empty when there is nothing to say. */
    public Label sourceMessageLabel() {
        return source.messageLabel();
    }

    public Label sourceNameLabel() {
        return source.nameLabel();
    }

    public Label sourceThumbnailLabel() {
        return source.thumbnailLabel();
    }

    public Spinner strengthSpinner() {
        return source.strengthSpinner();
    }

    public Combo sourceModeCombo() {
        return source.modeCombo();
    }

    /** Chooses what is done with a source video (restyle, extend forward, backward, loop); false when not offered. */
    public boolean selectSourceMode(String extendOption) {
        for (SourcePanel.Mode m : SourcePanel.Mode.values()) {
            if (Objects.equals(m.extendOption, extendOption)) {
                return source.selectMode(m);
            }
        }
        return false;
    }

    /** The request the fields describe now (with the source), or null when the size cannot be read. */
    public GenerationRequest currentRequest() {
        return request();
    }

    public Button seedLockButton() {
        return seedLock;
    }

    public Button historyButton() {
        return historyButton;
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
        try {
            // an engine's estimate (the DiT loads its model) cannot be interrupted: let it end before the platform stops
            estimator.join(3_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (historyMenu != null && !historyMenu.isDisposed()) {
            historyMenu.dispose();
        }
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
