package io.tessera.core.registry;

import java.util.Comparator;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

/** Engines contributed to {@code io.tessera.core.engines}. */
public final class EngineRegistry extends ContributionRegistry<EngineDescriptor> {
    public static final String EXTENSION_POINT = "io.tessera.core.engines"; //$NON-NLS-1$
    private static final EngineRegistry DEFAULT = new EngineRegistry();

    public EngineRegistry() {
        super(EXTENSION_POINT);
    }

    public static EngineRegistry getDefault() {
        return DEFAULT;
    }

    @Override
    protected EngineDescriptor describe(IConfigurationElement element) throws InvalidContributionException {
        return new EngineDescriptor(element);
    }

    /** Highest priority first, then by id, so the default engine comes first. */
    @Override
    protected Comparator<EngineDescriptor> order() {
        return Comparator.comparingInt(EngineDescriptor::priority).reversed().thenComparing(EngineDescriptor::id);
    }

    /** The engine used when the user names none: the highest-priority one that loads and the administrator allows. */
    public Optional<EngineDescriptor> defaultEngine() {
        return descriptors().stream().filter(d -> d.problem().isEmpty() && io.tessera.core.policy.EnginePolicy.isAllowed(d.id())).findFirst();
    }
}
