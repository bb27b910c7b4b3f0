package io.tessera.editor.internal;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import io.tessera.editor.render.MediaResolver;
import io.tessera.model.Project;
import io.tessera.model.Timeline;

/** For exporters, which get only a model object: its project, and its media resolved beside the project file. */
public final class ProjectMedia {
    private ProjectMedia() {
    }

    public static Project project(EObject source) {
        EObject o = source;
        while (o != null && !(o instanceof Project)) {
            o = o.eContainer();
        }
        if (o == null) {
            throw new IllegalArgumentException("expected a project or something in one, not " + (source == null ? "nothing" : source.eClass().getName())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return (Project) o;
    }

    public static Timeline timeline(EObject source) {
        return source instanceof Timeline t ? t : project(source).getTimeline();
    }

    public static MediaResolver resolver(EObject source) {
        URI uri = source.eResource() == null ? null : source.eResource().getURI();
        Path folder = uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent() : Path.of("").toAbsolutePath(); //$NON-NLS-1$
        return MediaResolver.relativeTo(folder);
    }
}
