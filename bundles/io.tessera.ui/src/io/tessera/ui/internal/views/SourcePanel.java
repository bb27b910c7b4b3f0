package io.tessera.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.ui.internal.ProjectSession;

/**
 * The image or video a generation starts from: a thumbnail, the file's name, Browse... and Clear, and for a video
 * the SDEdit strength and the mode (restyle, or extend forward, backward, loop when the engine can extend). Files are
 * read in a job; a file that is not what it says, or that the chosen engine cannot start from, is refused with a
 * message and the previous source stays.
 */
final class SourcePanel {
    /** What is done with a source video, and the {@code extend} option that asks the engine for it (as the CLI does). */
    enum Mode {
        RESTYLE(null), FORWARD("forward"), BACKWARD("backward"), LOOP("loop"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        final String extendOption;

        Mode(String extendOption) {
            this.extendOption = extendOption;
        }

        String label() {
            return switch (this) {
                case RESTYLE -> GenerateMessages.modeRestyle;
                case FORWARD -> GenerateMessages.modeForward;
                case BACKWARD -> GenerateMessages.modeBackward;
                case LOOP -> GenerateMessages.modeLoop;
            };
        }
    }

    private final Supplier<EngineDescriptor> engine;
    private final Runnable changed;
    private final Runnable layout;
    private final Display display;
    private final Group group;
    private final Label thumb;
    private final Label name;
    private final Label info;
    private final Button clear;
    private final Composite videoRow;
    private final Spinner strength;
    private final Combo mode;
    private final Label message;
    private final Image placeholder;
    private final List<Mode> modes = new ArrayList<>();
    private Image preview;
    private SourceMedia source;
    private volatile Job lastInspection;
    /** Files offered whose reading has not been answered on the UI thread yet. */
    private int reading;

