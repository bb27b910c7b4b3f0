package io.tessera.ui.internal.prefs;

import org.eclipse.jface.preference.FieldEditor;

/**
 * A row of a preference page that is not a preference (a value the administrator fixed, a button that tests a
 * connection): it lays out like a field, a label and one control, and never loads or stores anything.
 */
abstract class StorelessFieldEditor extends FieldEditor {

    @Override
    protected final void doLoad() {
        // nothing stored
    }

    @Override
    protected final void doLoadDefault() {
        // nothing stored
    }

    @Override
    protected final void doStore() {
        // nothing stored
    }

    @Override
    public final void store() {
        // nothing stored: FieldEditor's store() would still write a default flag
    }

    @Override
    public int getNumberOfControls() {
        return 2;
    }
}
