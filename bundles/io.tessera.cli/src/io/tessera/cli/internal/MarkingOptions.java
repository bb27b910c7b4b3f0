package io.tessera.cli.internal;

import io.tessera.core.watermark.Marking;
import picocli.CommandLine.Option;

/** --no-watermark and --no-visible-watermark, shared by the commands that make media. */
final class MarkingOptions {
    @Option(names = "--no-watermark", description = "Leave out the invisible mark, the visible label and the signed provenance manifest (refused when policy makes them mandatory).")
    boolean noWatermark;

    @Option(names = "--no-visible-watermark", description = "Leave out only the visible label.")
    boolean noVisibleWatermark;

    Marking marking() {
        if (noWatermark) {
            return Marking.NONE;
        }
        return noVisibleWatermark ? new Marking(true, false) : Marking.ALL;
    }

    /** The marking for a clip recorded in {@code project} (null for none): the project may turn the visible label off. */
    Marking marking(java.nio.file.Path project) throws CliException {
        Marking requested = marking();
        if (project == null || !java.nio.file.Files.exists(project)) {
            return requested;
        }
        try {
            return io.tessera.core.watermark.MarkingPolicy.forProject(requested, io.tessera.model.store.ProjectStore.load(project).isVisibleWatermark());
        } catch (io.tessera.model.store.ProjectStoreException e) {
            throw CliException.badInput("--project " + e.getMessage()); //$NON-NLS-1$
        }
    }
}
