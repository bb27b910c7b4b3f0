package io.tessera.detection.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.Finding;
import io.tessera.detection.artifacts.ArtifactAnalysis;

/** The {@code artifacts} contribution: {@link ArtifactAnalysis} on the file's pixels. */
public final class ArtifactDetector implements Detector {

    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) throws IOException {
        return ArtifactAnalysis.analyse(media, monitor).findings();
    }
}
