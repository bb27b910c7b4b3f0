package io.tessera.ui.internal.prefs;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FileFieldEditor;

import io.tessera.core.watermark.MarkingPolicy;
import io.tessera.ui.StudioIds;

/**
 * The visible label's default for new projects, the organisation's key pair (io.tessera.watermark, read by
 * SigningKeys) and the enforcement flags (io.tessera.core, read by MarkingPolicy). Each is read-only, saying so, when
 * the administrator set it (the label default and the model folder are only defaults); a user may tighten an enforcement flag the administrator left open.
 */
public final class WatermarkPage extends TesseraPage {
    public WatermarkPage() {
        super(PrefMessages.watermarkDescription);
    }

    @Override
    protected void createFieldEditors() {
        if (MarkingPolicy.isVisibleMandatory()) {
            addFixed(PrefMessages.visibleLabel, "on", org.eclipse.osgi.util.NLS.bind(PrefMessages.setByAdministrator, //$NON-NLS-1$
                    MarkingPolicy.NODE + "/" + MarkingPolicy.VISIBLE_MANDATORY)); //$NON-NLS-1$
        } else {
            addOn(StudioIds.PLUGIN_ID, new BooleanFieldEditor(StudioPreferences.NEW_PROJECT_VISIBLE_LABEL, PrefMessages.visibleLabel, getFieldEditorParent()));
        }
        addOrLock(StudioPreferences.WATERMARK_NODE, StudioPreferences.ORGANISATION_KEY, PrefMessages.organisationKey,
                p -> pem(StudioPreferences.ORGANISATION_KEY, PrefMessages.organisationKey, p));
        addOrLock(StudioPreferences.WATERMARK_NODE, StudioPreferences.ORGANISATION_PUBLIC_KEY, PrefMessages.organisationPublicKey,
                p -> pem(StudioPreferences.ORGANISATION_PUBLIC_KEY, PrefMessages.organisationPublicKey, p));
        addOrLock(MarkingPolicy.NODE, MarkingPolicy.MANDATORY, PrefMessages.mandatory,
                p -> new BooleanFieldEditor(MarkingPolicy.MANDATORY, PrefMessages.mandatory, p));
        addOrLock(MarkingPolicy.NODE, MarkingPolicy.VISIBLE_MANDATORY, PrefMessages.visibleMandatory,
                p -> new BooleanFieldEditor(MarkingPolicy.VISIBLE_MANDATORY, PrefMessages.visibleMandatory, p));
    }

    private static FileFieldEditor pem(String key, String label, org.eclipse.swt.widgets.Composite parent) {
        FileFieldEditor f = new FileFieldEditor(key, label, true, parent);
        f.setFileExtensions(new String[] { "*.pem", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        f.setEmptyStringAllowed(true);
        return f;
    }
}
