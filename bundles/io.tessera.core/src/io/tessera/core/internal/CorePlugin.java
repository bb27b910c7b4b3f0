package io.tessera.core.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** The bundle's id and log; deliberately no activator work. */
public final class CorePlugin {
    public static final String PLUGIN_ID = "io.tessera.core"; //$NON-NLS-1$

    private CorePlugin() {
    }

    public static void log(IStatus status) {
        if (Platform.isRunning()) {
            ILog log = Platform.getLog(CorePlugin.class);
            log.log(status);
        } else {
            System.err.println(status);
        }
    }
}
