package io.tessera.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.tessera.ui.StudioIds;

/**
 * The workbench's own preferences (node {@code io.tessera.ui}, configuration scope: per user even on a shared
 * install, as docs/deployment.md says of the user's settings) and their defaults. Other bundles' settings that the
 * preference pages edit live in those bundles' nodes (the engine's model folder, the organisation keys, the policy).
 */
public final class StudioPreferences extends AbstractPreferenceInitializer {
    /** New projects get the visible "AI-generated" label (a project's {@code visibleWatermark}). */
    public static final String NEW_PROJECT_VISIBLE_LABEL = "newProject.visibleLabel"; //$NON-NLS-1$
    /** The Generate view's "Sound track" box starts ticked. */
    public static final String GENERATE_SOUND = "generate.sound"; //$NON-NLS-1$
    /** The Generate view's prompt history, newest first (see views.PromptHistory for the line format). */
    public static final String PROMPT_HISTORY = "generate.promptHistory"; //$NON-NLS-1$
    /** The Generate view's seed stays between generations (else a new random seed is drawn after each). */
    public static final String SEED_LOCKED = "generate.seedLocked"; //$NON-NLS-1$
    /** Recently opened project files, newest first, one absolute path a line. */
    public static final String RECENT_PROJECTS = "recentProjects"; //$NON-NLS-1$
    /** The dit engine's bundle and its model-folder preference (read by its ModelLocator). */
    public static final String DIT_NODE = "io.tessera.engine.dit"; //$NON-NLS-1$
    public static final String DIT_MODEL_FOLDER = "modelFolder"; //$NON-NLS-1$
    /** io.tessera.watermark.provenance.SigningKeys' node and keys (the UI does not depend on the watermark bundle). */
    public static final String WATERMARK_NODE = "io.tessera.watermark"; //$NON-NLS-1$
    public static final String ORGANISATION_KEY = "organisationKey"; //$NON-NLS-1$
    public static final String ORGANISATION_PUBLIC_KEY = "organisationPublicKey"; //$NON-NLS-1$

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(StudioIds.PLUGIN_ID);
        // plugin_customization.ini is applied on top of these, so an installation can change either default
        if (d.get(NEW_PROJECT_VISIBLE_LABEL, null) == null) {
            d.putBoolean(NEW_PROJECT_VISIBLE_LABEL, true);
        }
        if (d.get(GENERATE_SOUND, null) == null) {
            d.putBoolean(GENERATE_SOUND, true);
        }
    }

    /** A store on {@code node} in the configuration scope (defaults from the default scope). */
    public static ScopedPreferenceStore store(String node) {
        return new ScopedPreferenceStore(ConfigurationScope.INSTANCE, node);
    }

    public static boolean bool(String key, boolean fallback) {
        return Platform.getPreferencesService().getBoolean(StudioIds.PLUGIN_ID, key, fallback,
                new IScopeContext[] { ConfigurationScope.INSTANCE, DefaultScope.INSTANCE });
    }
}
