package io.tessera.core.watermark;

/**
 * Which marks a job puts on what it makes.
 *
 * @param invisible the invisible mark and the signed provenance manifest
 * @param visible the visible label
 */
public record Marking(boolean invisible, boolean visible) {
    public static final Marking ALL = new Marking(true, true);
    public static final Marking NONE = new Marking(false, false);

    public Marking {
        if (visible && !invisible) {
            throw new IllegalArgumentException("a visible mark without the invisible one and the manifest is not offered"); //$NON-NLS-1$
        }
    }

    public boolean any() {
        return invisible || visible;
    }
}
