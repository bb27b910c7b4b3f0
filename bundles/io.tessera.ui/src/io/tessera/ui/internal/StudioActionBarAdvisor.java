package io.tessera.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File (open a project, save, quit), Edit (undo, redo), Window (show view, reset, preferences) and Help (about). */
public final class StudioActionBarAdvisor extends ActionBarAdvisor {
    private ActionFactory.IWorkbenchAction quit;
    private ActionFactory.IWorkbenchAction reset;
    private ActionFactory.IWorkbenchAction preferences;
    private ActionFactory.IWorkbenchAction about;
    private ActionFactory.IWorkbenchAction save;
    private ActionFactory.IWorkbenchAction undo;
    private ActionFactory.IWorkbenchAction redo;
    private Action openProject;

    public StudioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = register(ActionFactory.QUIT.create(window));
        reset = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        // Save works on the active saveable part (the Timeline); Undo and Redo retarget to its command stack
        save = register(ActionFactory.SAVE.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        openProject = new Action(Messages.openProject) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.tessera", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
                String file = dialog.open();
                if (file != null) {
                    ProjectSession.getDefault().open(Path.of(file));
                }
            }
        };
        openProject.setId("io.tessera.ui.openProject"); //$NON-NLS-1$
    }

    private ActionFactory.IWorkbenchAction register(ActionFactory.IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(openProject);
        file.add(save);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.menuShowView, "showView"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(reset);
        window.add(new Separator());
        window.add(preferences);
        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
