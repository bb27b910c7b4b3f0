package io.tessera.cli.internal;

import java.io.PrintWriter;

import io.tessera.core.pipeline.SoundResult;
import picocli.CommandLine.Option;

/** --audio / --no-audio, shared by the commands that generate clips. */
final class SoundOptions {
    @Option(names = "--audio", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Give the clip a sound track made by the installed audio generator (default). --no-audio leaves it silent.")
    boolean audio = true;

    /** What went wrong with the sound goes to standard error: the clip itself was made. */
    static void report(SoundResult sound, PrintWriter err) {
        for (String w : sound.warnings()) {
            err.printf("tessera: warning: %s%n", w); //$NON-NLS-1$
        }
    }
}
