package io.tessera.core.pipeline;

import io.tessera.core.watermark.Marking;

import java.nio.file.Path;
import java.util.Optional;

import io.tessera.core.engine.GenerationRequest;

/**
 * One job as the user asked for it: what to make, with which engine, where to write it, and which project records
 * it.
 *
 * @param request the settings that decide the frames
 * @param engineId the engine to use, or null for the registry's default engine
 * @param output the MP4 to write; it appears only when the job succeeds
 * @param project the project file to record the asset in, or null
 * @param marking which watermarks to put on the output
 * @param audio whether the clip gets a sound track from the installed audio generator
 */
public record GenerationPlan(GenerationRequest request, String engineId, Path output, Path project, Marking marking, boolean audio) {

    public GenerationPlan {
        marking = marking == null ? Marking.ALL : marking;
    }

    /** A plan with sound (the default). */
    public GenerationPlan(GenerationRequest request, String engineId, Path output, Path project, Marking marking) {
        this(request, engineId, output, project, marking, true);
    }

    public GenerationPlan withAudio(boolean withAudio) {
        return new GenerationPlan(request, engineId, output, project, marking, withAudio);
    }

    /** A plan with every mark (the default). */
    public GenerationPlan(GenerationRequest request, String engineId, Path output, Path project) {
        this(request, engineId, output, project, Marking.ALL);
    }

    public Optional<String> engine() {
        return Optional.ofNullable(engineId);
    }

    public Optional<Path> projectFile() {
        return Optional.ofNullable(project);
    }
}
