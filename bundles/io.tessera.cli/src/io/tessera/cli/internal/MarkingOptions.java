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
}
