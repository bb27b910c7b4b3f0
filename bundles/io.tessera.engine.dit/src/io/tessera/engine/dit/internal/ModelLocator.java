package io.tessera.engine.dit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.tessera.engine.dit.model.DitModel;

/**
 * Finds and keeps the model a request asks for: the folder of the {@code model} option (the CLI's {@code --model}),
 * else the folder chosen in preferences ({@value #PREFERENCE} of this bundle, configuration or default scope), else the model bundled in
 * {@code model/}. The last model used stays loaded; another one replaces it.
 */
final class ModelLocator {
    static final String PREFERENCE = "modelFolder"; //$NON-NLS-1$
    static final String BUNDLED = "bundled"; //$NON-NLS-1$
    private static String loadedKey;
    private static DitModel loaded;

    private ModelLocator() {
    }

    /** Where the model comes from: a folder path, or {@link #BUNDLED}. */
    static String choose(String option) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize().toString();
        }
        String pref = preference();
        return pref == null || pref.isBlank() ? BUNDLED : pref;
    }

    /**
     * The user's choice (configuration scope: the workbench's preference page, per user even on a shared install),
     * else the installation's default (plugin_customization.ini, how a company points every desktop at its model).
     */
    private static String preference() {
        Bundle b = FrameworkUtil.getBundle(ModelLocator.class);
        if (b == null || !Platform.isRunning()) {
            return null;
        }
        try {
            return Platform.getPreferencesService().getString(b.getSymbolicName(), PREFERENCE, null,
                    new IScopeContext[] { ConfigurationScope.INSTANCE, DefaultScope.INSTANCE });
        } catch (RuntimeException e) {
            return null;
        }
    }

    static synchronized DitModel get(String key) throws IOException {
        if (key.equals(loadedKey)) {
            return loaded;
        }
        DitModel m = DjlCall.run(() -> key.equals(BUNDLED) ? loadBundled() : DitModel.load(Path.of(key)));
        if (loaded != null) {
            loaded.close();
        }
        loaded = m;
        loadedKey = key;
        return m;
    }

    private static final java.util.Map<String, String> HASHES = new java.util.HashMap<>();

    /** SHA-256 (hex) of the chosen model's weights file, computed once per model. */
    static synchronized String weightsHash(String key) throws IOException {
        String known = HASHES.get(key);
        if (known != null) {
            return known;
        }
        URL weights = key.equals(BUNDLED) ? resource("model/" + DitModel.WEIGHTS_FILE) //$NON-NLS-1$
                : Path.of(key, DitModel.WEIGHTS_FILE).toUri().toURL();
        try (InputStream in = weights.openStream()) {
            String hex = io.tessera.media.FileHash.sha256(in);
            HASHES.put(key, hex);
            return hex;
        }
    }

    private static DitModel loadBundled() throws IOException {
        URL config = resource("model/" + DitModel.CONFIG_FILE); //$NON-NLS-1$
        URL weights = resource("model/" + DitModel.WEIGHTS_FILE); //$NON-NLS-1$
        try (InputStream c = config.openStream(); InputStream w = weights.openStream()) {
            return DitModel.load(c, w, "the bundled model"); //$NON-NLS-1$
        }
    }

    private static URL resource(String path) throws IOException {
        Bundle b = FrameworkUtil.getBundle(ModelLocator.class);
        URL url = b != null ? b.getEntry(path) : ModelLocator.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IOException("the bundled model is missing " + path + " (a build without shipped weights?)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return url;
    }
}
