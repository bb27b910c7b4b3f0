package io.tessera.core.internal;

import java.nio.file.Path;
import java.util.Date;
import java.util.UUID;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Provenance;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;

/** Records a finished generation in a project file: a shot with its settings, and the take with its provenance. */
public final class ProjectRecorder {
    private ProjectRecorder() {
    }

    /** Returns the new asset's id. The project is created when missing and saved atomically. */
    public static String record(Path projectFile, Path output, GenerationRequest request, String engineId,
            String engineVersion, String modelHash, String sha256, int frames, io.tessera.core.pipeline.MarkingResult marks)
            throws GenerationException {
        try {
            Project project = ProjectStore.loadOrCreate(projectFile);
            ModelFactory f = ModelFactory.eINSTANCE;
            String assetId = "asset-" + sha256.substring(0, 12) + "-" + UUID.randomUUID().toString().substring(0, 8); //$NON-NLS-1$ //$NON-NLS-2$

            MediaAsset asset = f.createMediaAsset();
            asset.setId(assetId);
            asset.setFile(ProjectStore.relativeFile(projectFile, output));
            asset.setFps(request.fps());
            asset.setWidth(request.width());
            asset.setHeight(request.height());
            asset.setFrameCount(frames);
            asset.setDurationSeconds(frames / (double) request.fps());
            asset.setSha256(sha256);

            Provenance provenance = f.createProvenance();
            provenance.setEngineId(engineId);
            provenance.setEngineVersion(engineVersion);
            provenance.setModelHash(modelHash != null ? modelHash : engineVersion);
            provenance.setWatermarkId(marks.payload());
            provenance.setSignature(marks.signingKey());
            provenance.setPrompt(request.prompt());
            provenance.setSeed(request.seed());
            provenance.setSettings(settings(request, engineId));
            provenance.setCreatedAt(new Date());
            asset.setProvenance(provenance);
            project.getAssets().add(asset);

            Shot shot = f.createShot();
            shot.setId("shot-" + (project.getShots().size() + 1) + "-" + assetId.substring(6, 18)); //$NON-NLS-1$ //$NON-NLS-2$
            shot.setName("Shot " + (project.getShots().size() + 1)); //$NON-NLS-1$
            shot.setPrompt(request.prompt());
            shot.setSettings(settings(request, engineId));
            shot.getTakes().add(asset);
            shot.setSelectedTake(asset);
            project.getShots().add(shot);

            ProjectStore.save(project, projectFile);
            return assetId;
        } catch (ProjectStoreException e) {
            throw new GenerationException("the clip was written but could not be recorded in " + projectFile + ": " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    private static GenerationSettings settings(GenerationRequest r, String engineId) {
        GenerationSettings s = ModelFactory.eINSTANCE.createGenerationSettings();
        s.setEngineId(engineId);
        s.setSeed(r.seed());
        s.setSeconds(r.seconds());
        s.setFps(r.fps());
        s.setWidth(r.width());
        s.setHeight(r.height());
        s.setSteps(r.steps());
        s.setGuidance(r.guidance());
        s.setStrength(r.strength());
        r.source().ifPresent(p -> s.setSourceMedia(p.toString()));
        r.options().forEach((k, v) -> s.getOptions().add(k + "=" + v)); //$NON-NLS-1$
        return s;
    }
}
