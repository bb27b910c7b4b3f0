package io.tessera.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.tessera.model.Project;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import io.tessera.ui.StudioIds;

/**
 * The project the studio has open: its file, the last state read from it, and who wants to hear when it changes.
 * Jobs write the project file (the pipeline records each take); the session reads it back with {@link #reload()}.
 * Listeners are called on the thread that changed the session and must hand UI work to the display themselves.
 */
public final class ProjectSession {
    private static final ProjectSession DEFAULT = new ProjectSession();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Path file;
    private volatile Project project;

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

    public void open(Path projectFile) {
        this.file = projectFile.toAbsolutePath();
        reload();
    }

    /** Reads the project file again (a missing file is a new, empty project) and tells the listeners. */
    public void reload() {
        Path f = file;
        if (f == null) {
            return;
        }
        try {
            project = ProjectStore.loadOrCreate(f);
        } catch (ProjectStoreException e) {
            ILog.of(ProjectSession.class).log(Status.error("Could not read the project " + f + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
            project = ProjectStore.create(f.getFileName().toString());
        }
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
