package io.tessera.watermark.visible;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;


/**
 * The visible mark's style from preferences (node {@code io.tessera.watermark}): {@code visible.text},
 * {@code visible.corner} (top-left, top-right, bottom-left, bottom-right), {@code visible.opacity} (0..1),
 * {@code visible.size} (share of the frame height) and {@code visible.logo} (a PNG file).
 */
public final class VisibleStylePreferences {
    public static final String NODE = "io.tessera.watermark"; //$NON-NLS-1$

    private VisibleStylePreferences() {
    }

    public static VisibleMarkStyle read() {
        IPreferencesService prefs = Platform.getPreferencesService();
        VisibleMarkStyle d = VisibleMarkStyle.DEFAULT;
        if (prefs == null) {
            return d;
        }
        String text = prefs.getString(NODE, "visible.text", d.text(), null); //$NON-NLS-1$
        String corner = prefs.getString(NODE, "visible.corner", null, null); //$NON-NLS-1$
        double opacity = prefs.getDouble(NODE, "visible.opacity", d.opacity(), null); //$NON-NLS-1$
        double size = prefs.getDouble(NODE, "visible.size", d.size(), null); //$NON-NLS-1$
        String logo = prefs.getString(NODE, "visible.logo", null, null); //$NON-NLS-1$
        return new VisibleMarkStyle(text, corner == null ? d.corner() : VisibleMarkStyle.Corner.parse(corner), opacity, size,
                logo == null || logo.isBlank() ? null : Path.of(logo));
    }
}
