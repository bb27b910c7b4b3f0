package io.tessera.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.tessera.train.ShapesWorldDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `tessera train ...`: data for the bundled model. */
@Command(name = "train", description = "Make training data for the DiT engine, and train its model.",
        subcommands = { TrainCommand.Data.class, TrainCommand.Model.class, TrainCommand.DetectorRecipe.class })
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: data, model, detector"); //$NON-NLS-1$
    }

    @Command(name = "data", description = "Render the shapes-world training set (resumable: an interrupted run continues where it stopped).")
    static final class Data implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "Dataset folder.")
        Path output;

        @Option(names = "--clips", defaultValue = "1000", description = "Number of clips (default ${DEFAULT-VALUE}).")
        int clips;

        @Option(names = "--size", defaultValue = "64x64", converter = GenerationOptions.SizeConverter.class, paramLabel = "WxH",
                description = "Frame size (default ${DEFAULT-VALUE}).")
        GenerationOptions.FrameSize size;

        @Option(names = "--frames", defaultValue = "16", description = "Frames per clip (default ${DEFAULT-VALUE}).")
        int frames;

        @Option(names = "--fps", defaultValue = "8", description = "Frame rate (default ${DEFAULT-VALUE}).")
        int fps;

        @Option(names = "--clips-per-shard", defaultValue = "256", description = "Clips per shard file (default ${DEFAULT-VALUE}).")
        int clipsPerShard;

        @Option(names = "--seed", defaultValue = "1", description = "Dataset seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws CliException {
            if (clips < 1 || frames < 1 || fps < 1 || clipsPerShard < 1 || size.width() < 8 || size.height() < 8) {
                throw CliException.badInput("--clips, --frames, --fps and --clips-per-shard must be >= 1 and --size at least 8x8"); //$NON-NLS-1$
            }
            ShapesWorldDataset.Spec spec = new ShapesWorldDataset.Spec(size.width(), size.height(), fps, frames, clips, clipsPerShard, seed);
            ConsoleProgressMonitor bar = new ConsoleProgressMonitor(this.spec.commandLine().getErr(), System.console() != null);
            try {
                int written = ShapesWorldDataset.write(spec, output, bar);
                this.spec.commandLine().getOut().printf("%s: %d clips in %d shards (%d written now)%n", output, clips, spec.shards(), written); //$NON-NLS-1$
            } catch (IOException e) {
                throw CliException.badInput(e.getMessage());
            } finally {
                bar.done();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "model", description = "Train the DiT engine's model on the shapes world (resumable: run the same command again to continue).")
    static final class Model implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR",
                description = "Run folder: checkpoints, latents, log, samples; the trained model lands in DIR/model.")
        Path output;

        @Option(names = "--recipe", defaultValue = "standard", paramLabel = "NAME",
                description = "standard (the bundled model's recipe, hours on 2 cores) or tiny (seconds; for checks). Default ${DEFAULT-VALUE}.")
        String recipe;

        @Option(names = "--transformer-steps", paramLabel = "N",
                description = "Train the Transformer for N steps instead of the recipe's (a resumed run may raise it to train longer).")
        Integer transformerSteps;

        @Option(names = "--init", paramLabel = "MODEL_DIR",
                description = "Start from a trained model's weights (e.g. the bundled one, or an earlier run's DIR/model): keeps its autoencoder "
                        + "and trains its Transformer further with this recipe's schedule.")
        Path init;

        @Option(names = "--transformer-lr", paramLabel = "RATE",
                description = "Peak learning rate of the Transformer stage instead of the recipe's (lower it for --init).")
        Float transformerLr;

        @Override
        public Integer call() throws CliException {
            io.tessera.train.ModelTrainer.Recipe base = switch (recipe) {
            case "standard" -> io.tessera.train.ModelTrainer.Recipe.standard(); //$NON-NLS-1$
            case "tiny" -> io.tessera.train.ModelTrainer.Recipe.tiny(); //$NON-NLS-1$
            default -> throw CliException.badInput("--recipe " + recipe + ": use standard or tiny"); //$NON-NLS-1$ //$NON-NLS-2$
            };
            if (transformerSteps != null && transformerSteps < 1) {
                throw CliException.badInput("--transformer-steps must be >= 1, got " + transformerSteps); //$NON-NLS-1$
            }
            if (transformerLr != null && !(transformerLr > 0 && transformerLr < 1)) {
                throw CliException.badInput("--transformer-lr must be between 0 and 1, got " + transformerLr); //$NON-NLS-1$
            }
            io.tessera.train.ModelTrainer.Recipe steps = transformerSteps == null ? base : base.withTransformerSteps(transformerSteps);
            io.tessera.train.ModelTrainer.Recipe r = transformerLr == null ? steps : steps.withTransformerLr(transformerLr);
            ConsoleProgressMonitor bar = new ConsoleProgressMonitor(this.spec.commandLine().getErr(), System.console() != null);
            Path model;
            try {
                model = io.tessera.engine.dit.model.Models.withDjl(() -> new io.tessera.train.ModelTrainer(r, output, init).run(bar));
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                throw e;
            } catch (IOException e) {
                throw CliException.badInput(e.getMessage());
            } catch (Exception e) {
                throw CliException.failed("training failed: " + e.getMessage(), e); //$NON-NLS-1$
            } finally {
                bar.done();
            }
            this.spec.commandLine().getOut().printf("trained model: %s%n", model); //$NON-NLS-1$
            return ExitCodes.OK;
        }
    }

    @Command(name = "detector", description = "Train the learned detector: makes unmarked DiT clips and scene-engine renders (and re-encoded copies of both), "
            + "trains the small 3-D conv net, and evaluates it on a held-out split made with other seeds and engine settings.")
    static final class DetectorRecipe implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR",
                description = "Run folder: data/ (the clips, reused by a rerun), detector.bin (the weights), detector-card.json.")
        Path output;

        @Option(names = "--clips", defaultValue = "24", description = "Training clips per class before the re-encoded copies (default ${DEFAULT-VALUE}; half as many held out).")
        int clips;

        @Option(names = "--steps", defaultValue = "400", description = "Training steps (default ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial weights and the batches (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws CliException {
            if (clips < 2 || steps < 1) {
                throw CliException.badInput("--clips must be >= 2 and --steps >= 1"); //$NON-NLS-1$
            }
            ConsoleProgressMonitor bar = new ConsoleProgressMonitor(this.spec.commandLine().getErr(), System.console() != null);
            io.tessera.train.DetectorTrainer.Result r;
            try {
                r = new io.tessera.train.DetectorTrainer(io.tessera.train.DetectorTrainer.Recipe.standard(clips, steps, seed), output).run(bar);
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                throw e;
            } catch (IOException e) {
                throw CliException.failed("detector training failed: " + e.getMessage(), e); //$NON-NLS-1$
            } finally {
                bar.done();
            }
            this.spec.commandLine().getOut().printf(java.util.Locale.ROOT, "weights: %s%ncard: %s%nheld out (%d generated vs %d real-like): ROC AUC %.3f, TPR at 1%% FPR %.3f; %.0f s%n", //$NON-NLS-1$
                    r.weights(), r.card(), r.heldOutPositives(), r.heldOutNegatives(), r.auc(), r.tprAt1PercentFpr(), r.seconds());
            return ExitCodes.OK;
        }
    }
}
