package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera generate`: prompt → MP4, optionally recorded in a project. */
@Command(name = "generate", description = "Generate a video from a prompt.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    MarkingOptions marking;

    @Mixin
    GenerationOptions options;

    @Mixin
    SoundOptions sound;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.mp4", description = "The MP4 to write.")
    Path output;

    @Option(names = "--project", paramLabel = "P.tessera", description = "Record the clip, its settings and provenance in this project (created if missing).")
    Path project;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        GenerationPlan plan = new GenerationPlan(options.toRequest(), options.engine, output, project, marking.marking(project)).withAudio(sound.audio);
        GenerationResult result = new JobRunner(spec.commandLine().getErr()).run(plan);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("output", result.output().toString()).put("engine", result.engineId()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("engineVersion", result.engineVersion()).put("seed", plan.request().seed()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("frames", result.frames()).put("fps", result.fps()).put("width", result.width()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("height", result.height()).put("seconds", result.seconds()).put("sha256", result.sha256()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("elapsedSeconds", result.elapsedSeconds()); //$NON-NLS-1$
            ObjectNode marks = root.putObject("watermark"); //$NON-NLS-1$
            marks.putPOJO("applied", result.marks().watermarkers()).put("payload", result.marks().payload()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("signingKey", result.marks().signingKey()); //$NON-NLS-1$
            if (result.assetId() != null) {
                root.put("project", project.toString()).put("assetId", result.assetId()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            ObjectNode soundNode = root.putObject("sound"); //$NON-NLS-1$
            soundNode.put("generator", result.sound().generatorId()); //$NON-NLS-1$
            result.sound().warnings().forEach(soundNode.putArray("warnings")::add); //$NON-NLS-1$
            Json.print(out, root);
        } else {
            out.printf("%s: %d frames, %dx%d, %d fps, %.2f s, engine %s %s, seed %d (%.1f s)%n", result.output(), //$NON-NLS-1$
                    result.frames(), result.width(), result.height(), result.fps(), result.seconds(), result.engineId(),
                    result.engineVersion(), plan.request().seed(), result.elapsedSeconds());
            if (result.marks().payload() != null) {
                out.printf("watermarked (payload %s)%s%n", result.marks().payload(), //$NON-NLS-1$
                        result.marks().signingKey() != null ? ", manifest signed with key " + result.marks().signingKey() : ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (result.assetId() != null) {
                out.printf("recorded as asset %s in %s%n", result.assetId(), project); //$NON-NLS-1$
            }
            SoundOptions.report(result.sound(), spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }

    static CliException translate(GenerationException e) {
        return e instanceof InvalidRequestException ? CliException.badInput(e.getMessage())
                : CliException.failed(e.getMessage(), e);
    }

    /** Used by tests and by sibling commands that run the same pipeline. */
    static GenerationPipeline pipeline() {
        return new GenerationPipeline();
    }
}
