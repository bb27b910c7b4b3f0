package io.tessera.detection.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.Finding;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.watermark.ExtractionResult;
import io.tessera.core.watermark.Watermarker;

/**
 * The {@code watermark} contribution: every registered watermarker's extractor on the file. A watermarker that
 * fails is named in a note and the others still run.
 */
public final class WatermarkDetector implements Detector {

    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) {
        List<ContributionDescriptor<Watermarker>> all = Registries.watermarkers().descriptors();
        SubMonitor sub = SubMonitor.convert(monitor, Math.max(1, all.size()));
        List<Finding> out = new ArrayList<>();
        for (ContributionDescriptor<Watermarker> d : all) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            boolean visible = Boolean.parseBoolean(d.attribute("visible").orElse("false")); //$NON-NLS-1$ //$NON-NLS-2$
            if (visible) {
                sub.worked(1);
                continue; // a visible label is read by people; it has no extractor to trust
            }
            var instance = d.instance();
            if (instance.isEmpty()) {
                out.add(new Finding("note", 0, -1, -1, d.name() + " could not be loaded: " //$NON-NLS-1$ //$NON-NLS-2$
                        + d.problem().map(s -> s.getMessage()).orElse("unknown problem"))); //$NON-NLS-1$
                sub.worked(1);
                continue;
            }
            try {
                ExtractionResult r = instance.get().extract(media, sub.split(1));
                out.add(finding(d.name(), r));
            } catch (OperationCanceledException e) {
                throw e;
            } catch (Exception | LinkageError e) {
                out.add(new Finding("note", 0, -1, -1, d.name() + " failed on this file: " + e)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return out;
    }

    static Finding finding(String name, ExtractionResult r) {
        String details = r.details().entrySet().stream().map(WatermarkDetector::format).collect(Collectors.joining(", ")); //$NON-NLS-1$
        if (r.found()) {
            return new Finding("watermark", Math.max(0, Math.min(1, r.confidence())), -1, -1, String.format(Locale.ROOT, //$NON-NLS-1$
                    "%s found: payload %s%s", name, HexFormat.of().formatHex(r.payload()), details.isEmpty() ? "" : " (" + details + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return new Finding("no-watermark", 0, -1, -1, String.format(Locale.ROOT, "%s not found%s", name, //$NON-NLS-1$ //$NON-NLS-2$
                details.isEmpty() ? "" : " (" + details + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String format(Map.Entry<String, Object> e) {
        Object v = e.getValue();
        if (v instanceof Double x) {
            return e.getKey() + " " + (Math.abs(x) < 1e-3 && x != 0 ? String.format(Locale.ROOT, "%.2g", x) : String.format(Locale.ROOT, "%.3f", x)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return e.getKey() + " " + v; //$NON-NLS-1$
    }
}
