package io.tessera.ui.internal.detect;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.ChangeCommand;

import io.tessera.detection.DetectionReport;
import io.tessera.detection.ProjectReports;
import io.tessera.model.Project;

/**
 * Keeps a detection report in the open project as one undoable change: the report (and the asset, for a file the
 * project did not know) is saved with the project like any other edit.
 */
final class KeepReportCommand extends ChangeCommand {
    private final Project project;
    private final Path projectFile;
    private final DetectionReport report;

    KeepReportCommand(Project project, Path projectFile, DetectionReport report) {
        super(project);
        this.project = project;
        this.projectFile = projectFile;
        this.report = report;
        setLabel(DetectMessages.keepLabel);
    }

    @Override
    protected void doExecute() {
        ProjectReports.addTo(project, projectFile, report);
    }
}
