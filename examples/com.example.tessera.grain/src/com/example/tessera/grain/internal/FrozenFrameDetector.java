package com.example.tessera.grain.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.Finding;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/** Runs of at least half a second of pictures that do not change (mean absolute difference under one level). */
public final class FrozenFrameDetector implements Detector {
    private static final double STILL = 1.0;

    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) throws Exception {
        List<Finding> findings = new ArrayList<>();
        try (Mp4VideoReader reader = Mp4VideoReader.open(media)) {
            int minRun = Math.max(2, (int) Math.round(reader.info().fps() / 2));
            VideoFrame previous = reader.nextFrame();
            long index = 1;
            long runStart = -1;
            for (VideoFrame f; previous != null && (f = reader.nextFrame()) != null; index++) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                boolean still = difference(previous, f) < STILL;
                if (still && runStart < 0) {
                    runStart = index - 1;
                } else if (!still && runStart >= 0) {
                    add(findings, runStart, index - 1, minRun);
                    runStart = -1;
                }
                previous = f;
            }
            if (runStart >= 0) {
                add(findings, runStart, index - 1, minRun);
            }
        }
        return findings;
    }

    private static void add(List<Finding> findings, long from, long to, int minRun) {
        if (to - from + 1 >= minRun) {
            findings.add(new Finding("frozen-frames", 0.3, from, to, //$NON-NLS-1$
                    "the picture does not change for " + (to - from + 1) + " frames")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static double difference(VideoFrame a, VideoFrame b) {
        byte[] p = a.rgb();
        byte[] q = b.rgb();
        long sum = 0;
        int n = 0;
        for (int i = 0; i < p.length; i += 7) {
            sum += Math.abs((p[i] & 0xFF) - (q[i] & 0xFF));
            n++;
        }
        return sum / (double) n;
    }
}
