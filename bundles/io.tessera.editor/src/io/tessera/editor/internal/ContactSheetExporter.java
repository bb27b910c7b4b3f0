package io.tessera.editor.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import io.tessera.core.export.Exporter;
import io.tessera.editor.export.ContactSheet;

/** Contribution "contact-sheet": the storyboard's shots as a grid of cards in one PNG. */
public final class ContactSheetExporter implements Exporter {
    @Override
    public void export(EObject source, Path target, IProgressMonitor monitor) throws Exception {
        ContactSheet.write(ProjectMedia.project(source), ProjectMedia.resolver(source), target, monitor);
    }
}
