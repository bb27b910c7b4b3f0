package io.tessera.editor.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;

import io.tessera.core.export.Exporter;
import io.tessera.editor.otio.OtioWriter;
import io.tessera.model.Project;
import io.tessera.model.Timeline;

/** The {@code otio} contribution to {@code io.tessera.core.exporters}: a project's or a timeline's cut as OpenTimelineIO. */
public final class OtioExporter implements Exporter {

    @Override
    public void export(EObject source, Path target, IProgressMonitor monitor) throws Exception {
        Timeline timeline;
        Path folder = null;
        if (source instanceof Project p) {
            timeline = p.getTimeline();
            folder = OtioWriter.projectFolder(p);
            if (timeline == null) {
                throw new IllegalArgumentException("project '" + p.getName() + "' has no timeline to export"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } else if (source instanceof Timeline t) {
            timeline = t;
            if (t.eContainer() instanceof Project p) {
                folder = OtioWriter.projectFolder(p);
            }
        } else {
            throw new IllegalArgumentException("the OpenTimelineIO exporter writes a project or a timeline, not " //$NON-NLS-1$
                    + (source == null ? "nothing" : source.eClass().getName())); //$NON-NLS-1$
        }
        if (monitor != null) {
            monitor.beginTask("OpenTimelineIO " + target.getFileName(), 1); //$NON-NLS-1$
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        OtioWriter.write(timeline, folder, target);
        if (monitor != null) {
            monitor.worked(1);
            monitor.done();
        }
    }
}
