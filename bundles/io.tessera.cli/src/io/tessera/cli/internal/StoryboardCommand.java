package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.registry.EngineRegistry;
import io.tessera.editor.storyboard.ShotList;
import io.tessera.editor.storyboard.ShotListException;
import io.tessera.editor.storyboard.Storyboard;
import io.tessera.editor.storyboard.StoryboardPlanner;
import io.tessera.editor.storyboard.StoryboardSettings;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera storyboard`: an article, a script or a shot list into the shots of a project, with their cost. */
@Command(name = "storyboard", description = { "Plan an article or script (or a .json/.yaml shot list) as shots and save them in a project.",
        "Prints each shot, the total length and the cost estimate of making them." })
final class StoryboardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "The text to plan, or a shot list (.json, .yaml, .yml).")
    Path input;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "P.tessera", description = "The project to save the shots in (created, or its shots replaced).")
    Path output;

    @Option(names = "--engine", paramLabel = "ID", description = "Engine id for every shot; default: the highest-priority engine.")
    String engine;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "24", description = "Frames per second (default ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "256x256", converter = GenerationOptions.SizeConverter.class,
            description = "Frame size (default ${DEFAULT-VALUE}).")
    GenerationOptions.FrameSize size;

    @Option(names = "--seed", paramLabel = "N", description = "Film seed >= 0 every shot's seed comes from; default: a new random seed, printed.")
    Long seed;

    @Option(names = "--wpm", paramLabel = "N", defaultValue = "160", description = "Narration speed in words per minute (default ${DEFAULT-VALUE}).")
    double wpm;

    @Option(names = "--shots-out", paramLabel = "shots.yaml", description = "Also write the shot list (.json, .yaml or .yml) to edit by hand.")
    Path shotsOut;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (seed != null && seed < 0) {
            throw CliException.badInput("--seed must be >= 0, got " + seed); //$NON-NLS-1$
        }
        long filmSeed = seed != null ? seed : new java.security.SecureRandom().nextLong(0, 1L << 31);
        String engineId = engine != null ? engine
                : EngineRegistry.getDefault().defaultEngine().map(EngineDescriptor::id).orElse(StoryboardSettings.DEFAULT_ENGINE);
        StoryboardSettings settings;
        try {
            settings = StoryboardSettings.defaults().withEngine(engineId).withFps(fps).withSize(size.width(), size.height())
                    .withSeed(filmSeed).withWordsPerMinute(wpm);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(e.getMessage());
        }
        if (shotsOut != null && ShotList.Format.of(shotsOut) == null) {
            throw CliException.badInput("--shots-out " + shotsOut + ": the name must end in .json, .yaml or .yml"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Shot> shots = shots(settings);
        if (shots.isEmpty()) {
            throw CliException.badInput(input + ": no sentences to make shots of"); //$NON-NLS-1$
        }
        // every shot is checked and estimated by its engine before anything is written
        GenerationPipeline pipeline = GenerateCommand.pipeline();
        double compute = 0;
        double money = 0;
        long memory = 0;
        String currency = "USD"; //$NON-NLS-1$
        double[] shotCompute = new double[shots.size()];
        for (int i = 0; i < shots.size(); i++) {
            Shot s = shots.get(i);
            GenerationRequest request = GenerationRequest.builder(s.getPrompt()).seconds(s.getSettings().getSeconds()).fps(s.getSettings().getFps())
                    .size(s.getSettings().getWidth(), s.getSettings().getHeight()).seed(s.getSettings().getSeed())
                    .steps(s.getSettings().getSteps()).guidance(s.getSettings().getGuidance()).build();
            GenerationPlan plan = new GenerationPlan(request, s.getSettings().getEngineId(), Path.of("estimate.mp4"), null); //$NON-NLS-1$
            EngineDescriptor d;
            VideoEngine e;
            try {
                d = pipeline.check(plan);
                e = GenerationPipeline.engineOf(d);
            } catch (GenerationException ex) {
                CliException c = GenerateCommand.translate(ex);
                throw new CliException(c.exitCode(), s.getId() + ": " + c.getMessage(), ex); //$NON-NLS-1$
            }
            CostEstimate cost;
            try {
                cost = e.estimate(request);
            } catch (RuntimeException ex) {
                d.markBroken(ex);
                throw CliException.failed("engine '" + d.id() + "' failed to estimate " + s.getId() + ": " + ex, ex); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            shotCompute[i] = cost.computeSeconds();
            compute += cost.computeSeconds();
            money += cost.money();
            memory = Math.max(memory, cost.peakMemoryBytes());
            currency = cost.currency();
        }
        Project project;
        int replaced;
        try {
            project = ProjectStore.loadOrCreate(output);
            replaced = project.getShots().size();
            project.getShots().clear();
            project.getShots().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(shots));
            ProjectStore.save(project, output);
        } catch (ProjectStoreException e) {
            throw CliException.badInput(e.getMessage());
        }
        if (shotsOut != null) {
            try {
                // written before the project is reported saved; a failure here leaves the project saved
                ShotList.write(shots, shotsOut);
            } catch (IOException e) {
                throw CliException.badInput("--shots-out " + shotsOut + ": cannot be written: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        double total = Storyboard.totalSeconds(shots);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode root = Json.object().put("project", output.toString()).put("filmSeed", filmSeed).put("count", shots.size()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("totalSeconds", total).put("computeSeconds", compute).put("peakMemoryBytes", memory).put("money", money) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .put("currency", currency); //$NON-NLS-1$
            com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("shots"); //$NON-NLS-1$
            for (int i = 0; i < shots.size(); i++) {
                Shot s = shots.get(i);
                list.add(Json.object().put("id", s.getId()).put("seconds", s.getSettings().getSeconds()).put("engine", s.getSettings().getEngineId()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("seed", s.getSettings().getSeed()).put("prompt", s.getPrompt()).put("text", s.getText()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("reference", s.getReferenceShot() == null ? null : s.getReferenceShot().getId()) //$NON-NLS-1$
                        .put("computeSeconds", shotCompute[i])); //$NON-NLS-1$
            }
            Json.print(out, root);
        } else {
            for (Shot s : shots) {
                out.printf("%-8s %5.2f s  %s%n", s.getId(), s.getSettings().getSeconds(), s.getPrompt()); //$NON-NLS-1$
                if (s.getText() != null && !s.getText().isBlank()) {
                    out.printf("%16s\"%s\"%s%n", "", Storyboard.excerpt(s.getText(), 70), //$NON-NLS-1$ //$NON-NLS-2$
                            s.getReferenceShot() == null ? "" : "  (like " + s.getReferenceShot().getId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            out.printf("%d shots, %.2f s in all (film seed %d)%n", shots.size(), total, filmSeed); //$NON-NLS-1$
            out.printf("estimate: about %.1f s of compute, %.0f MB peak memory, %.2f %s%n", compute, memory / 1e6, money, currency); //$NON-NLS-1$
            out.printf("saved %s%s%n", output, replaced > 0 ? " (replacing its " + replaced + " shots)" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return ExitCodes.OK;
    }

    private List<Shot> shots(StoryboardSettings settings) throws CliException {
        if (!Files.isRegularFile(input)) {
            throw CliException.badInput(input + ": no such file"); //$NON-NLS-1$
        }
        if (ShotList.Format.of(input) != null) {
            try {
                return ShotList.read(input, settings);
            } catch (ShotListException e) {
                throw CliException.badInput(e.getMessage());
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(input))).toString();
        } catch (NoSuchFileException e) {
            throw CliException.badInput(input + ": no such file"); //$NON-NLS-1$
        } catch (CharacterCodingException e) {
            throw CliException.badInput(input + ": not UTF-8 text"); //$NON-NLS-1$
        } catch (IOException e) {
            throw CliException.badInput(input + ": cannot be read: " + e.getMessage()); //$NON-NLS-1$
        }
        if (text.isBlank()) {
            throw CliException.badInput(input + ": the file is empty"); //$NON-NLS-1$
        }
        return new StoryboardPlanner(settings).plan(text).shots();
    }
}
