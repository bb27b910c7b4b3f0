package io.tessera.ui.internal.prefs;

import java.util.Optional;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.tessera.core.policy.AdminPolicy;
import io.tessera.ui.StudioIds;

/**
 * The pages' common ground: a store on the node the page edits (configuration scope), and fields that turn into
 * read-only ones, saying so, when the administrator has set the key in plugin_customization.ini.
 */
abstract class TesseraPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    private final java.util.Map<FieldEditor, ScopedPreferenceStore> editors = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, ScopedPreferenceStore> stores = new java.util.HashMap<>();

    TesseraPage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(StudioPreferences.store(StudioIds.PLUGIN_ID));
    }

    /** Adds the editor {@code make} creates on {@code node}'s store, or, when the administrator set the key, a fixed field. */
    protected void addOrLock(String node, String key, String label, java.util.function.Function<Composite, FieldEditor> make) {
        Optional<String> admin = AdminPolicy.administered(node, key);
        if (admin.isPresent()) {
            addField(new FixedFieldEditor(label, admin.get(), NLS.bind(PrefMessages.setByAdministrator, node + "/" + key), //$NON-NLS-1$
                    getFieldEditorParent()));
            return;
        }
        addOn(node, make.apply(getFieldEditorParent()));
    }

    /**
     * Adds an editor on {@code node}'s store that the user may always change: the installation's value (plugin_customization.ini,
     * the default scope) is only its default.
     */
    protected void addOn(String node, FieldEditor editor) {
        addField(editor);
        // FieldEditorPreferencePage gives every field the page's own store in initialize(); these get their node's
        editors.put(editor, stores.computeIfAbsent(node, StudioPreferences::store));
    }

    @Override
    protected void initialize() {
        super.initialize();
        editors.forEach((e, s) -> {
            e.setPreferenceStore(s);
            e.load();
        });
    }

    /** A read-only value with a note (a setting with no preference, or one only the administrator sets). */
    protected void addFixed(String label, String value, String note) {
        addField(new FixedFieldEditor(label, value, note, getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        for (ScopedPreferenceStore s : stores.values()) {
            try {
                s.save();
            } catch (java.io.IOException e) {
                setErrorMessage(e.getMessage());
                return false;
            }
        }
        return ok;
    }
}
