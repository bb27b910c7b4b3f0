package io.tessera.detection.artifacts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.detect.Finding;

/**
 * Signs of generation read from the pixels alone, with no mark: changes that motion does not explain (flicker,
 * boiling texture, brightness that jumps and returns) and objects that break the rules of real ones (appear from
 * nothing, vanish or blink in mid-frame, change colour or size at once, split). Findings come strongest first.
 */
public final class ArtifactAnalysis {
    private ArtifactAnalysis() {
    }

    /** The findings, and a note on what could be examined. */
    public record Result(List<Finding> findings, int framesRead, long totalFrames, int shots, int trackedShots) {
    }

    public static Result analyse(Path media, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Artifact analysis", 100); //$NON-NLS-1$
        FrameSequence clip = FrameSequence.read(media, sub.split(30).setWorkRemaining(FrameSequence.MAX_FRAMES));
        return analyse(clip, sub.split(70));
    }

    public static Result analyse(FrameSequence clip, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 100);
        TemporalConsistency.Result temporal = TemporalConsistency.analyse(clip, sub.split(60).setWorkRemaining(Math.max(1, clip.frames())));
        ObjectTracks.Result objects = ObjectTracks.analyse(clip, temporal.cuts(), temporal.moving(), sub.split(40));
        List<Finding> all = new ArrayList<>();
        for (Finding f : temporal.findings()) {
            if (!fastMotion(f, objects.steady(), clip)) {
                all.add(f);
            }
        }
        all.addAll(objects.findings());
        if (objects.shots() > objects.trackedShots()) {
            all.add(new Finding("note", 0, -1, -1, String.format(Locale.ROOT, //$NON-NLS-1$
                    "%d of %d shots were not tracked: their background is not still (a moving camera, a zoom or a busy scene)", //$NON-NLS-1$
                    objects.shots() - objects.trackedShots(), objects.shots())));
        }
        if (clip.frames() < clip.totalFrames()) {
            all.add(new Finding("note", 0, -1, -1, String.format(Locale.ROOT, "only the first %d of %d frames were examined", clip.frames(), //$NON-NLS-1$ //$NON-NLS-2$
                    clip.totalFrames())));
        }
        all.sort(Comparator.comparingDouble(Finding::score).reversed().thenComparingLong(Finding::startFrame));
        return new Result(List.copyOf(all), clip.frames(), clip.totalFrames(), objects.shots(), objects.trackedShots());
    }

    /**
     * Whether unexplained change is a steady object moving faster than the optical flow can follow (small things on a
     * flat background): every frame of the finding lies where such an object swept.
     */
    private static boolean fastMotion(Finding f, ObjectTracks.SteadyObjects steady, FrameSequence clip) {
        if (f.region() == null || f.wholeFile() || !(f.kind().equals("boiling") || f.kind().equals("pop"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        double[] box = { f.region().x() * clip.width(), f.region().y() * clip.height(), (f.region().x() + f.region().width()) * clip.width(),
                (f.region().y() + f.region().height()) * clip.height() };
        for (long t = f.startFrame(); t <= f.endFrame(); t++) {
            if (!steady.explains((int) t, box, TemporalConsistency.CELL)) {
                return false;
            }
        }
        return true;
    }
}
