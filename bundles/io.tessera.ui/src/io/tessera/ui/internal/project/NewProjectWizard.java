package io.tessera.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.tessera.model.Project;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.prefs.StudioPreferences;

/**
 * File &gt; New Project...: a name and a folder; Finish writes {@code FOLDER/NAME.tessera} (a new project with the
 * visible-label default of the preferences) and opens it.
 */
public final class NewProjectWizard extends Wizard {
    private final NamePage page = new NamePage();
    private Path created;

    public NewProjectWizard() {
        setWindowTitle(ProjectMessages.newTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        try {
            Files.createDirectories(file.getParent());
            Project p = ProjectStore.create(page.name());
            p.setVisibleWatermark(StudioPreferences.bool(StudioPreferences.NEW_PROJECT_VISIBLE_LABEL, true));
            ProjectStore.save(p, file);
        } catch (java.io.IOException | ProjectStoreException e) {
            page.setErrorMessage(NLS.bind(ProjectMessages.cannotCreate, file, e.getMessage()));
            return false;
        }
        created = file;
        ProjectSession.getDefault().open(file);
        return true;
    }

    /** The file Finish wrote, or null. */
    public Path created() {
        return created;
    }

    public NamePage namePage() {
        return page;
    }

    /** The wizard's one page. */
    public static final class NamePage extends WizardPage {
        private Text name;
        private Text folder;

        NamePage() {
            super("name"); //$NON-NLS-1$
            setTitle(ProjectMessages.newPageTitle);
            setDescription(ProjectMessages.newPageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText(ProjectMessages.name);
            name = new Text(c, SWT.BORDER);
            name.setText("Untitled"); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
            new Label(c, SWT.NONE).setText(ProjectMessages.folder);
            folder = new Text(c, SWT.BORDER);
            folder.setText(Path.of(System.getProperty("user.home"), "Tessera").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
            Button browse = new Button(c, SWT.PUSH);
            browse.setText(ProjectMessages.browse);
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(getShell());
                d.setFilterPath(folder.getText());
                String chosen = d.open();
                if (chosen != null) {
                    folder.setText(chosen);
                }
            });
            Label result = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(result);
            org.eclipse.swt.widgets.Listener check = e -> {
                String problem = problem();
                setErrorMessage(problem);
                setPageComplete(problem == null);
                result.setText(problem == null ? NLS.bind(ProjectMessages.willCreate, file()) : ""); //$NON-NLS-1$
                c.layout(true);
            };
            name.addListener(SWT.Modify, check);
            folder.addListener(SWT.Modify, check);
            check.handleEvent(null);
            setControl(c);
        }

        String problem() {
            String n = name();
            if (n.isEmpty()) {
                return ProjectMessages.noName;
            }
            if (n.contains("/") || n.contains("\\") || n.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return ProjectMessages.badName;
            }
            if (folder.getText().isBlank()) {
                return ProjectMessages.noFolder;
            }
            if (Files.exists(file())) {
                return NLS.bind(ProjectMessages.exists, file());
            }
            return null;
        }

        public String name() {
            return name.getText().trim();
        }

        public Path file() {
            return Path.of(folder.getText().trim()).toAbsolutePath().resolve(name() + ".tessera"); //$NON-NLS-1$
        }

        public Text nameText() {
            return name;
        }

        public Text folderText() {
            return folder;
        }
    }
}
