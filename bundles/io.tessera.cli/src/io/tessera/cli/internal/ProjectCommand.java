package io.tessera.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Provenance;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import io.tessera.model.store.ProjectValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera project new|show|import|export`. */
@Command(name = "project", description = "Create and inspect Tessera project files (.tessera); import and export cuts as OpenTimelineIO.",
        subcommands = { ProjectCommand.New.class, ProjectCommand.Show.class, ProjectImportCommand.class, ProjectExportCommand.class })
final class ProjectCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: new, show, import or export"); //$NON-NLS-1$
    }

    @Command(name = "new", description = "Create an empty project file.")
    static final class New implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "P.tessera", description = "The project file to create.")
        Path file;

        @Option(names = "--name", description = "Project name (default: the file name).")
        String name;

        @Option(names = "--force", description = "Replace an existing file (its previous version is kept as .bak).")
        boolean force;

        @Option(names = "--no-visible-watermark", description = "Clips made for this project leave out the visible label (unless policy requires it); the invisible mark and manifest stay.")
        boolean noVisibleWatermark;

        @Override
        public Integer call() throws CliException {
            if (Files.exists(file) && !force) {
                throw CliException.badInput(file + " already exists; use --force to replace it"); //$NON-NLS-1$
            }
            String projectName = name != null ? name : file.getFileName().toString().replaceFirst("\\.tessera$", ""); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                io.tessera.model.Project project = ProjectStore.create(projectName);
                project.setVisibleWatermark(!noVisibleWatermark);
                ProjectStore.save(project, file);
            } catch (ProjectStoreException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("created " + file); //$NON-NLS-1$
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Print a project's shots, assets and provenance.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "P.tessera", description = "The project file.")
        Path file;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws CliException {
            Project project;
            try {
                project = ProjectStore.load(file);
            } catch (ProjectStoreException e) {
                throw CliException.badInput(e.getMessage());
            }
            Diagnostic diagnostic = ProjectValidation.validate(project);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = Json.object().put("file", file.toString()).put("name", project.getName()) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("visibleWatermark", project.isVisibleWatermark()); //$NON-NLS-1$
                ArrayNode shots = root.putArray("shots"); //$NON-NLS-1$
                for (Shot s : project.getShots()) {
                    ObjectNode o = shots.addObject().put("id", s.getId()).put("name", s.getName()).put("prompt", s.getPrompt()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    ArrayNode takes = o.putArray("takes"); //$NON-NLS-1$
                    s.getTakes().forEach(t -> takes.add(t.getId()));
                }
                ArrayNode assets = root.putArray("assets"); //$NON-NLS-1$
                for (MediaAsset a : project.getAssets()) {
                    ObjectNode o = assets.addObject().put("id", a.getId()).put("file", a.getFile()) //$NON-NLS-1$ //$NON-NLS-2$
                            .put("durationSeconds", a.getDurationSeconds()).put("fps", a.getFps()).put("width", a.getWidth()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .put("height", a.getHeight()).put("frameCount", a.getFrameCount()).put("sha256", a.getSha256()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Provenance p = a.getProvenance();
                    if (p != null) {
                        o.putObject("provenance").put("engineId", p.getEngineId()).put("engineVersion", p.getEngineVersion()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                .put("prompt", p.getPrompt()).put("seed", p.getSeed()) //$NON-NLS-1$ //$NON-NLS-2$
                                .put("createdAt", p.getCreatedAt() == null ? null : p.getCreatedAt().toInstant().toString()); //$NON-NLS-1$
                    }
                }
                ArrayNode problems = root.putArray("problems"); //$NON-NLS-1$
                diagnostic.getChildren().forEach(d -> problems.add(d.getMessage()));
                Json.print(out, root);
            } else {
                out.printf("project %s (%s): %d shots, %d assets, %d detection reports; visible label %s%n", project.getName(), file, //$NON-NLS-1$
                        project.getShots().size(), project.getAssets().size(), project.getReports().size(), project.isVisibleWatermark() ? "on" : "off"); //$NON-NLS-1$ //$NON-NLS-2$
                for (Shot s : project.getShots()) {
                    out.printf("  %s %s: \"%s\" (%d takes)%n", s.getId(), s.getName(), s.getPrompt(), s.getTakes().size()); //$NON-NLS-1$
                }
                for (MediaAsset a : project.getAssets()) {
                    Provenance p = a.getProvenance();
                    out.printf("  asset %s %s %.2f s %dx%d @%d fps%s%n", a.getId(), a.getFile(), a.getDurationSeconds(), //$NON-NLS-1$
                            a.getWidth(), a.getHeight(), a.getFps(), p == null ? "" //$NON-NLS-1$
                                    : ", " + p.getEngineId() + " " + p.getEngineVersion() + ", seed " + p.getSeed()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                diagnostic.getChildren().forEach(d -> out.println("  problem: " + d.getMessage())); //$NON-NLS-1$
            }
            return ExitCodes.OK;
        }
    }
}
