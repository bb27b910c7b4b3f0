package io.tessera.core.registry;

import org.eclipse.core.runtime.IConfigurationElement;

/** A registry whose contributions need nothing beyond id, name, class and free-form attributes. */
public final class TypedRegistry<T> extends ContributionRegistry<ContributionDescriptor<T>> {
    private final Class<T> type;

    public TypedRegistry(String extensionPointId, Class<T> type) {
        super(extensionPointId);
        this.type = type;
    }

    @Override
    protected ContributionDescriptor<T> describe(IConfigurationElement element) throws InvalidContributionException {
        return new ContributionDescriptor<>(element, type);
    }
}
