package io.tessera.detection.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.DetectorUnavailableException;
import io.tessera.core.detect.Finding;

/**
 * The {@code learned} contribution: the small spatio-temporal network trained by {@code tessera train detector} gives
 * the probability that the clip was generated, reported as one finding over the whole file. Weights: the folder or
 * file in the preference {@code io.tessera.detection/learned.model} when set, else the ones shipped in this bundle
 * ({@code learned/detector.bin}). A missing or corrupt file is an error the service reports for this detector alone.
 * The network runs on DJL inside the optional bundle io.tessera.engine.dit (the product's one home for the PyTorch
 * native library); without that bundle the detector says it is unavailable and the verdict rests on the others.
 */
public final class LearnedDetector implements Detector {
    public static final String SHIPPED = LearnedNetwork.SHIPPED;
    static final String NETWORK_CLASS = "io.tessera.engine.dit.model.ClipClassifier"; //$NON-NLS-1$

    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) throws Exception {
        if (!networkInstalled()) {
            throw new DetectorUnavailableException("its network needs bundle io.tessera.engine.dit, which is not installed"); //$NON-NLS-1$
        }
        return LearnedNetwork.inspect(media);
    }

    /** Whether the optional bundle with the network resolved; asked without loading any of its classes' code. */
    static boolean networkInstalled() {
        try {
            Class.forName(NETWORK_CLASS, false, LearnedDetector.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
