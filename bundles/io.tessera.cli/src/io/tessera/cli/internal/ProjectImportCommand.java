package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.editor.EditException;
import io.tessera.editor.TimelineEditor;
import io.tessera.editor.otio.OtioFormatException;
import io.tessera.editor.otio.OtioImport;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.Track;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera project import CUT.otio -o P.tessera`. */
@Command(name = "import", description = { "Put an OpenTimelineIO cut (.otio) into a project: creates P.tessera, or replaces the timeline of an existing one.",
        "Relative media paths in the cut are taken from its folder; media files become assets (probed and hashed) unless the project has them already." })
final class ProjectImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUT.otio", description = "The OpenTimelineIO file.")
    Path otio;

    @Option(names = { "-o", "--output" }, paramLabel = "P.tessera", required = true, description = "The project to create or update (saved atomically; the previous version is kept as .bak).")
    Path project;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (!Files.isRegularFile(otio)) {
            throw CliException.badInput(otio + ": no such file"); //$NON-NLS-1$
        }
        Project p;
        try {
            p = ProjectStore.loadOrCreate(project);
        } catch (ProjectStoreException e) {
            throw CliException.badInput(e.getMessage());
        }
        boolean existed = Files.exists(project);
        OtioImport.Report report;
        try {
            report = OtioImport.importFile(TimelineEditor.of(p), project, otio);
        } catch (OtioFormatException e) {
            throw CliException.badInput(e.getMessage());
        } catch (EditException e) {
            throw CliException.badInput(otio + ": " + e.getMessage()); //$NON-NLS-1$
        } catch (IOException e) {
            throw CliException.badInput(otio + ": cannot be read: " + e.getMessage()); //$NON-NLS-1$
        }
        try {
            ProjectStore.save(p, project);
        } catch (ProjectStoreException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        Timeline t = report.timeline();
        int clips = 0;
        int transitions = 0;
        for (Track track : t.getTracks()) {
            clips += track.getItems().size();
            transitions += track.getTransitions().size();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object().put("otio", otio.toString()).put("project", project.toString()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("created", !existed).put("timeline", t.getName()).put("fps", t.getFps()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("tracks", t.getTracks().size()).put("clips", clips).put("transitions", transitions) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("titles", t.getTitles().size()); //$NON-NLS-1$
            ArrayNode created = root.putArray("assetsCreated"); //$NON-NLS-1$
            for (MediaAsset a : report.createdAssets()) {
                created.addObject().put("id", a.getId()).put("file", a.getFile()).put("sha256", a.getSha256()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            ArrayNode reused = root.putArray("assetsReused"); //$NON-NLS-1$
            report.reusedAssets().forEach(a -> reused.add(a.getId()));
            ArrayNode warnings = root.putArray("warnings"); //$NON-NLS-1$
            report.warnings().forEach(warnings::add);
            Json.print(out, root);
        } else {
            out.printf("imported %s into %s%s: %d tracks, %d clips, %d transitions, %d titles at %d fps; %d new assets, %d reused%n", //$NON-NLS-1$
                    otio, project, existed ? " (timeline replaced)" : "", t.getTracks().size(), clips, transitions, //$NON-NLS-1$ //$NON-NLS-2$
                    t.getTitles().size(), t.getFps(), report.createdAssets().size(), report.reusedAssets().size());
            report.warnings().forEach(w -> out.println("  warning: " + w)); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }
}
