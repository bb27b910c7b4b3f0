package io.tessera.model.store;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import io.tessera.model.Project;

/** Edits go through EMF commands on an editing domain, so every change can be undone and redone. */
public final class ProjectEditing {
    private ProjectEditing() {
    }

    public static EditingDomain editingDomain(Project project) {
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), new ResourceSetImpl());
        if (project.eResource() == null) {
            XMIResourceImpl resource = new XMIResourceImpl();
            domain.getResourceSet().getResources().add(resource);
            resource.getContents().add(project);
        }
        return domain;
    }
}
