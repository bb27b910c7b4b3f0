package io.tessera.ui;

/** Ids of what the Tessera Studio workbench contributes, for bundles that add to it (menus, views, tests). */
public final class StudioIds {
    public static final String PLUGIN_ID = "io.tessera.ui"; //$NON-NLS-1$
    public static final String APPLICATION = "io.tessera.ui.studio"; //$NON-NLS-1$
    public static final String PRODUCT = "io.tessera.ui.product"; //$NON-NLS-1$
    public static final String PERSPECTIVE = "io.tessera.ui.perspective.studio"; //$NON-NLS-1$
    public static final String GENERATE_VIEW = "io.tessera.ui.views.generate"; //$NON-NLS-1$
    public static final String LIBRARY_VIEW = "io.tessera.ui.views.library"; //$NON-NLS-1$
    public static final String PLAYER_VIEW = "io.tessera.ui.views.player"; //$NON-NLS-1$
    public static final String TIMELINE_VIEW = "io.tessera.ui.views.timeline"; //$NON-NLS-1$
    public static final String STORYBOARD_VIEW = "io.tessera.ui.views.storyboard"; //$NON-NLS-1$
    public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$
    public static final String DETECTION_VIEW = "io.tessera.ui.views.detection"; //$NON-NLS-1$
    public static final String PROPERTIES_VIEW = "org.eclipse.ui.views.PropertySheet"; //$NON-NLS-1$
    /** The platform's Error Log (bundle org.eclipse.ui.views.log): where plugins' failures are shown. */
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$
    /** The window title starts with this. */
    public static final String TITLE = "Tessera Studio"; //$NON-NLS-1$

    private StudioIds() {
    }
}
