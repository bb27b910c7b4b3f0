package io.tessera.ui.internal.prefs;

import org.eclipse.jface.preference.BooleanFieldEditor;

import io.tessera.ui.StudioIds;

/** Whether generated clips get a sound track by default (the Generate view's Sound track box). */
public final class AudioPage extends TesseraPage {
    public AudioPage() {
        super(PrefMessages.audioDescription);
    }

    @Override
    protected void createFieldEditors() {
        addOn(StudioIds.PLUGIN_ID, new BooleanFieldEditor(StudioPreferences.GENERATE_SOUND, PrefMessages.generateSound, getFieldEditorParent()));
    }
}
