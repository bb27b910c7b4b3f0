package io.tessera.editor.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import io.tessera.core.export.Exporter;
import io.tessera.editor.render.RenderOptions;
import io.tessera.editor.render.TimelineRenderer;

/** Contribution "mp4": the timeline rendered with picture, sound, marks and manifest. */
public final class Mp4Exporter implements Exporter {
    @Override
    public void export(EObject source, Path target, IProgressMonitor monitor) throws Exception {
        new TimelineRenderer(ProjectMedia.resolver(source)).render(ProjectMedia.project(source), target, RenderOptions.DEFAULT, monitor);
    }
}
