package io.tessera.watermark.bench;

import io.tessera.media.FfmpegTool;

import java.io.IOException;
import java.nio.file.Path;

/** Applies one attack to a file with the ffmpeg CLI. */
public final class AttackRunner {
    private AttackRunner() {
    }

    /** Writes {@code out} from {@code in}; an excerpt starts {@code start} seconds in. */
    public static void apply(FfmpegTool ffmpeg, Attack attack, Path in, Path out, double start) throws IOException {
        ffmpeg.run(attack.arguments(in.toString(), out.toString(), start));
    }
}
