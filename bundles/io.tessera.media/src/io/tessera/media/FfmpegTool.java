package io.tessera.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ffmpeg command-line tool: the peer the benches measure against, and the other software that attacks marked
 * clips or makes files Tessera did not.
 */
public final class FfmpegTool {
    private final Path executable;
    private final boolean bundled;

    private FfmpegTool(Path executable, boolean bundled) {
        this.executable = executable;
        this.bundled = bundled;
    }

    /**
     * The ffmpeg executable shipped in the FFmpeg jar Tessera itself uses: same version, same codecs (openh264), so
     * a speed comparison measures our code, not a different encoder. It needs libpulse0 on Debian.
     */
    public static FfmpegTool bundled() throws IOException {
        try {
            Natives.load();
            return new FfmpegTool(Path.of(org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffmpeg.class)), true);
        } catch (RuntimeException | LinkageError e) {
            throw new IOException("the ffmpeg executable in the FFmpeg jar cannot be loaded: " + e, e); //$NON-NLS-1$
        }
    }

    /** ffmpeg from the PATH, or an IOException telling how to install it. */
    public static FfmpegTool find() throws IOException {
        String path = System.getenv("PATH"); //$NON-NLS-1$
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "ffmpeg"); //$NON-NLS-1$
                if (Files.isExecutable(candidate)) {
                    return new FfmpegTool(candidate, false);
                }
            }
        }
        throw new IOException("the ffmpeg command-line tool is not on the PATH (Debian: apt-get install ffmpeg)"); //$NON-NLS-1$
    }

    /** Runs ffmpeg with these arguments and returns what it printed (standard output and error together). */
    public String run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (bundled) {
            // the executable finds FFmpeg's shared libraries (extracted beside it) through the loader path
            builder.environment().put("LD_LIBRARY_PATH", executable.getParent().toString()); //$NON-NLS-1$
        }
        Process process = builder.start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish in 10 minutes: " + String.join(" ", command)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (process.exitValue() != 0) {
                throw new IOException("ffmpeg failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e); //$NON-NLS-1$
        }
    }
}
