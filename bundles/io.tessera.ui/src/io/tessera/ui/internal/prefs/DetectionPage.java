package io.tessera.ui.internal.prefs;

import java.util.Locale;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Composite;

import io.tessera.detection.VerdictRule;
import io.tessera.detection.VerdictThresholds;

/**
 * The verdict thresholds (io.tessera.detection's VerdictThresholds, read by every detection, the CLI's too), each
 * locked when the administrator set it. The pair must make sense: the page refuses "generated from" below
 * "not generated below". What makes a mark or manifest proof is not a setting and is shown read-only.
 */
public final class DetectionPage extends TesseraPage {
    private StringFieldEditor generatedAt;
    private StringFieldEditor notGeneratedBelow;

    public DetectionPage() {
        super(PrefMessages.detectionDescription);
    }

    @Override
    protected void createFieldEditors() {
        addOrLock(VerdictThresholds.NODE, VerdictThresholds.GENERATED_AT, PrefMessages.generatedAt,
                p -> generatedAt = threshold(VerdictThresholds.GENERATED_AT, PrefMessages.generatedAt, p));
        addOrLock(VerdictThresholds.NODE, VerdictThresholds.NOT_GENERATED_BELOW, PrefMessages.notGeneratedBelow,
                p -> notGeneratedBelow = threshold(VerdictThresholds.NOT_GENERATED_BELOW, PrefMessages.notGeneratedBelow, p));
        addFixed(PrefMessages.decisive, fmt(VerdictRule.DECISIVE), PrefMessages.noPreference);
        addFixed(PrefMessages.markPValue, "1e-5", PrefMessages.pValueNotASetting); //$NON-NLS-1$
    }

    @Override
    protected void initialize() {
        super.initialize();
        // an unset key shows the default in force, so the user sees what a change moves from
        showDefault(generatedAt, VerdictThresholds.DEFAULTS.generatedAt());
        showDefault(notGeneratedBelow, VerdictThresholds.DEFAULTS.notGeneratedBelow());
    }

    @Override
    protected void performDefaults() {
        super.performDefaults();
        showDefault(generatedAt, VerdictThresholds.DEFAULTS.generatedAt());
        showDefault(notGeneratedBelow, VerdictThresholds.DEFAULTS.notGeneratedBelow());
        checkState();
    }

    private static void showDefault(StringFieldEditor editor, double value) {
        if (editor != null && editor.getStringValue().isBlank()) {
            editor.setStringValue(fmt(value));
        }
    }

    private static StringFieldEditor threshold(String key, String label, Composite parent) {
        StringFieldEditor e = new StringFieldEditor(key, label, 8, parent) {
            @Override
            protected boolean doCheckState() {
                Double v = parse(getStringValue());
                return v != null && v >= 0 && v <= 1;
            }

            @Override
            protected void doLoad() {
                super.doLoad();
                refreshValidState(); // a string field starts invalid until checked: a stored value is valid as loaded
            }
        };
        e.setErrorMessage(label + " " + PrefMessages.betweenZeroAndOne); //$NON-NLS-1$
        e.setEmptyStringAllowed(false);
        return e;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getProperty().equals(FieldEditor.VALUE)) {
            checkState();
        }
    }

    /** Each field's own check first, then the pair's order. */
    @Override
    protected void checkState() {
        super.checkState();
        if (!isValid()) {
            return;
        }
        double at = generatedAt == null ? VerdictThresholds.current().generatedAt() : parse(generatedAt.getStringValue());
        double below = notGeneratedBelow == null ? VerdictThresholds.current().notGeneratedBelow() : parse(notGeneratedBelow.getStringValue());
        boolean ordered = below <= at;
        setValid(ordered);
        setErrorMessage(ordered ? null : PrefMessages.thresholdOrder);
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d); //$NON-NLS-1$
    }
}
