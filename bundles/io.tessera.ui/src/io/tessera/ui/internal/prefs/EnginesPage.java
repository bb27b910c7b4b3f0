package io.tessera.ui.internal.prefs;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.preference.DirectoryFieldEditor;

import io.tessera.core.policy.EnginePolicy;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.Registries;

/** The dit engine's model folder (configuration scope) and, read-only, which engines the installation allows. */
public final class EnginesPage extends TesseraPage {
    public EnginesPage() {
        super(PrefMessages.enginesDescription);
    }

    @Override
    protected void createFieldEditors() {
        // an installation's modelFolder (plugin_customization.ini) is a default the user may change (docs/deployment.md)
        addOn(StudioPreferences.DIT_NODE, new DirectoryFieldEditor(StudioPreferences.DIT_MODEL_FOLDER, PrefMessages.modelFolder,
                getFieldEditorParent()));
        addFixed("", "", PrefMessages.modelFolderNote); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> allowed = EnginePolicy.allowedList();
        if (allowed.isEmpty()) {
            addFixed(PrefMessages.allowedEngines, PrefMessages.allowedEverything, PrefMessages.allowedOnlyAdmin);
        } else {
            addFixed(PrefMessages.allowedEngines, String.join(", ", allowed), //$NON-NLS-1$
                    org.eclipse.osgi.util.NLS.bind(PrefMessages.setByAdministrator, EnginePolicy.NODE + "/" + EnginePolicy.ALLOWED)); //$NON-NLS-1$
        }
        addFixed(PrefMessages.installedEngines, installed(), PrefMessages.installedNote);
    }

    static String installed() {
        return Registries.engines().descriptors().stream().map(EnginesPage::describe).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private static String describe(EngineDescriptor d) {
        String s = d.id() + " (" + d.name() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        if (!EnginePolicy.isAllowed(d.id())) {
            s += " not allowed"; //$NON-NLS-1$
        }
        return d.problem().isPresent() ? s + " broken" : s; //$NON-NLS-1$
    }
}
