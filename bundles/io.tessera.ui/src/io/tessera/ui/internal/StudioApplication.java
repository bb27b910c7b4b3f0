package io.tessera.ui.internal;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import io.tessera.ui.StudioIds;

/**
 * The workbench application {@code io.tessera.ui.studio}: opens the project named by {@code --project FILE} (else the
 * user's default project) and runs the workbench until the last window closes. {@code --inventory FILE} instead
 * writes what the opened window shows (StudioInventory) and exits.
 */
public final class StudioApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        Path project = argument(args, "--project"); //$NON-NLS-1$
        Path inventory = argument(args, "--inventory"); //$NON-NLS-1$
        ProjectSession.getDefault().open(project != null ? project : ProjectSession.defaultProjectFile());
        Display.setAppName(StudioIds.TITLE);
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(inventory));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The path after {@code --name} (or {@code -name}), absolute; null when the option is not given. */
    static Path argument(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (name.equals(args[i]) || name.substring(1).equals(args[i])) {
                return Path.of(args[i + 1]).toAbsolutePath();
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
