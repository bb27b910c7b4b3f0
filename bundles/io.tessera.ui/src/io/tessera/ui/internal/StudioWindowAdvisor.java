package io.tessera.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.tessera.ui.StudioIds;

/** The studio window: menus, status line with the progress indicator, and a title naming the open project. */
public final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {
    private final Runnable titleUpdater = this::updateTitle;

    public StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new StudioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1440, 900));
        c.setShowMenuBar(true);
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(title());
        ProjectSession.getDefault().addListener(titleUpdater);
    }

    @Override
    public void postWindowOpen() {
        updateTitle();
    }

    @Override
    public void dispose() {
        ProjectSession.getDefault().removeListener(titleUpdater);
        super.dispose();
    }

    private void updateTitle() {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            String title = title();
            getWindowConfigurer().setTitle(title);
            Shell shell = getWindowConfigurer().getWindow() == null ? null : getWindowConfigurer().getWindow().getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.setText(title);
            }
        });
    }

    static String title() {
        String name = ProjectSession.getDefault().projectName();
        return name == null ? StudioIds.TITLE : StudioIds.TITLE + " \u2014 " + name; //$NON-NLS-1$
    }
}
