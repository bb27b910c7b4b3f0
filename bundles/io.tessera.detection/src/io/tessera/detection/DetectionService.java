package io.tessera.detection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.DetectorUnavailableException;
import io.tessera.core.detect.Finding;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.registry.TypedRegistry;
import io.tessera.media.FileHash;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;

/**
 * Runs every registered detector on a file and combines what they found into one report. A detector that throws
 * or cannot be loaded is named in the report and the others still decide: one that cannot run in this installation
 * (not loadable, a class or library it needs missing, {@link DetectorUnavailableException}) is left out of the
 * verdict, one that failed on this file means the verdict is never "not generated".
 */
public final class DetectionService {
    private final TypedRegistry<Detector> detectors;

    public DetectionService() {
        this(Registries.detectors());
    }

    public DetectionService(TypedRegistry<Detector> detectors) {
        this.detectors = detectors;
    }

    /**
     * @throws IOException when the file is missing or not a readable video (a {@link io.tessera.media.MediaFormatException}
     *         names the problem)
     */
    public DetectionReport inspect(Path file, IProgressMonitor monitor) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file"); //$NON-NLS-1$
        }
        MediaInfo info = MediaProbe.probe(file);
        if (info.width() <= 0) {
            throw new io.tessera.media.MediaFormatException(file, "has no video stream"); //$NON-NLS-1$
        }
        List<ContributionDescriptor<Detector>> all = detectors.descriptors();
        SubMonitor sub = SubMonitor.convert(monitor, "Inspecting " + file.getFileName(), all.size() * 10 + 1); //$NON-NLS-1$
        String sha256 = FileHash.sha256(file);
        sub.worked(1);
        List<DetectorEvidence> evidence = new ArrayList<>();
        for (ContributionDescriptor<Detector> d : all) {
            sub.subTask(d.name());
            evidence.add(run(d, file, sub.split(10)));
        }
        VerdictRule.Decision decision = VerdictRule.decide(evidence);
        return new DetectionReport(file, sha256, decision.verdict(), decision.score(), decision.reasons(), evidence, info.width(), info.height(),
                info.fps(), info.frameCount(), Instant.now());
    }

    private static DetectorEvidence run(ContributionDescriptor<Detector> d, Path file, IProgressMonitor monitor) {
        double weight = d.attribute("weight").map(Double::parseDouble).orElse(1.0); //$NON-NLS-1$
        var instance = d.instance();
        if (instance.isEmpty()) {
            return new DetectorEvidence(d.id(), d.name(), weight, 0, List.of(), "could not be loaded: " //$NON-NLS-1$
                    + d.problem().map(s -> s.getMessage()).orElse("unknown problem"), 0, true); //$NON-NLS-1$
        }
        long start = System.nanoTime();
        try {
            List<Finding> findings = instance.get().inspect(file, monitor);
            List<Finding> sorted = findings.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
            return new DetectorEvidence(d.id(), d.name(), weight, VerdictRule.score(sorted.stream()
                    .filter(f -> VerdictRule.isPixelEvidence(f) || VerdictRule.isDecisive(f)).toList()), sorted, null,
                    (System.nanoTime() - start) / 1e9);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (DetectorUnavailableException e) {
            return new DetectorEvidence(d.id(), d.name(), weight, 0, List.of(), e.getMessage(), (System.nanoTime() - start) / 1e9, true);
        } catch (LinkageError e) {
            // a class or native library missing from the installation: no file would fare better
            return new DetectorEvidence(d.id(), d.name(), weight, 0, List.of(), why(e), (System.nanoTime() - start) / 1e9, true);
        } catch (Exception | StackOverflowError e) {
            return new DetectorEvidence(d.id(), d.name(), weight, 0, List.of(), why(e), (System.nanoTime() - start) / 1e9);
        }
    }

    private static String why(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage(); //$NON-NLS-1$
    }
}
