package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.watermark.Marking;
import io.tessera.editor.EditException;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.Timelines;
import io.tessera.editor.render.MediaResolver;
import io.tessera.editor.render.RenderException;
import io.tessera.editor.render.FrameRange;
import io.tessera.editor.render.RenderOptions;
import io.tessera.editor.render.RenderResult;
import io.tessera.editor.render.TimelineRenderer;
import io.tessera.editor.storyboard.FilmAssembler;
import io.tessera.editor.storyboard.ShotGenerator;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `tessera render`: makes the film of a project. Shots without a take are generated first (the project is saved
 * after each, so an interrupted run carries on where it stopped), a storyboard without a cut is assembled into
 * one, and the timeline is rendered to an MP4 that is marked and signed with the clips it used as parents.
 */
@Command(name = "render", description = "Render a project's timeline to MP4, generating missing shots and assembling a storyboard first.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "P.tessera", description = "The project.")
    Path projectFile;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.mp4", description = "The MP4 to write.")
    Path output;

    @Option(names = "--reassemble", description = "Rebuild the cut from the shots even if the project has a timeline.")
    boolean reassemble;

    @Option(names = "--no-captions", description = "When assembling a storyboard, leave out the shots' text as captions.")
    boolean noCaptions;

    @Option(names = "--crossfade", paramLabel = "S", defaultValue = "0.5", description = "Crossfade between scenes when assembling (default ${DEFAULT-VALUE} s; 0 for cuts).")
    double crossfade;

    @Option(names = "--no-generate", description = "Fail instead of generating shots that have no take.")
    boolean noGenerate;

    @Mixin
    MarkingOptions marks;

    @Mixin
    SoundOptions sound;

    @Option(names = "--range", paramLabel = "FROM:TO", description = "Render only this stretch of the cut, in seconds of the timeline (e.g. 2.5:7), sound included.")
    String range;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** "FROM:TO" in seconds, FROM >= 0 and TO > FROM. */
    static double[] parseRange(String text) throws CliException {
        String[] parts = text.split(":", -1); //$NON-NLS-1$
        try {
            if (parts.length == 2) {
                double from = Double.parseDouble(parts[0].trim());
                double to = Double.parseDouble(parts[1].trim());
                if (from >= 0 && to > from && Double.isFinite(to)) {
                    return new double[] { from, to };
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw CliException.badInput("--range must be FROM:TO in seconds with 0 <= FROM < TO (e.g. 2.5:7), not " + text); //$NON-NLS-1$
    }

    @Override
    public Integer call() throws CliException {
        Inputs.requireFile(projectFile);
        if (crossfade < 0 || crossfade > 5) {
            throw CliException.badInput("--crossfade must be in 0..5 seconds, not " + crossfade); //$NON-NLS-1$
        }
        double[] seconds = range == null ? null : parseRange(range);
        Path out = output.toAbsolutePath();
        if (Files.isDirectory(out)) {
            throw CliException.badInput("-o " + output + ": is a folder"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Project project;
        try {
            project = ProjectStore.load(projectFile);
        } catch (ProjectStoreException e) {
            throw CliException.badInput(e.getMessage());
        }
        Marking marking = marks.marking(projectFile);
        TimelineEditor editor = TimelineEditor.of(project);
        GenerationPipeline pipeline = GenerateCommand.pipeline();
        ShotGenerator shots = new ShotGenerator(pipeline);
        List<Shot> missing = ShotGenerator.missing(project, projectFile);
        boolean assemble = reassemble || project.getTimeline() == null || Timelines.duration(project.getTimeline()) <= 0;
        if (!missing.isEmpty() && (noGenerate || !assemble && usedByTimeline(project, missing))) {
            throw CliException.badInput("shot " + missing.get(0).getId() + " has no take" //$NON-NLS-1$ //$NON-NLS-2$
                    + (noGenerate ? " and --no-generate was given" : " and the timeline needs it")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            shots.check(project, projectFile, marking);
        } catch (GenerationException e) {
            throw GenerateCommand.translate(e);
        }
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(err, System.console() != null);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            bar.setCanceled(true);
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.printf("%ntessera: cancelled; shots made so far are kept in %s, no film written%n", projectFile); //$NON-NLS-1$
            err.flush();
        }, "tessera-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        RenderResult result;
        List<Shot> made;
        try {
            SubMonitor progress = SubMonitor.convert(bar, "Rendering " + out.getFileName(), 100); //$NON-NLS-1$
            made = shots.generateMissing(editor, projectFile, marking, sound.audio, progress.split(missing.isEmpty() ? 0 : 70));
            if (assemble && !project.getShots().isEmpty()) {
                FilmAssembler.assemble(editor, project.getShots(), new FilmAssembler.Options(crossfade, 0.5, !noCaptions));
                ProjectStore.save(project, projectFile);
            }
            MediaResolver media = MediaResolver.relativeTo(projectFile.toAbsolutePath().getParent());
            RenderOptions options = new RenderOptions(marking, sound.audio, 48_000);
            if (seconds != null) {
                double fps = project.getTimeline().getFps();
                options = options.withRange(new FrameRange(Math.round(seconds[0] * fps), Math.round(seconds[1] * fps)));
            }
            result = new TimelineRenderer(media).render(project, out, options, progress.split(30));
        } catch (OperationCanceledException e) {
            throw new CliException(ExitCodes.CANCELLED, "cancelled; shots made so far are kept, no film written"); //$NON-NLS-1$
        } catch (GenerationException e) {
            throw GenerateCommand.translate(e);
        } catch (EditException e) {
            throw CliException.badInput(projectFile + ": " + e.getMessage()); //$NON-NLS-1$
        } catch (ProjectStoreException e) {
            throw CliException.failed(e.getMessage(), e);
        } catch (RenderException e) {
            throw e.isBadInput() ? CliException.badInput(e.getMessage()) : CliException.failed(e.getMessage(), e);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and finishes the cancellation
            }
        }
        bar.done();
        result.warnings().forEach(w -> err.printf("tessera: warning: %s%n", w)); //$NON-NLS-1$
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object().put("output", result.output().toString()).put("frames", result.frames()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("seconds", result.seconds()).put("width", result.width()).put("height", result.height()).put("fps", result.fps()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .put("sha256", result.sha256()).put("payload", result.payloadHex()).put("signingKey", result.signingKey()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("shotsGenerated", made.size()).put("elapsedSeconds", result.elapsedSeconds()); //$NON-NLS-1$ //$NON-NLS-2$
            ArrayNode parents = root.putArray("parents"); //$NON-NLS-1$
            result.parents().forEach(p -> parents.addObject().put("file", p.file()).put("sha256", p.sha256())); //$NON-NLS-1$ //$NON-NLS-2$
            ArrayNode warnings = root.putArray("warnings"); //$NON-NLS-1$
            result.warnings().forEach(warnings::add);
            Json.print(o, root);
        } else {
            o.printf("%s: %d frames, %.2f s at %dx%d %d fps from %d clips%s (%.1f s)%n", result.output(), result.frames(), result.seconds(), //$NON-NLS-1$
                    result.width(), result.height(), result.fps(), result.parents().size(),
                    made.isEmpty() ? "" : ", " + made.size() + " shots generated", result.elapsedSeconds()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return ExitCodes.OK;
    }

    private static boolean usedByTimeline(Project project, List<Shot> missing) {
        if (project.getTimeline() == null) {
            return false;
        }
        return project.getTimeline().getTracks().stream().flatMap(t -> t.getItems().stream())
                .anyMatch(i -> missing.stream().anyMatch(s -> s.getTakes().contains(i.getAsset())));
    }
}
