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
 * user's default project) and runs the workbench until the last window closes.
 */
public final class StudioApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        Path project = projectArgument(args);
        ProjectSession.getDefault().open(project != null ? project : ProjectSession.defaultProjectFile());
        Display.setAppName(StudioIds.TITLE);
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static Path projectArgument(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--project".equals(args[i]) || "-project".equals(args[i])) { //$NON-NLS-1$ //$NON-NLS-2$
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
