package io.tessera.detection;

/** What the detectors concluded together. */
public enum Verdict {
    GENERATED("generated"), //$NON-NLS-1$
    NOT_GENERATED("not-generated"), //$NON-NLS-1$
    INCONCLUSIVE("inconclusive"); //$NON-NLS-1$

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The spelling used in JSON, CSV and the report. */
    public String label() {
        return label;
    }
}
