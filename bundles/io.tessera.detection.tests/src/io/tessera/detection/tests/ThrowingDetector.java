package io.tessera.detection.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.Finding;

/** A broken third-party detector: throws on files named "poison", finds nothing elsewhere. */
public final class ThrowingDetector implements Detector {

    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) {
        if (media.getFileName().toString().contains("poison")) {
            throw new IllegalStateException("test detector broke on purpose");
        }
        return List.of();
    }
}
