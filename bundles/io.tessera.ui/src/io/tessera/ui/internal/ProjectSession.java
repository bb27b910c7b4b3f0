package io.tessera.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;

import io.tessera.editor.TimelineEditor;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectEditing;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import io.tessera.ui.StudioIds;

/**
 * The project the studio has open: its file, the last state read from it, and who wants to hear when it changes.
 * Jobs write the project file (the pipeline records each take); the session reads it back with {@link #reload()}.
 * <p>
 * The open project is edited in memory through one EMF editing domain ({@link #editor()}), so every timeline edit
 * is undoable and the command stack's save point says whether the project is dirty. Reading the file back while the
 * project is open never throws those edits away: assets and shots the file has and memory lacks (what a job just
 * recorded) are merged into the open project, on the UI thread, outside the command stack (they are already on
 * disk). Opening another file replaces the project and starts a new command stack.
 * <p>
 * Listeners are called on the UI thread when there is a workbench display (else on the caller's) and must not block.
 */
public final class ProjectSession {
    private static final ProjectSession DEFAULT = new ProjectSession();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Path file;
    private volatile Project project;
    private EditingDomain domain;
    private TimelineEditor editor;

    public static ProjectSession getDefault() {
        return DEFAULT;
    }

    /** {@code -Dtessera.project=FILE}, else {@code ~/Tessera/Untitled.tessera}. */
    public static Path defaultProjectFile() {
        String configured = System.getProperty("tessera.project"); //$NON-NLS-1$
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), "Tessera", "Untitled.tessera"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Opens a project file (a missing one is a new, empty project): a new project and a new command stack. */
    public void open(Path projectFile) {
        Path f = projectFile.toAbsolutePath();
        Project read = read(f);
        onUi(() -> {
            this.file = f;
            this.project = read;
            this.domain = ProjectEditing.editingDomain(read);
            this.editor = new TimelineEditor(read, domain);
            fire();
        });
    }

    /**
     * Reads the project file again and merges what it has that the open project lacks (assets and shots, by id) into
     * the open project; unsaved edits stay. Safe to call from a job's thread: the file is read there, the model is
     * changed on the UI thread.
     */
    public void reload() {
        Path f = file;
        if (f == null) {
            return;
        }
        Project read = read(f);
        onUi(() -> {
            if (project == null || !f.equals(file)) {
                return;
            }
            merge(read, project);
            fire();
        });
    }

    private static Project read(Path f) {
        try {
            return ProjectStore.loadOrCreate(f);
        } catch (ProjectStoreException e) {
            ILog.of(ProjectSession.class).log(Status.error("Could not read the project " + f + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
            return ProjectStore.create(f.getFileName().toString());
        }
    }

    /** Adds to {@code open} copies of the assets and shots of {@code read} it does not have (same id). */
    static void merge(Project read, Project open) {
        java.util.Map<String, MediaAsset> byId = new java.util.HashMap<>();
        open.getAssets().forEach(a -> byId.put(a.getId(), a));
        for (MediaAsset a : List.copyOf(read.getAssets())) {
            if (a.getId() != null && !byId.containsKey(a.getId())) {
                MediaAsset copy = EcoreUtil.copy(a);
                open.getAssets().add(copy);
                byId.put(copy.getId(), copy);
            }
        }
        java.util.Set<String> shots = new java.util.HashSet<>();
        open.getShots().forEach(s -> shots.add(s.getId()));
        for (Shot s : List.copyOf(read.getShots())) {
            if (s.getId() == null || shots.contains(s.getId())) {
                continue;
            }
            Shot copy = EcoreUtil.copy(s);
            copy.getTakes().clear();
            for (MediaAsset take : s.getTakes()) {
                MediaAsset mine = byId.get(take.getId());
                if (mine != null) {
                    copy.getTakes().add(mine);
                }
            }
            copy.setSelectedTake(s.getSelectedTake() == null ? null : byId.get(s.getSelectedTake().getId()));
            copy.setReferenceShot(null);
            open.getShots().add(copy);
        }
    }

    /** Writes the open project to its file atomically and marks the command stack's save point. */
    public void save() throws ProjectStoreException {
        ProjectStore.save(project, file);
        if (domain.getCommandStack() instanceof BasicCommandStack b) {
            b.saveIsDone();
        }
        fire();
    }

    /**
     * Writes the open project to {@code newFile} and makes that the project's file. The clips' paths, kept relative to
     * the project's folder, are rewritten for the new folder (the clips stay where they are). On the UI thread.
     */
    public void saveAs(Path newFile) throws ProjectStoreException {
        Path target = newFile.toAbsolutePath().normalize();
        Path old = file;
        for (MediaAsset a : project.getAssets()) {
            if (a.getFile() != null && old != null) {
                a.setFile(ProjectStore.relativeFile(target, resolve(a.getFile())));
            }
        }
        ProjectStore.save(project, target);
        file = target;
        if (domain.getCommandStack() instanceof BasicCommandStack b) {
            b.saveIsDone();
        }
        fire();
    }

    /** Whether the open project has edits that are not in its file. */
    public boolean isDirty() {
        return domain != null && domain.getCommandStack() instanceof BasicCommandStack b && b.isSaveNeeded();
    }

    /** The editor of the open project's timeline; its command stack is the project's undo history. */
    public TimelineEditor editor() {
        return editor;
    }

    public EditingDomain domain() {
        return domain;
    }

    private static void onUi(Runnable r) {
        Display d = Display.getCurrent();
        if (d != null || !org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            r.run();
            return;
        }
        Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.syncExec(r);
        }
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                ILog.of(ProjectSession.class).log(Status.error("A project listener failed", e)); //$NON-NLS-1$
            }
        }
    }

    public Path file() {
        return file;
    }

    public Project project() {
        return project;
    }

    public String projectName() {
        Project p = project;
        return p == null ? null : p.getName();
    }

    /** Where the studio writes the clips it generates for this project: {@code media/} beside the project file. */
    public Path mediaFolder() {
        Path f = file;
        return f == null ? Path.of(System.getProperty("user.home"), "Tessera", "media") : f.getParent().resolve("media"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The absolute path of a file the project names (project files store paths relative to their folder). */
    public Path resolve(String projectRelative) {
        Path p = Path.of(projectRelative);
        Path f = file;
        return p.isAbsolute() || f == null ? p : f.getParent().resolve(p).normalize();
    }

    public boolean exists() {
        Path f = file;
        return f != null && Files.exists(f);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    static String pluginId() {
        return StudioIds.PLUGIN_ID;
    }
}
