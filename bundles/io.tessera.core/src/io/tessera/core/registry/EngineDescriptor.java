package io.tessera.core.registry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;

import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.EngineLimits;
import io.tessera.core.engine.VideoEngine;

/** An engine as declared: id, name, capabilities, limits and priority, all known before its bundle loads. */
public final class EngineDescriptor extends ContributionDescriptor<VideoEngine> {
    private final Set<EngineCapability> capabilities;
    private final EngineLimits limits;
    private final int priority;

    public EngineDescriptor(IConfigurationElement element) throws InvalidContributionException {
        super(element, VideoEngine.class);
        EnumSet<EngineCapability> caps = EnumSet.noneOf(EngineCapability.class);
        for (IConfigurationElement c : element.getChildren("capability")) { //$NON-NLS-1$
            try {
                caps.add(EngineCapability.fromId(required(c, "id"))); //$NON-NLS-1$
            } catch (IllegalArgumentException e) {
                throw new InvalidContributionException(element, e.getMessage());
            }
        }
        if (caps.isEmpty()) {
            throw new InvalidContributionException(element, "declares no capability"); //$NON-NLS-1$
        }
        this.capabilities = Collections.unmodifiableSet(caps);
        EngineLimits d = EngineLimits.DEFAULT;
        double maxSeconds = doubleAttribute(element, "maxSeconds", d.maxSeconds()); //$NON-NLS-1$
        if (!(maxSeconds > 0) || maxSeconds > 60) {
            throw new InvalidContributionException(element, "has maxSeconds=" + maxSeconds + "; it must be in (0, 60]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.limits = new EngineLimits(maxSeconds, intAttribute(element, "minSize", d.minSize()), //$NON-NLS-1$
                intAttribute(element, "maxWidth", d.maxWidth()), intAttribute(element, "maxHeight", d.maxHeight()), //$NON-NLS-1$ //$NON-NLS-2$
                intAttribute(element, "minFps", d.minFps()), intAttribute(element, "maxFps", d.maxFps())); //$NON-NLS-1$ //$NON-NLS-2$
        this.priority = intAttribute(element, "priority", 0); //$NON-NLS-1$
    }

    public Set<EngineCapability> capabilities() {
        return capabilities;
    }

    public boolean can(EngineCapability capability) {
        return capabilities.contains(capability);
    }

    public EngineLimits limits() {
        return limits;
    }

    public int priority() {
        return priority;
    }

    /** The engine, created on first use; empty when it failed to load. */
    public java.util.Optional<VideoEngine> engine() {
        return instance();
    }
}
