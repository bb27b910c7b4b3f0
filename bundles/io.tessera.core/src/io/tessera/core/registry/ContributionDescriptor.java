package io.tessera.core.registry;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

import io.tessera.core.internal.CorePlugin;

/**
 * What a contribution declared in plugin.xml, read without loading its bundle. The executable extension is created
 * on first use; if that fails the problem is kept, logged with the contributor's name, and the contribution is
 * skipped from then on instead of failing again and again.
 */
public class ContributionDescriptor<T> {
    private final IConfigurationElement element;
    private final Class<T> type;
    private final String id;
    private final String name;
    private final String description;
    private final String contributor;
    private T instance;
    private IStatus problem;

    public ContributionDescriptor(IConfigurationElement element, Class<T> type) throws InvalidContributionException {
        this.element = element;
        this.type = type;
        this.contributor = element.getContributor().getName();
        this.id = required(element, "id"); //$NON-NLS-1$
        String declaredName = element.getAttribute("name"); //$NON-NLS-1$
        this.name = declaredName == null || declaredName.isBlank() ? id : declaredName;
        String desc = element.getAttribute("description"); //$NON-NLS-1$
        this.description = desc == null ? "" : desc; //$NON-NLS-1$
        required(element, "class"); //$NON-NLS-1$
    }

    protected static String required(IConfigurationElement element, String attribute) throws InvalidContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContributionException(element, "misses the required attribute '" + attribute + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.trim();
    }

    protected static int intAttribute(IConfigurationElement element, String attribute, int defaultValue)
            throws InvalidContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidContributionException(element, "has " + attribute + "='" + value + "', not an integer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    protected static double doubleAttribute(IConfigurationElement element, String attribute, double defaultValue)
            throws InvalidContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidContributionException(element, "has " + attribute + "='" + value + "', not a number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Symbolic name of the bundle that contributed this. */
    public String contributor() {
        return contributor;
    }

    /** A declared attribute beyond id, name and class (e.g. an exporter's fileExtension), or empty. */
    public java.util.Optional<String> attribute(String attributeName) {
        return java.util.Optional.ofNullable(element.getAttribute(attributeName));
    }

    public IConfigurationElement element() {
        return element;
    }

    /** True while the contributing bundle is still installed and resolved. */
    public boolean isValid() {
        return element.isValid();
    }

    /** The contribution's object, created on first call; empty if it could not be created (see {@link #problem()}). */
    public synchronized Optional<T> instance() {
        if (instance == null && problem == null) {
            create();
        }
        return Optional.ofNullable(instance);
    }

    /** Why the contribution could not be created, once that has been tried. */
    public synchronized Optional<IStatus> problem() {
        return Optional.ofNullable(problem);
    }

    /** Records that a call into the contribution failed so that it is reported and skipped from now on. */
    public synchronized void markBroken(Throwable cause) {
        problem = Status.error(describe() + " failed: " + cause, cause); //$NON-NLS-1$
        instance = null;
        CorePlugin.log(problem);
    }

    private void create() {
        // contributed constructors and static initialisers are foreign code: SafeRunner keeps whatever they throw
        // (LinkageErrors included) from escaping, and we keep the reason to report it
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
                if (!type.isInstance(created)) {
                    problem = Status.error(describe() + ": class " + created.getClass().getName() //$NON-NLS-1$
                            + " does not implement " + type.getName()); //$NON-NLS-1$
                } else {
                    instance = type.cast(created);
                }
            }

            @Override
            public void handleException(Throwable e) {
                problem = e instanceof CoreException
                        ? Status.error(describe() + " could not be created: " + rootMessage(e), e) //$NON-NLS-1$
                        : Status.error(describe() + " threw while being created: " + e, e); //$NON-NLS-1$
            }
        });
        if (problem != null) {
            CorePlugin.log(problem);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + cause + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String describe() {
        return "'" + id + "' from " + contributor; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " from " + contributor + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

}
