package io.tessera.ui.internal.detect;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.tessera.model.DetectionReport;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;

/** The detection reports a project keeps for its clips; needs only the model, not the detection bundle. */
public final class StoredReports {
    private StoredReports() {
    }

    /** The newest report kept for {@code asset} (by the asset, else by the same file's SHA-256). */
    public static Optional<DetectionReport> latest(Project project, MediaAsset asset) {
        if (project == null || asset == null) {
            return Optional.empty();
        }
        return project.getReports().stream()
                .filter(r -> r.getAsset() == asset
                        || (r.getAsset() != null && asset.getSha256() != null && asset.getSha256().equals(r.getAsset().getSha256())))
                .max(Comparator.comparing(r -> r.getCreatedAt() == null ? 0L : r.getCreatedAt().getTime()));
    }

    /** "generated (score 0.982), 2026-12-02T01:02:03Z, 4 finding(s)". */
    public static String describe(DetectionReport r) {
        return NLS.bind(DetectMessages.storedSummary, new Object[] { r.getVerdict().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '),
                String.format(Locale.ROOT, "%.3f", r.getScore()), //$NON-NLS-1$
                r.getCreatedAt() == null ? "\u2014" : r.getCreatedAt().toInstant().toString(), r.getFindings().size() }); //$NON-NLS-1$
    }
}
