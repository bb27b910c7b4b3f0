package io.tessera.core.registry;

import org.eclipse.core.runtime.IConfigurationElement;

/** A plugin.xml element that cannot be used as declared. */
public class InvalidContributionException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidContributionException(IConfigurationElement element, String problem) {
        super("<" + element.getName() + " id='" + element.getAttribute("id") + "'> in " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + element.getContributor().getName() + " " + problem); //$NON-NLS-1$
    }
}
