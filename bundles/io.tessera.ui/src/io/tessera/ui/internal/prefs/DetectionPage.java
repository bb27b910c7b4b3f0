package io.tessera.ui.internal.prefs;

import java.util.Locale;

import io.tessera.detection.VerdictRule;

/**
 * The verdict thresholds. io.tessera.detection reads no preference for them (VerdictRule's constants, set from
 * {@code tessera bench detect}), so the page shows them read-only and says so rather than offer a setting that does
 * nothing.
 */
public final class DetectionPage extends TesseraPage {
    public DetectionPage() {
        super(PrefMessages.detectionDescription);
        noDefaultAndApplyButton();
    }

    @Override
    protected void createFieldEditors() {
        addFixed(PrefMessages.generatedAt, fmt(VerdictRule.GENERATED_AT), PrefMessages.noPreference);
        addFixed(PrefMessages.notGeneratedBelow, fmt(VerdictRule.NOT_GENERATED_BELOW), PrefMessages.noPreference);
        addFixed(PrefMessages.decisive, fmt(VerdictRule.DECISIVE), PrefMessages.noPreference);
        addFixed(PrefMessages.markPValue, "1e-5", PrefMessages.noPreference); //$NON-NLS-1$
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d); //$NON-NLS-1$
    }
}
