package io.tessera.engine.remote.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.tessera.engine.remote.RemoteSettings;

/**
 * Defaults of the timeouts, so the preference page shows them. Only keys that are never locked get a default here:
 * a default-scope value of endpoint, price or currency would read as the administrator's and lock the field.
 */
public final class RemoteDefaults extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(RemoteSettings.NODE);
        // plugin_customization.ini is applied on top of these, so an installation can change them
        put(d, RemoteSettings.CONNECT_TIMEOUT, RemoteSettings.DEFAULT_CONNECT_SECONDS);
        put(d, RemoteSettings.REQUEST_TIMEOUT, RemoteSettings.DEFAULT_REQUEST_SECONDS);
        put(d, RemoteSettings.JOB_TIMEOUT, RemoteSettings.DEFAULT_JOB_SECONDS);
    }

    private static void put(IEclipsePreferences d, String key, double seconds) {
        if (d.get(key, null) == null) {
            d.putInt(key, (int) seconds);
        }
    }
}
