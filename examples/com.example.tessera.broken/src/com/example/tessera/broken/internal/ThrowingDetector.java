package com.example.tessera.broken.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.Finding;

/** Fails on every file, as a buggy third-party detector would. */
public final class ThrowingDetector implements Detector {
    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) {
        throw new IllegalStateException("example detector failing on purpose"); //$NON-NLS-1$
    }
}
