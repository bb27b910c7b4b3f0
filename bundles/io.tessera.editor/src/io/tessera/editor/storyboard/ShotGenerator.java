package io.tessera.editor.storyboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationJob;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.watermark.Marking;
import io.tessera.editor.TimelineEditor;
import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Provenance;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;

/**
 * Makes the shots of a storyboard that have no take yet, one generation job after another, each through the full
 * pipeline (engine, sound, marks, manifest). The project is saved after every shot, so an interrupted or failed
 * run keeps what it made and the next run carries on from there. A shot with a reference shot starts from that
 * shot's last frame when its engine can take a video (v2v), so the same objects and background carry over.
 */
public final class ShotGenerator {
    private final GenerationPipeline pipeline;

    public ShotGenerator(GenerationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The shots that need a take: none yet, or its file is gone. */
    public static List<Shot> missing(Project project, Path projectFile) {
        List<Shot> missing = new ArrayList<>();
        for (Shot s : project.getShots()) {
            MediaAsset take = s.getSelectedTake();
            if (take == null || take.getFile() == null || !Files.isRegularFile(resolve(projectFile, take.getFile()))) {
                missing.add(s);
            }
        }
        return missing;
    }

    /** Where a shot's takes are written: a folder beside the project named after it. */
    public static Path mediaFolder(Path projectFile) {
        String name = projectFile.getFileName().toString().replaceFirst("\\.tessera$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return projectFile.toAbsolutePath().resolveSibling(name + ".media"); //$NON-NLS-1$
    }

    /** Checks every missing shot's request before anything is generated, so a bad shot fails the run at once. */
    public void check(Project project, Path projectFile, Marking marking) throws GenerationException {
        for (Shot s : missing(project, projectFile)) {
            pipeline.check(plan(project, projectFile, s, marking, false));
        }
    }

    public List<Shot> generateMissing(TimelineEditor editor, Path projectFile, Marking marking, boolean audio, IProgressMonitor monitor)
            throws GenerationException {
        Project project = editor.project();
        List<Shot> todo = missing(project, projectFile);
        SubMonitor progress = SubMonitor.convert(monitor, "Generating " + todo.size() + " shots", Math.max(1, todo.size())); //$NON-NLS-1$ //$NON-NLS-2$
        List<Shot> made = new ArrayList<>();
        for (Shot shot : todo) {
            progress.subTask(shot.getId() + ": " + shot.getPrompt()); //$NON-NLS-1$
            GenerationPlan plan = plan(project, projectFile, shot, marking, audio);
            GenerationResult result = runAsJob(plan, progress);
            progress.worked(1);
            MediaAsset take = asset(project, projectFile, shot, result, plan.request());
            editor.run("Take for " + shot.getId(), () -> { //$NON-NLS-1$
                project.getAssets().add(take);
                shot.getTakes().add(take);
                shot.setSelectedTake(take);
            });
            try {
                ProjectStore.save(project, projectFile);
            } catch (ProjectStoreException e) {
                throw new GenerationException("shot " + shot.getId() + " was made (" + result.output() + ") but the project could not be saved: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + e.getMessage(), e);
            }
            made.add(shot);
        }
        return made;
    }

    /**
     * One shot as a {@link GenerationJob}, so the workbench's Progress view shows each shot and can cancel it;
     * cancelling the caller's monitor cancels the job.
     */
    private GenerationResult runAsJob(GenerationPlan plan, IProgressMonitor caller) throws GenerationException {
        GenerationJob job = new GenerationJob(plan, pipeline);
        job.schedule();
        try {
            while (!job.join(100, null)) {
                if (caller.isCanceled()) {
                    job.cancel();
                }
            }
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (job.getResult() != null && job.getResult().getSeverity() == IStatus.CANCEL || caller.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (job.failure() != null) {
            throw job.failure();
        }
        return job.result();
    }

    private GenerationPlan plan(Project project, Path projectFile, Shot shot, Marking marking, boolean audio) throws GenerationException {
        GenerationSettings s = shot.getSettings();
        if (shot.getPrompt() == null || shot.getPrompt().isBlank()) {
            throw new io.tessera.core.engine.InvalidRequestException("shot " + shot.getId() + " has no prompt"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        GenerationRequest.Builder b = GenerationRequest.builder(shot.getPrompt()).seconds(s.getSeconds()).fps(s.getFps())
                .size(s.getWidth(), s.getHeight()).seed(s.getSeed()).steps(s.getSteps()).guidance(s.getGuidance()).strength(s.getStrength());
        for (String kv : s.getOptions()) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                b.option(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        Path out = mediaFolder(projectFile).resolve(shot.getId() + "-take" + (shot.getTakes().size() + 1) + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        GenerationPlan plan = new GenerationPlan(b.build(), s.getEngineId(), out, null, marking).withAudio(audio);
        Shot ref = shot.getReferenceShot();
        if (ref != null && ref.getSelectedTake() != null) {
            Path refFile = resolve(projectFile, ref.getSelectedTake().getFile());
            EngineDescriptor engine = pipeline.resolve(plan);
            if (Files.isRegularFile(refFile) && engine.can(EngineCapability.VIDEO_TO_VIDEO) && s.getSourceMedia() == null) {
                plan = new GenerationPlan(b.source(refFile).option("reference", "last").build(), s.getEngineId(), out, null, marking) //$NON-NLS-1$ //$NON-NLS-2$
                        .withAudio(audio);
            }
        }
        return plan;
    }

    private static MediaAsset asset(Project project, Path projectFile, Shot shot, GenerationResult r, GenerationRequest request) {
        ModelFactory f = ModelFactory.eINSTANCE;
        MediaAsset a = f.createMediaAsset();
        a.setId(uniqueId(project, shot.getId() + "-take" + (shot.getTakes().size() + 1))); //$NON-NLS-1$
        a.setFile(ProjectStore.relativeFile(projectFile, r.output()));
        a.setFps(r.fps());
        a.setWidth(r.width());
        a.setHeight(r.height());
        a.setFrameCount(r.frames());
        a.setDurationSeconds(r.seconds());
        a.setSha256(r.sha256());
        Provenance p = f.createProvenance();
        p.setEngineId(r.engineId());
        p.setEngineVersion(r.engineVersion());
        p.setPrompt(request.prompt());
        p.setSeed(request.seed());
        p.setSettings(EcoreUtil.copy(shot.getSettings()));
        p.setWatermarkId(r.marks().payload());
        p.setSignature(r.marks().signingKey());
        p.setCreatedAt(new Date());
        a.setProvenance(p);
        return a;
    }

    private static String uniqueId(Project project, String base) {
        String id = base;
        int n = 2;
        while (true) {
            String candidate = id;
            if (project.getAssets().stream().noneMatch(x -> candidate.equals(x.getId()))) {
                return id;
            }
            id = base + "-" + n++; //$NON-NLS-1$
        }
    }

    private static Path resolve(Path projectFile, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : projectFile.toAbsolutePath().getParent().resolve(p).normalize();
    }
}
