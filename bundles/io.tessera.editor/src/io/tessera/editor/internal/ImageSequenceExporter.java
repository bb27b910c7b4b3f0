package io.tessera.editor.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import io.tessera.core.export.Exporter;
import io.tessera.core.watermark.Marking;
import io.tessera.editor.export.ImageSequence;

/** Contribution "png-sequence": the timeline as numbered PNG files in a folder. */
public final class ImageSequenceExporter implements Exporter {
    @Override
    public void export(EObject source, Path target, IProgressMonitor monitor) throws Exception {
        ImageSequence.write(ProjectMedia.project(source), ProjectMedia.resolver(source), target, Marking.ALL, monitor);
    }
}
