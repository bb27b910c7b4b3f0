package com.example.tessera.broken.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import io.tessera.core.export.Exporter;

/** Cannot even be created, as a third-party class with a broken static setup. */
public final class ThrowingConstructorExporter implements Exporter {
    public ThrowingConstructorExporter() {
        throw new IllegalStateException("example exporter failing on purpose while created"); //$NON-NLS-1$
    }

    @Override
    public void export(EObject source, Path target, IProgressMonitor monitor) {
        // never reached
    }
}
