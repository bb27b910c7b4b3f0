package io.tessera.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.prefs.StudioPreferences;

/** The projects opened last, newest first, kept in io.tessera.ui's configuration-scope preferences. */
public final class RecentProjects {
    public static final int MAX = 8;

    private RecentProjects() {
    }

    private static IEclipsePreferences node() {
        return ConfigurationScope.INSTANCE.getNode(StudioIds.PLUGIN_ID);
    }

    /** The remembered files that still exist. */
    public static List<Path> list() {
        String s = node().get(StudioPreferences.RECENT_PROJECTS, ""); //$NON-NLS-1$
        return Arrays.stream(s.split("\n")).filter(l -> !l.isBlank()).map(Path::of).filter(Files::exists).toList(); //$NON-NLS-1$
    }

    /** Puts {@code file} first (once), keeps {@value #MAX}. */
    public static void remember(Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<Path> all = new ArrayList<>(list());
        all.remove(f);
        all.add(0, f);
        List<String> lines = all.stream().limit(MAX).map(Path::toString).toList();
        String joined = String.join("\n", lines); //$NON-NLS-1$
        if (joined.equals(node().get(StudioPreferences.RECENT_PROJECTS, ""))) { //$NON-NLS-1$
            return;
        }
        node().put(StudioPreferences.RECENT_PROJECTS, joined);
        try {
            node().flush();
        } catch (BackingStoreException e) {
            ILog.of(RecentProjects.class).warn("Could not keep the recent projects: " + e.getMessage()); //$NON-NLS-1$
        }
    }
}
