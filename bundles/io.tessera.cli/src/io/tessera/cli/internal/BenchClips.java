package io.tessera.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.tessera.media.FfmpegTool;

/**
 * Clips for the benchmarks: random prompts over everything the scene language draws, and pictures made by other
 * software (FFmpeg's synthetic sources: fractal zooms, test cards, gradients, cellular automata). Only sources that
 * FFmpeg 5.1 (Debian 12, what .ci/run installs) has: zoneplate came in 7.0.
 */
final class BenchClips {
    private static final String[] COLOURS = { "red", "green", "blue", "yellow", "orange", "purple", "pink", "white", "black", "cyan" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    private static final String[] SHAPES = { "circle", "square", "triangle", "star", "ring" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String[] BACKGROUNDS = { "sky", "grass", "sand", "water", "brick", "checkerboard", "wood", "night", "grey", "dark" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    private static final String[] MOTIONS = { "moves left", "moves right", "moves up", "moves down", "bounces", "spins" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    static final List<String> FFMPEG_SOURCES = List.of("mandelbrot", "testsrc2", "gradients=speed=0.03", "smptehdbars", "cellauto=rule=30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "life=mold=10:ratio=0.1:life_color=#ffd040:death_color=#203060", "rgbtestsrc"); //$NON-NLS-1$ //$NON-NLS-2$

    private BenchClips() {
    }

    /** "a red circle moves left over a sky background", "three blue stars spin over a wood background" ... */
    static String randomPrompt(SplittableRandom r) {
        String prompt = String.format("%s %s %s %s over a %s background", //$NON-NLS-1$
                r.nextBoolean() ? "a" : new String[] { "two", "three", "four" }[r.nextInt(3)], //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                COLOURS[r.nextInt(COLOURS.length)], SHAPES[r.nextInt(SHAPES.length)], MOTIONS[r.nextInt(MOTIONS.length)],
                BACKGROUNDS[r.nextInt(BACKGROUNDS.length)]);
        if (!prompt.startsWith("a ")) { //$NON-NLS-1$
            prompt = prompt.replaceFirst("(circle|square|triangle|star|ring) moves", "$1s move").replaceFirst("(circle|square|triangle|star|ring) (bounce|spin)s", "$1s $2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return prompt;
    }

    /** An FFmpeg lavfi source ({@code name} or {@code name=options}) rendered to an H.264 MP4 at CRF 16. */
    static Path ffmpegSource(FfmpegTool ffmpeg, String source, Path file, int w, int h, int fps, double seconds) throws IOException {
        return ffmpegSource(ffmpeg, source, file, w, h, fps, seconds, 0);
    }

    /** The same, starting {@code start} seconds into the source (decoded and dropped: lavfi sources do not seek). */
    static Path ffmpegSource(FfmpegTool ffmpeg, String source, Path file, int w, int h, int fps, double seconds, double start) throws IOException {
        String spec = source + (source.contains("=") ? ":" : "=") + "s=" + w + "x" + h + ":r=" + fps; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        ffmpeg.run(List.of("-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", spec, "-ss", String.format(Locale.ROOT, "%.3f", start), "-t", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                String.format(Locale.ROOT, "%.3f", seconds), //$NON-NLS-1$
                "-c:v", "libx264", "-crf", "16", "-pix_fmt", "yuv420p", file.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return file;
    }
}
