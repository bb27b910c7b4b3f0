package io.tessera.ui.internal.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.tessera.editor.render.FrameRange;
import io.tessera.editor.render.MediaResolver;
import io.tessera.editor.render.RenderException;
import io.tessera.editor.render.RenderOptions;
import io.tessera.editor.render.RenderResult;
import io.tessera.editor.render.TimelineRenderer;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Provenance;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;

/**
 * Renders the open project's timeline to an MP4 beside the project file (marked and signed by
 * {@link TimelineRenderer}) and records the film in the project file as a library asset, as a generation records
 * its take; the session then merges it into the open project. The job renders a copy of the project taken when it
 * was made, so editing on while it runs changes nothing in the film. Cancelling leaves no file.
 */
public final class RenderJob extends Job {
    private final Project snapshot;
    private final Path projectFile;
    private final Path output;
    private final FrameRange range;
    private volatile RenderResult result;

    /** Call on the UI thread: the project is copied here. */
    public RenderJob(ProjectSession session) {
        this(session, null);
    }

    /** Renders only {@code range} (the in/out marks), or the whole timeline when it is null. */
    public RenderJob(ProjectSession session, FrameRange range) {
        super(range == null ? "Render timeline" : "Render timeline in/out range"); //$NON-NLS-1$ //$NON-NLS-2$
        this.snapshot = EcoreUtil.copy(session.project());
        this.projectFile = session.file();
        this.range = range;
        this.output = outputFor(projectFile, snapshot.getName(), range == null ? "-cut-" : "-range-"); //$NON-NLS-1$ //$NON-NLS-2$
        setUser(true);
    }

    static Path outputFor(Path projectFile, String name, String kind) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
        String base = (name == null || name.isBlank() ? "timeline" : name.replaceAll("[^A-Za-z0-9._-]", "_")) + kind + stamp; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path dir = projectFile.toAbsolutePath().getParent();
        Path p = dir.resolve(base + ".mp4"); //$NON-NLS-1$
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return p;
    }

    public Path output() {
        return output;
    }

    /** What the render wrote, once the job finished well; else null. */
    public RenderResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        RenderResult r;
        try {
            MediaResolver media = MediaResolver.relativeTo(projectFile.toAbsolutePath().getParent());
            r = new TimelineRenderer(media).render(snapshot, output, RenderOptions.DEFAULT.withRange(range), monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RenderException e) {
            return Status.error(e.getMessage(), e);
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            record(r);
        } catch (ProjectStoreException e) {
            return Status.error("The film " + r.output() + " was written but could not be added to the project: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        result = r;
        ProjectSession.getDefault().reload();
        return new Status(IStatus.OK, StudioIds.PLUGIN_ID, "Rendered " + r.output().getFileName() + ": " + r.frames() + " frames"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void record(RenderResult r) throws ProjectStoreException {
        Project onDisk = ProjectStore.loadOrCreate(projectFile);
        ModelFactory f = ModelFactory.eINSTANCE;
        MediaAsset asset = f.createMediaAsset();
        asset.setId("asset-" + r.sha256().substring(0, 12) + "-" + UUID.randomUUID().toString().substring(0, 8)); //$NON-NLS-1$ //$NON-NLS-2$
        asset.setFile(ProjectStore.relativeFile(projectFile, r.output()));
        asset.setFps(r.fps());
        asset.setWidth(r.width());
        asset.setHeight(r.height());
        asset.setFrameCount(r.frames());
        asset.setDurationSeconds(r.seconds());
        asset.setSha256(r.sha256());
        Provenance p = f.createProvenance();
        p.setEngineId("tessera-editor"); //$NON-NLS-1$
        String what = range == null ? "cut of " : "frames " + range.first() + "-" + (range.end() - 1) + " of "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        p.setPrompt(what + (snapshot.getTimeline() == null ? "" : snapshot.getTimeline().getName())); //$NON-NLS-1$
        p.setWatermarkId(r.payloadHex());
        p.setSignature(r.signingKey());
        p.setCreatedAt(new Date());
        asset.setProvenance(p);
        onDisk.getAssets().add(asset);
        ProjectStore.save(onDisk, projectFile);
    }
}
