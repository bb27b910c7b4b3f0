package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.tessera.editor.otio.OtioWriter;
import io.tessera.model.Project;
import io.tessera.model.Timeline;
import io.tessera.model.store.ProjectStore;
import io.tessera.model.store.ProjectStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera project export P.tessera -o CUT.otio`. */
@Command(name = "export", description = { "Write a project's timeline as OpenTimelineIO (.otio) for other editing tools.",
        "Media are referenced by absolute file:// URLs; titles, volume and effects travel in Tessera metadata." })
final class ProjectExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "P.tessera", description = "The project file.")
    Path project;

    @Option(names = { "-o", "--output" }, paramLabel = "CUT.otio", required = true, description = "The OpenTimelineIO file to write (atomically).")
    Path otio;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        Project p;
        try {
            p = ProjectStore.load(project);
        } catch (ProjectStoreException e) {
            throw CliException.badInput(e.getMessage());
        }
        Timeline t = p.getTimeline();
        if (t == null) {
            throw CliException.badInput(project + ": the project has no timeline to export"); //$NON-NLS-1$
        }
        try {
            OtioWriter.write(p, otio);
        } catch (IOException e) {
            throw CliException.failed(otio + ": cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
        int clips = t.getTracks().stream().mapToInt(track -> track.getItems().size()).sum();
        int transitions = t.getTracks().stream().mapToInt(track -> track.getTransitions().size()).sum();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, Json.object().put("project", project.toString()).put("otio", otio.toString()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("timeline", t.getName()).put("fps", t.getFps()).put("tracks", t.getTracks().size()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("clips", clips).put("transitions", transitions).put("titles", t.getTitles().size())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            out.printf("exported %s to %s: %d tracks, %d clips, %d transitions, %d titles at %d fps%n", project, otio, //$NON-NLS-1$
                    t.getTracks().size(), clips, transitions, t.getTitles().size(), t.getFps());
        }
        return ExitCodes.OK;
    }
}
