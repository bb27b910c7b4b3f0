package io.tessera.core.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * Settings an administrator decides. An administrator sets them in the installation's
 * {@code plugin_customization.ini} (which Equinox loads into the default scope); what is set there is locked:
 * a user's own preferences (instance or configuration scope) cannot undo it. A user may still tighten a flag the
 * administrator left unset, never loosen one that is set.
 */
public final class AdminPolicy {
    private AdminPolicy() {
    }

    /** The administrator's value of {@code node/key}, if the installation sets one. */
    public static Optional<String> administered(String node, String key) {
        if (Platform.getPreferencesService() == null) {
            return Optional.empty();
        }
        String v = DefaultScope.INSTANCE.getNode(node).get(key, null);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** True when the administrator sets it true, or (if the administrator leaves it unset) the user does. */
    public static boolean flag(String node, String key) {
        Optional<String> admin = administered(node, key);
        if (admin.isPresent()) {
            return Boolean.parseBoolean(admin.get());
        }
        IPreferencesService prefs = Platform.getPreferencesService();
        return prefs != null && prefs.getBoolean(node, key, false, null);
    }

    /** The administrator's value when set (locked), else the user's, else null. */
    public static String value(String node, String key) {
        Optional<String> admin = administered(node, key);
        if (admin.isPresent()) {
            return admin.get();
        }
        IPreferencesService prefs = Platform.getPreferencesService();
        String v = prefs == null ? null : prefs.getString(node, key, null, null);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A comma-separated administered list, empty when the administrator sets none. */
    public static List<String> list(String node, String key) {
        return administered(node, key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) //$NON-NLS-1$
                .orElse(List.of());
    }
}
