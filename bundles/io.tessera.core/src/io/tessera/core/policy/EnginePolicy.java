package io.tessera.core.policy;

import java.util.List;

/**
 * Which engines an installation may use: {@code io.tessera.core/engines.allowed} in plugin_customization.ini, a
 * comma-separated list of engine ids (for example only the local engines, so no prompt leaves the company). Unset:
 * every installed engine is allowed.
 */
public final class EnginePolicy {
    public static final String NODE = "io.tessera.core"; //$NON-NLS-1$
    public static final String ALLOWED = "engines.allowed"; //$NON-NLS-1$

    private EnginePolicy() {
    }

    public static List<String> allowedList() {
        return AdminPolicy.list(NODE, ALLOWED);
    }

    public static boolean isAllowed(String engineId) {
        List<String> allowed = allowedList();
        return allowed.isEmpty() || allowed.contains(engineId);
    }
}
