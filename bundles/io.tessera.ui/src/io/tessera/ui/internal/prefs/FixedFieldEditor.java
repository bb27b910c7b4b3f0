package io.tessera.ui.internal.prefs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A setting shown but not editable: one the administrator has set in plugin_customization.ini (locked by
 * io.tessera.core.policy.AdminPolicy), or a value that has no preference at all. Loads and stores nothing.
 */
final class FixedFieldEditor extends StorelessFieldEditor {
    private final String value;
    private final String note;
    private Control text;
    private Label noteLabel;

    FixedFieldEditor(String label, String value, String note, Composite parent) {
        this.value = value;
        this.note = note;
        init("fixed." + label, label); //$NON-NLS-1$
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        ((GridData) text.getLayoutData()).horizontalSpan = numColumns - 1;
        ((GridData) noteLabel.getLayoutData()).horizontalSpan = numColumns - 1;
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        getLabelControl(parent);
        if (value.isEmpty()) {
            text = new Label(parent, SWT.NONE); // a note on its own, under the field before it
        } else {
            Text t = new Text(parent, SWT.BORDER | SWT.READ_ONLY);
            t.setText(value);
            t.setEnabled(false);
            text = t;
        }
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, numColumns - 1, 1);
        text.setLayoutData(gd);
        new Label(parent, SWT.NONE);
        noteLabel = new Label(parent, SWT.WRAP);
        noteLabel.setText(note);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, numColumns - 1, 1);
        noteData.widthHint = 360; // lets the note wrap instead of widening the page
        noteLabel.setLayoutData(noteData);
    }

    /** The text shown, for tests. */
    String shown() {
        return (text instanceof Text t ? t.getText() : "") + " | " + noteLabel.getText(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
