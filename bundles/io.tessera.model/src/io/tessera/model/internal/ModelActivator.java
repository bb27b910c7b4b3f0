package io.tessera.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.tessera.model.store.ProjectValidation;

/**
 * Registers the model's validator when the bundle starts. The bundle activates lazily on the first class loaded from
 * it (ModelPackage included), so a client that only touches the generated API still gets the constraints checked by
 * Diagnostician.INSTANCE.
 */
public final class ModelActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        ProjectValidation.register();
    }

    @Override
    public void stop(BundleContext context) {
        ProjectValidation.unregister();
    }
}