    /**
     * @param changed called when the source or its settings change (the estimate is redone)
     * @param layout called after the panel changed size
     */
    SourcePanel(Composite parent, Supplier<EngineDescriptor> engine, Runnable changed, Runnable layout) {
        this.engine = engine;
        this.changed = changed;
        this.layout = layout;
        this.display = parent.getDisplay();
        group = new Group(parent, SWT.NONE);
        group.setText(GenerateMessages.source);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(6, 4).applyTo(group);

        placeholder = placeholder(display);
        thumb = new Label(group, SWT.BORDER | SWT.CENTER);
        thumb.setImage(placeholder);
        GridDataFactory.swtDefaults().span(1, 2).align(SWT.BEGINNING, SWT.BEGINNING).applyTo(thumb);
        thumb.setToolTipText(GenerateMessages.sourceHint);
        name = new Label(group, SWT.WRAP);
        name.setText(GenerateMessages.sourceHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(name);
        Button browse = new Button(group, SWT.PUSH);
        browse.setText(GenerateMessages.browse);
        browse.addListener(SWT.Selection, e -> browse());
        clear = new Button(group, SWT.PUSH);
        clear.setText(GenerateMessages.clear);
        clear.setEnabled(false);
        clear.addListener(SWT.Selection, e -> clear());
        info = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(120, SWT.DEFAULT).applyTo(info);

        videoRow = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(videoRow);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(videoRow);
        new Label(videoRow, SWT.NONE).setText(GenerateMessages.strength);
        strength = new Spinner(videoRow, SWT.BORDER);
        strength.setValues(60, 5, 100, 2, 5, 10);
        strength.setToolTipText(GenerateMessages.strengthTip);
        new Label(videoRow, SWT.NONE).setText(GenerateMessages.mode);
        mode = new Combo(videoRow, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(mode);
        mode.addListener(SWT.Selection, e -> modeChanged());
        strength.addListener(SWT.Modify, e -> changed.run());

        message = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(160, SWT.DEFAULT).applyTo(message);
        group.addListener(SWT.Dispose, e -> dispose());
        showSource();
    }

    private static Image placeholder(Display display) {
        Image image = new Image(display, SourceMedia.PREVIEW_W, SourceMedia.PREVIEW_H);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.fillRectangle(0, 0, SourceMedia.PREVIEW_W, SourceMedia.PREVIEW_H);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(4, 4, SourceMedia.PREVIEW_W - 9, SourceMedia.PREVIEW_H - 9);
        } finally {
            gc.dispose();
        }
        return image;
    }

    Control control() {
        return group;
    }

    /** The controls a file or clip may be dropped on. */
    List<Control> dropControls() {
        return List.of(group, thumb, name, info, message);
    }

    /** The accepted source, or null. */
    SourceMedia source() {
        return source;
    }

    /** Whether a file offered is still being read (its answer, source or refusal, is not shown yet). */
    boolean isReading() {
        return reading > 0;
    }

    /** The last job that read a file offered as source, or null. */
    Job lastInspection() {
        return lastInspection;
    }

    Label messageLabel() {
        return message;
    }

    Label nameLabel() {
        return name;
    }

    Label thumbnailLabel() {
        return thumb;
    }

    Button clearButton() {
        return clear;
    }

    Spinner strengthSpinner() {
        return strength;
    }

    Combo modeCombo() {
        return mode;
    }

    /** Reads {@code file} in a job and takes it as the source when it is a readable image or video the engine can use. */
    Job offer(Path file, String assetId) {
        say(NLS.bind(GenerateMessages.reading, file.getFileName()));
        reading++;
        Job job = Job.create(NLS.bind(GenerateMessages.readingJob, file.getFileName()), monitor -> {
            SourceMedia read = null;
            String refused = null;
            try {
                read = SourceMedia.inspect(file, assetId);
            } catch (SourceMedia.RefusedException e) {
                refused = e.getMessage();
            }
            SourceMedia ok = read;
            String why = refused;
            if (!display.isDisposed()) {
                display.asyncExec(() -> inspected(ok, why));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        lastInspection = job;
        job.schedule();
        return job;
    }

    /** A clip dragged from the Library: its file, by asset id. */
    Job offerAsset(String assetId) {
        ProjectSession session = ProjectSession.getDefault();
        Project project = session.project();
        MediaAsset asset = project == null ? null
                : project.getAssets().stream().filter(a -> assetId.equals(a.getId())).findFirst().orElse(null);
        if (asset == null || asset.getFile() == null) {
            say(NLS.bind(GenerateMessages.noSuchAsset, assetId));
            return null;
        }
        return offer(session.resolve(asset.getFile()), assetId);
    }

    private void inspected(SourceMedia read, String refused) {
        reading--;
        if (group.isDisposed()) {
            return;
        }
        String why = refused != null ? refused : refusal(read, engine.get());
        if (why != null) {
            say(why);
            return;
        }
        source = read;
        if (preview != null) {
            preview.dispose();
        }
        preview = new Image(display, PlayerView.toImageData(read.preview()));
        say(""); //$NON-NLS-1$
        showSource();
        changed.run();
    }

    /** Why {@code media} cannot start a generation with engine {@code d}, or null when it can. */
    static String refusal(SourceMedia media, EngineDescriptor d) {
        if (media == null || d == null) {
            return null;
        }
        EngineCapability needs = media.kind().needs();
        if (!d.can(needs)) {
            return NLS.bind(GenerateMessages.sourceNeeds, new Object[] { d.id(),
                    media.kind() == SourceMedia.Kind.IMAGE ? GenerateMessages.anImage : GenerateMessages.aVideo, needs.id() });
        }
        return null;
    }

    /** Why the current source and mode cannot be generated with the chosen engine, or null. */
    String problem() {
        EngineDescriptor d = engine.get();
        String why = refusal(source, d);
        if (why == null && source != null && selectedMode() != Mode.RESTYLE && d != null && !d.can(EngineCapability.EXTEND)) {
            why = NLS.bind(GenerateMessages.noExtend, d.id());
        }
        return why;
    }

    void clear() {
        source = null;
        if (preview != null) {
            preview.dispose();
            preview = null;
        }
        say(""); //$NON-NLS-1$
        showSource();
        changed.run();
    }

    /** The chosen engine changed: offer the modes it can do and say when it cannot use the source. */
    void engineChanged() {
        if (group.isDisposed()) {
            return;
        }
        Mode keep = selectedMode();
        EngineDescriptor d = engine.get();
        modes.clear();
        modes.add(Mode.RESTYLE);
        if (d != null && d.can(EngineCapability.EXTEND)) {
            modes.addAll(List.of(Mode.FORWARD, Mode.BACKWARD, Mode.LOOP));
        }
        mode.setItems(modes.stream().map(Mode::label).toArray(String[]::new));
        mode.select(Math.max(0, modes.indexOf(keep)));
        String why = problem();
        say(why == null ? "" : why); //$NON-NLS-1$
        modeChanged();
    }

    Mode selectedMode() {
        int i = mode.getSelectionIndex();
        return i < 0 || i >= modes.size() ? Mode.RESTYLE : modes.get(i);
    }

    /** Chooses a mode as picking it in the combo does; false when the engine does not offer it. */
    boolean selectMode(Mode m) {
        int i = modes.indexOf(m);
        if (i < 0) {
            return false;
        }
        mode.select(i);
        modeChanged();
        return true;
    }

    private void modeChanged() {
        boolean restyle = selectedMode() == Mode.RESTYLE;
        strength.setEnabled(restyle);
        if (source != null && source.kind() == SourceMedia.Kind.VIDEO && !restyle && problem() == null) {
            say(GenerateMessages.extendKeepsFormat);
        }
        changed.run();
    }

    /** Adds the source to a request the way {@code tessera generate --from/--strength} and {@code tessera extend} do. */
    void applyTo(GenerationRequest.Builder b) {
        if (source == null) {
            return;
        }
        b.source(source.file());
        if (source.kind() == SourceMedia.Kind.VIDEO) {
            Mode m = selectedMode();
            if (m == Mode.RESTYLE) {
                b.strength(strength.getSelection() / 100.0);
            } else {
                // as `tessera extend`: the clip's own size and rate, the whole way from the source
                b.strength(1).option("extend", m.extendOption) //$NON-NLS-1$
                        .size(source.width(), source.height()).fps(Math.max(1, (int) Math.round(source.fps())));
            }
        }
    }

    private void browse() {
        FileDialog dialog = new FileDialog(group.getShell(), SWT.OPEN);
        dialog.setText(GenerateMessages.browseTitle);
        dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.bmp;*.mp4;*.mov;*.mkv;*.webm", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        if (source != null) {
            dialog.setFilterPath(source.file().getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null && Files.exists(Path.of(chosen))) {
            offer(Path.of(chosen), null);
        }
    }

    private void showSource() {
        boolean video = source != null && source.kind() == SourceMedia.Kind.VIDEO;
        thumb.setImage(source == null ? placeholder : preview);
        thumb.setToolTipText(source == null ? GenerateMessages.sourceHint : source.file().toString());
        name.setText(source == null ? GenerateMessages.sourceHint : source.name());
        name.setToolTipText(source == null ? null : source.file().toString());
        info.setText(source == null ? "" : source.describe()); //$NON-NLS-1$
        showIf(info, source != null);
        clear.setEnabled(source != null);
        showIf(videoRow, video);
        relayout();
    }

    private static void showIf(Control c, boolean shown) {
        ((GridData) c.getLayoutData()).exclude = !shown;
        c.setVisible(shown);
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            showIf(message, !text.isEmpty());
            relayout();
        }
    }

    private void relayout() {
        group.getParent().layout(true, true);
        layout.run();
    }

    private void dispose() {
        placeholder.dispose();
        if (preview != null) {
            preview.dispose();
        }
    }
}
