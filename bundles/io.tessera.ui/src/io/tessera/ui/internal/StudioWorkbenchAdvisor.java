package io.tessera.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.tessera.ui.StudioIds;

/** Opens every window on the Studio perspective; long jobs run in the background and show in the Progress view. */
public final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {
    private final Path inventory;

    public StudioWorkbenchAdvisor() {
        this(null);
    }

    /** @param inventory where to write what the window shows before exiting, or null to run normally */
    public StudioWorkbenchAdvisor(Path inventory) {
        this.inventory = inventory;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // a generation must never open a modal progress dialog over the studio: it belongs in the Progress view
        DefaultScope.INSTANCE.getNode("org.eclipse.ui.workbench").putBoolean("RUN_IN_BACKGROUND", true); //$NON-NLS-1$ //$NON-NLS-2$
        if (inventory != null) {
            StudioInventory.writeThenExit(configurer.getWorkbench(), inventory);
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new StudioWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return StudioIds.PERSPECTIVE;
    }
}
