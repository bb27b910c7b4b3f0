package io.tessera.detection;

import java.nio.file.Path;
import java.util.Date;
import java.util.UUID;

import io.tessera.core.detect.Finding;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;

/**
 * Keeps a detection report in a project: against the project's asset for the same file (same SHA-256), or against
 * a new asset for a file the project did not know.
 */
public final class ProjectReports {
    private ProjectReports() {
    }

    /** Reads the project file, adds the report and saves the project atomically (what {@code tessera detect --project} does). */
    public static void record(Path projectFile, DetectionReport r) throws ProjectStoreException {
        Project project = ProjectStore.loadOrCreate(projectFile);
        addTo(project, projectFile, r);
        ProjectStore.save(project, projectFile);
    }

    /**
     * Adds the report (and, for a file the project did not know, its asset) to an open project, for callers that change
     * the model inside their own command; {@code projectFile} is where the project lives, for the asset's relative path.
     */
    public static io.tessera.model.DetectionReport addTo(Project project, Path projectFile, DetectionReport r) {
        ModelFactory f = ModelFactory.eINSTANCE;
        MediaAsset asset = project.getAssets().stream().filter(a -> r.sha256().equals(a.getSha256())).findFirst().orElse(null);
        if (asset == null) {
            asset = f.createMediaAsset();
            asset.setId("asset-" + r.sha256().substring(0, 12) + "-" + UUID.randomUUID().toString().substring(0, 8)); //$NON-NLS-1$ //$NON-NLS-2$
            asset.setFile(ProjectStore.relativeFile(projectFile, r.file()));
            asset.setSha256(r.sha256());
            asset.setWidth(r.width());
            asset.setHeight(r.height());
            asset.setFps((int) Math.round(r.fps()));
            asset.setFrameCount(r.frames());
            asset.setDurationSeconds(r.fps() > 0 ? r.frames() / r.fps() : 0);
            project.getAssets().add(asset);
        }
        io.tessera.model.DetectionReport report = f.createDetectionReport();
        report.setAsset(asset);
        report.setVerdict(switch (r.verdict()) {
        case GENERATED -> io.tessera.model.Verdict.GENERATED;
        case NOT_GENERATED -> io.tessera.model.Verdict.NOT_GENERATED;
        case INCONCLUSIVE -> io.tessera.model.Verdict.INCONCLUSIVE;
        });
        report.setScore(r.score());
        report.setCreatedAt(Date.from(r.created()));
        for (DetectorEvidence e : r.evidence()) {
            for (Finding x : e.findings()) {
                io.tessera.model.Finding m = f.createFinding();
                m.setDetectorId(e.detectorId());
                m.setKind(x.kind());
                m.setScore(x.score());
                m.setStartFrame(x.startFrame());
                m.setEndFrame(x.endFrame());
                m.setMessage(x.message());
                if (x.region() != null) {
                    m.setRegion(String.format(java.util.Locale.ROOT, "%.4f %.4f %.4f %.4f", x.region().x(), x.region().y(), x.region().width(), //$NON-NLS-1$
                            x.region().height()));
                }
                report.getFindings().add(m);
            }
            if (e.failed()) {
                io.tessera.model.Finding m = f.createFinding();
                m.setDetectorId(e.detectorId());
                m.setKind("error"); //$NON-NLS-1$
                m.setStartFrame(-1);
                m.setEndFrame(-1);
                m.setMessage(e.error());
                report.getFindings().add(m);
            }
        }
        project.getReports().add(report);
        return report;
    }
}
