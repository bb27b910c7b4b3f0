package io.tessera.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import io.tessera.model.store.ProjectStoreException;
import io.tessera.ui.internal.about.AboutMessages;
import io.tessera.ui.internal.about.AboutStudioDialog;
import io.tessera.ui.internal.project.NewProjectWizard;
import io.tessera.ui.internal.project.ProjectMessages;
import io.tessera.ui.internal.project.RecentProjects;

/** File (new, open, recent, save, save as, quit), Edit (undo, redo), Window (show view, reset, preferences) and Help (About Tessera Studio). */
public final class StudioActionBarAdvisor extends ActionBarAdvisor {
    public static final String ABOUT_ID = "io.tessera.ui.about"; //$NON-NLS-1$
    public static final String NEW_PROJECT_ID = "io.tessera.ui.newProject"; //$NON-NLS-1$
    public static final String SAVE_AS_ID = "io.tessera.ui.saveAs"; //$NON-NLS-1$
    public static final String RECENT_ID = "io.tessera.ui.recent"; //$NON-NLS-1$
    private ActionFactory.IWorkbenchAction quit;
    private ActionFactory.IWorkbenchAction reset;
    private ActionFactory.IWorkbenchAction preferences;
    private ActionFactory.IWorkbenchAction save;
    private ActionFactory.IWorkbenchAction undo;
    private ActionFactory.IWorkbenchAction redo;
    private Action openProject;
    private Action newProject;
    private Action saveAs;
    private Action aboutStudio;
    private final Runnable rememberOpened = () -> {
        ProjectSession session = ProjectSession.getDefault();
        if (session.exists()) {
            RecentProjects.remember(session.file());
        }
    };

    public StudioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = register(ActionFactory.QUIT.create(window));
        reset = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        aboutStudio = new Action(AboutMessages.menu) {
            @Override
            public void run() {
                new AboutStudioDialog(window.getShell()).open();
            }
        };
        aboutStudio.setId(ABOUT_ID);
        newProject = new Action(ProjectMessages.newProject) {
            @Override
            public void run() {
                new WizardDialog(window.getShell(), new NewProjectWizard()).open();
            }
        };
        newProject.setId(NEW_PROJECT_ID);
        saveAs = new Action(ProjectMessages.saveAs) {
            @Override
            public void run() {
                saveAs(window);
            }
        };
        saveAs.setId(SAVE_AS_ID);
        ProjectSession.getDefault().addListener(rememberOpened);
        rememberOpened.run();
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

    private static void saveAs(IWorkbenchWindow window) {
        ProjectSession session = ProjectSession.getDefault();
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.tessera" }); //$NON-NLS-1$
        dialog.setOverwrite(true);
        if (session.file() != null) {
            dialog.setFilterPath(session.file().getParent().toString());
            dialog.setFileName(session.file().getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen.endsWith(".tessera") ? chosen : chosen + ".tessera"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            session.saveAs(target);
        } catch (ProjectStoreException e) {
            MessageDialog.openError(window.getShell(), ProjectMessages.saveAs.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$
                    NLS.bind(ProjectMessages.saveAsFailed, target, e.getMessage()));
        }
    }

    /** File > Recent Projects, filled each time it opens. */
    private static MenuManager recentMenu() {
        MenuManager recent = new MenuManager(ProjectMessages.recent, RECENT_ID);
        recent.setRemoveAllWhenShown(true);
        recent.addMenuListener(m -> {
            java.util.List<Path> files = RecentProjects.list();
            if (files.isEmpty()) {
                Action none = new Action(ProjectMessages.noRecent) {
                };
                none.setEnabled(false);
                m.add(none);
            }
            int i = 1;
            for (Path f : files) {
                String label = (i <= 9 ? "&" + i + " " : "") + f.getFileName() + "  " + f.getParent(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                m.add(new Action(label.replace("@", "")) { //$NON-NLS-1$ //$NON-NLS-2$
                    @Override
                    public void run() {
                        ProjectSession.getDefault().open(f);
                    }
                });
                i++;
            }
        });
        // a menu manager with no items is not shown at all; one placeholder makes it visible until it is filled
        recent.add(new Separator("placeholder")); //$NON-NLS-1$
        return recent;
    }

    @Override
    public void dispose() {
        ProjectSession.getDefault().removeListener(rememberOpened);
        super.dispose();
    }

    private ActionFactory.IWorkbenchAction register(ActionFactory.IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(newProject);
        file.add(openProject);
        file.add(recentMenu());
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
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
        help.add(aboutStudio);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
