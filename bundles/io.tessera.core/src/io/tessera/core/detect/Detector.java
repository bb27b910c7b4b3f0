package io.tessera.core.detect;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/** A contribution to {@code io.tessera.core.detectors}: inspects a media file for signs of generation. */
public interface Detector {

    List<Finding> inspect(Path media, IProgressMonitor monitor) throws Exception;
}
