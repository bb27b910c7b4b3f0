package io.tessera.audio.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tessera.media.FfmpegTool;

/** The ffmpeg CLI as the bench's peer, when it is installed: its decoder's speed and its EBU R128 meter. */
final class FfmpegPeer {
    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS"); //$NON-NLS-1$
    private static final Pattern PEAK = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS"); //$NON-NLS-1$

    private FfmpegPeer() {
    }

    /** Wall seconds for ffmpeg to decode the file's pictures on one thread, or -1 without ffmpeg. */
    static double decodeSeconds(Path file) {
        long t0 = System.nanoTime();
        String out = run(List.of("-v", "error", "-nostdin", "-threads", "1", "-i", file.toString(), "-an", "-f", "null", "-")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        return out == null ? -1 : (System.nanoTime() - t0) / 1e9;
    }

    /** {integrated LUFS, true peak dBTP} by ffmpeg's ebur128 filter, or null without ffmpeg. */
    static double[] loudness(Path file) {
        String out = run(List.of("-nostats", "-nostdin", "-i", file.toString(), "-vn", "-af", "ebur128=peak=true", "-f", "null", "-")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        if (out == null) {
            return null;
        }
        // the summary comes last: take the last match of each
        Matcher i = INTEGRATED.matcher(out);
        Double lufs = null;
        while (i.find()) {
            lufs = Double.valueOf(i.group(1));
        }
        Matcher p = PEAK.matcher(out);
        Double peak = null;
        while (p.find()) {
            peak = p.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.valueOf(p.group(1)); //$NON-NLS-1$
        }
        return lufs == null || peak == null ? null : new double[] { lufs, peak };
    }

    /** What ffmpeg printed, or null when it is not installed or failed: the peer is optional. */
    private static String run(List<String> arguments) {
        try {
            return FfmpegTool.find().run(arguments);
        } catch (IOException e) {
            return null;
        }
    }
}
