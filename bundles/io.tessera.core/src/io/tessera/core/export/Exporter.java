package io.tessera.core.export;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

/** A contribution to {@code io.tessera.core.exporters}: writes a timeline, project or asset to a file format. */
public interface Exporter {

    /** Writes {@code source} to {@code target}; on failure or cancellation no partial target is left. */
    void export(EObject source, Path target, IProgressMonitor monitor) throws Exception;
}
