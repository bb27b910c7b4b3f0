package io.tessera.media;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

/** Loads FFmpeg's natives once, from this bundle's class loader, and keeps FFmpeg's own logging quiet. */
final class Natives {
    private static volatile boolean loaded;

    private Natives() {
    }

    static void load() {
        if (loaded) {
            return;
        }
        synchronized (Natives.class) {
            if (!loaded) {
                Loader.load(avutil.class);
                avutil.av_log_set_level(avutil.AV_LOG_ERROR);
                loaded = true;
            }
        }
    }

    /** The ffmpeg 8 executable shipped inside the ffmpeg jar, for benchmarks against the CLI. */
    static String ffmpegExecutable() {
        return Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
    }
}
