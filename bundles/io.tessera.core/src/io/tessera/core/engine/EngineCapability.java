package io.tessera.core.engine;

import java.util.Locale;

/** What an engine can make; the ids are the ones used in plugin.xml and on the command line. */
public enum EngineCapability {
    TEXT_TO_VIDEO("t2v"), //$NON-NLS-1$
    TEXT_TO_IMAGE("t2i"), //$NON-NLS-1$
    IMAGE_TO_VIDEO("i2v"), //$NON-NLS-1$
    VIDEO_TO_VIDEO("v2v"), //$NON-NLS-1$
    EXTEND("extend"); //$NON-NLS-1$

    private final String id;

    EngineCapability(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static EngineCapability fromId(String id) {
        for (EngineCapability c : values()) {
            if (c.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown engine capability '" + id + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
