package io.tessera.core.watermark;


import io.tessera.core.engine.InvalidRequestException;

/**
 * What an administrator allows. Set in the product's plugin_customization.ini (or any preference scope):
 * {@code io.tessera.core/watermark.mandatory=true} refuses jobs without the invisible mark and manifest,
 * {@code io.tessera.core/watermark.visible.mandatory=true} refuses jobs without the visible label. What the
 * administrator sets in plugin_customization.ini is locked ({@link io.tessera.core.policy.AdminPolicy}).
 */
public final class MarkingPolicy {
    public static final String NODE = "io.tessera.core"; //$NON-NLS-1$
    public static final String MANDATORY = "watermark.mandatory"; //$NON-NLS-1$
    public static final String VISIBLE_MANDATORY = "watermark.visible.mandatory"; //$NON-NLS-1$

    private MarkingPolicy() {
    }

    public static boolean isMandatory() {
        return io.tessera.core.policy.AdminPolicy.flag(NODE, MANDATORY);
    }

    public static boolean isVisibleMandatory() {
        return io.tessera.core.policy.AdminPolicy.flag(NODE, VISIBLE_MANDATORY);
    }

    /**
     * What a job made for a project gets: the project may turn the visible label off (its {@code visibleWatermark}
     * setting), policy may keep it on; what the user asked for on top of that still applies.
     */
    public static Marking forProject(Marking requested, boolean projectWantsLabel) {
        if (projectWantsLabel || !requested.visible() || isVisibleMandatory()) {
            return requested;
        }
        return new Marking(requested.invisible(), false);
    }

    public static void check(Marking requested) throws InvalidRequestException {
        if (!requested.invisible() && isMandatory()) {
            throw new InvalidRequestException("--no-watermark: watermarking is mandatory by policy (" + NODE + "/" + MANDATORY + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!requested.visible() && isVisibleMandatory()) {
            throw new InvalidRequestException("--no-visible-watermark: the visible mark is mandatory by policy (" + NODE + "/" //$NON-NLS-1$ //$NON-NLS-2$
                    + VISIBLE_MANDATORY + ")"); //$NON-NLS-1$
        }
    }
}
