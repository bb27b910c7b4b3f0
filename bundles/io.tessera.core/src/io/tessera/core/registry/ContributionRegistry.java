package io.tessera.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import io.tessera.core.internal.CorePlugin;

/**
 * One extension point's contributions. Reads the extension registry on first use only, keeps descriptors (not
 * instances), and follows bundles that are installed or removed while the application runs: descriptors of a
 * removed extension disappear together with the objects they created.
 */
public abstract class ContributionRegistry<D extends ContributionDescriptor<?>> {
    private final String extensionPointId;
    private final Map<IExtension, List<D>> byExtension = new LinkedHashMap<>();
    private final List<IStatus> declarationProblems = new ArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private IExtensionRegistry registry;
    private final IRegistryEventListener listener = new IRegistryEventListener() {
        @Override
        public void added(IExtension[] extensions) {
            synchronized (ContributionRegistry.this) {
                for (IExtension extension : extensions) {
                    read(extension);
                }
            }
            fireChanged();
        }

        @Override
        public void removed(IExtension[] extensions) {
            synchronized (ContributionRegistry.this) {
                for (IExtension extension : extensions) {
                    byExtension.remove(extension);
                }
            }
            fireChanged();
        }

        @Override
        public void added(IExtensionPoint[] extensionPoints) {
            // the point is ours: it comes and goes with this bundle
        }

        @Override
        public void removed(IExtensionPoint[] extensionPoints) {
            // the point is ours: it comes and goes with this bundle
        }
    };

    protected ContributionRegistry(String extensionPointId) {
        this.extensionPointId = extensionPointId;
    }

    public String extensionPointId() {
        return extensionPointId;
    }

    /** Turns one configuration element into a descriptor, or says why it cannot be used. */
    protected abstract D describe(IConfigurationElement element) throws InvalidContributionException;

    /** All usable contributions, ordered by id (subclasses may order differently). */
    public synchronized List<D> descriptors() {
        ensureLoaded();
        List<D> all = new ArrayList<>();
        byExtension.values().forEach(all::addAll);
        all.sort(order());
        return all;
    }

    protected Comparator<D> order() {
        return Comparator.comparing(ContributionDescriptor::id);
    }

    public Optional<D> find(String id) {
        return descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Declarations that could not be read, and contributions that failed to load or run. */
    public synchronized List<IStatus> problems() {
        ensureLoaded();
        List<IStatus> all = new ArrayList<>(declarationProblems);
        for (List<D> list : byExtension.values()) {
            for (D d : list) {
                d.problem().ifPresent(all::add);
            }
        }
        return all;
    }

    /** Called (on the registry's thread) after contributions were added or removed. */
    public void addChangeListener(Runnable onChange) {
        changeListeners.add(onChange);
    }

    public void removeChangeListener(Runnable onChange) {
        changeListeners.remove(onChange);
    }

    /** Stops following the registry; the next use reads it again. */
    public synchronized void dispose() {
        if (registry != null) {
            registry.removeListener(listener);
            registry = null;
        }
        byExtension.clear();
        declarationProblems.clear();
    }

    private void ensureLoaded() {
        if (registry != null) {
            return;
        }
        IExtensionRegistry current = RegistryFactory.getRegistry();
        if (current == null) {
            throw new IllegalStateException("no extension registry: is org.eclipse.equinox.registry running?"); //$NON-NLS-1$
        }
        registry = current;
        registry.addListener(listener, extensionPointId);
        IExtensionPoint point = registry.getExtensionPoint(extensionPointId);
        if (point != null) {
            for (IExtension extension : point.getExtensions()) {
                read(extension);
            }
        }
    }

    private void read(IExtension extension) {
        List<D> found = new ArrayList<>();
        for (IConfigurationElement element : extension.getConfigurationElements()) {
            try {
                D descriptor = describe(element);
                if (isDuplicate(descriptor.id(), found)) {
                    report(Status.warning("'" + descriptor.id() + "' from " + descriptor.contributor() //$NON-NLS-1$ //$NON-NLS-2$
                            + " is declared twice on " + extensionPointId + "; the first one is kept")); //$NON-NLS-1$ //$NON-NLS-2$
                } else {
                    found.add(descriptor);
                }
            } catch (InvalidContributionException e) {
                report(Status.error(e.getMessage()));
            } catch (RuntimeException e) {
                report(Status.error("could not read a contribution to " + extensionPointId + ": " + e, e)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        byExtension.put(extension, found);
    }

    private boolean isDuplicate(String id, List<D> pending) {
        if (pending.stream().anyMatch(d -> d.id().equals(id))) {
            return true;
        }
        return byExtension.values().stream().flatMap(List::stream).anyMatch(d -> d.id().equals(id));
    }

    private void report(IStatus status) {
        declarationProblems.add(status);
        CorePlugin.log(status);
    }

    private void fireChanged() {
        for (Runnable r : changeListeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                CorePlugin.log(Status.error("a registry change listener failed", e)); //$NON-NLS-1$
            }
        }
    }
}
