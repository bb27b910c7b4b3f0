package io.tessera.watermark.visible;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the visible mark looks.
 *
 * @param text the label, e.g. "AI-generated"; may be empty when a logo is given
 * @param corner where it sits
 * @param opacity 0..1
 * @param size label height as a share of the frame height
 * @param logo a PNG drawn before the text, or null
 */
public record VisibleMarkStyle(String text, Corner corner, double opacity, double size, Path logo) {
    public static final VisibleMarkStyle DEFAULT = new VisibleMarkStyle("AI-generated", Corner.BOTTOM_RIGHT, 0.7, 0.05, null); //$NON-NLS-1$

    public enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

        /** Parses "bottom-right", "top_left" and the like. */
        public static Corner parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown corner '" + s + "'; use top-left, top-right, bottom-left or bottom-right", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    public VisibleMarkStyle {
        if (text == null) {
            text = ""; //$NON-NLS-1$
        }
        if (text.isBlank() && logo == null) {
            throw new IllegalArgumentException("a visible mark needs a text or a logo"); //$NON-NLS-1$
        }
        if (!(opacity > 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be in (0, 1], not " + opacity); //$NON-NLS-1$
        }
        if (!(size > 0 && size <= 0.5)) {
            throw new IllegalArgumentException("size must be in (0, 0.5] of the frame height, not " + size); //$NON-NLS-1$
        }
    }
}
