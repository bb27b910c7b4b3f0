package io.tessera.detection.artifacts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tessera.core.detect.Finding;
import io.tessera.media.vision.MotionCompensation;

/**
 * Pictures that change without moving. Each frame is predicted from the previous and from the next one along the
 * optical flow; what neither neighbour explains is the frame's own change. Real footage explains itself: moving
 * things are followed by the flow, revealed background is in the next frame, hidden background in the previous one.
 * Flicker, boiling texture and parts that pop in for a frame are explained by neither.
 */
public final class TemporalConsistency {
    /** Cell size in analysis pixels. */
    static final int CELL = 8;
    /** Mean unexplained change (grey levels) above which a cell counts, well above what H.264 at CRF 35 leaves. */
    static final double CELL_THRESHOLD = 12;
    /** Share of the picture unexplained at once that means a cut, not an artifact. */
    static final double CUT_SHARE = 0.45;

    /** Frame pairs given to the cores at once. */
    private static final int BATCH = 24;

    /** Flow longer than this (analysis pixels per frame) counts as motion. */
    static final float MOVING = 0.75f;

    /**
     * What the analysis found, and the numbers behind it.
     *
     * @param moving per frame, the share of the picture that moves (0 for the first frame)
     */
    public record Result(List<Finding> findings, List<Integer> cuts, double[] moving) {
    }

    private TemporalConsistency() {
    }

    public static Result analyse(FrameSequence clip, IProgressMonitor monitor) {
        int n = clip.frames();
        int w = clip.width();
        int h = clip.height();
        int cw = (w + CELL - 1) / CELL;
        int ch = (h + CELL - 1) / CELL;
        double[] meanLuma = new double[n];
        for (int t = 0; t < n; t++) {
            long s = 0;
            for (byte b : clip.grey().get(t)) {
                s += b & 0xFF;
            }
            meanLuma[t] = (double) s / (w * h);
        }
        // forward[t]: frame t predicted from t-1; backward[t]: frame t predicted from t+1
        float[][] forward = new float[n][];
        float[][] backward = new float[n][];
        double[] moving = new double[n];
        // each pair of neighbours is independent: pairs run on all cores, in batches so that progress and cancelling
        // stay on this thread; every result has its own slot, so the outcome does not depend on the order
        for (int from = 1; from < n; from += BATCH) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int to = Math.min(n, from + BATCH);
            java.util.stream.IntStream.range(from, to).parallel().forEach(t -> {
                float[] motion = new float[w * h];
                forward[t] = MotionCompensation.residual(clip.grey().get(t - 1), clip.grey().get(t), w, h, motion);
                int count = 0;
                for (float m : motion) {
                    if (m > MOVING) {
                        count++;
                    }
                }
                moving[t] = (double) count / motion.length;
                backward[t - 1] = MotionCompensation.residual(clip.grey().get(t), clip.grey().get(t - 1), w, h, null);
            });
            monitor.worked(to - from);
        }
        List<Integer> cuts = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            if (share(forward[t], CELL_THRESHOLD * 2) > CUT_SHARE && share(backward[t - 1], CELL_THRESHOLD * 2) > CUT_SHARE) {
                cuts.add(t);
            }
        }
        double[][] cells = new double[n][];
        for (int t = 1; t < n - 1; t++) {
            if (cuts.contains(t) || cuts.contains(t + 1)) {
                continue; // a frame next to a cut has one neighbour from another shot
            }
            float[] own = new float[w * h];
            for (int i = 0; i < own.length; i++) {
                own[i] = Math.min(forward[t][i], backward[t][i]);
            }
            cells[t] = cellMeans(own, w, h, cw, ch);
        }
        List<Finding> findings = new ArrayList<>(regions(cells, cw, ch, w, h, n, clip.fps()));
        findings.addAll(brightnessFlicker(meanLuma, cuts, clip.fps()));
        if (n > 1 && cuts.size() >= 3 && cuts.size() > (n / Math.max(1, clip.fps())) * 1.0) {
            findings.add(new Finding("cuts", Math.min(1, cuts.size() / (2.0 * n / clip.fps())), cuts.get(0), cuts.get(cuts.size() - 1), //$NON-NLS-1$
                    String.format(Locale.ROOT, "the whole picture changes abruptly %d times in %.1f s, more than once a second", cuts.size(), //$NON-NLS-1$
                            n / clip.fps())));
        }
        return new Result(findings, List.copyOf(cuts), moving);
    }

    private static double share(float[] r, double above) {
        int c = 0;
        for (float v : r) {
            if (v > above) {
                c++;
            }
        }
        return (double) c / r.length;
    }

    private static double[] cellMeans(float[] r, int w, int h, int cw, int ch) {
        double[] sum = new double[cw * ch];
        int[] count = new int[cw * ch];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = (y / CELL) * cw + x / CELL;
                sum[c] += r[y * w + x];
                count[c]++;
            }
        }
        for (int c = 0; c < sum.length; c++) {
            sum[c] /= count[c];
        }
        return sum;
    }

    /**
     * Cells over the threshold, joined across space and time (26-neighbourhood) into regions; a region becomes one
     * finding with its frames, its bounding box and a score from how much it changes and for how long.
     */
    private static List<Finding> regions(double[][] cells, int cw, int ch, int w, int h, int n, double fps) {
        boolean[][] seen = new boolean[n][cw * ch];
        List<Finding> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (cells[t] == null) {
                continue;
            }
            for (int c = 0; c < cw * ch; c++) {
                if (seen[t][c] || cells[t][c] <= CELL_THRESHOLD) {
                    continue;
                }
                ArrayDeque<int[]> queue = new ArrayDeque<>();
                queue.add(new int[] { t, c });
                seen[t][c] = true;
                int t0 = t;
                int t1 = t;
                int x0 = Integer.MAX_VALUE;
                int y0 = Integer.MAX_VALUE;
                int x1 = -1;
                int y1 = -1;
                int volume = 0;
                double excess = 0;
                double peakFrameCells = 0;
                int[] perFrame = new int[n];
                while (!queue.isEmpty()) {
                    int[] q = queue.poll();
                    int qt = q[0];
                    int qc = q[1];
                    int qx = qc % cw;
                    int qy = qc / cw;
                    volume++;
                    excess += cells[qt][qc] - CELL_THRESHOLD;
                    perFrame[qt]++;
                    t0 = Math.min(t0, qt);
                    t1 = Math.max(t1, qt);
                    x0 = Math.min(x0, qx);
                    y0 = Math.min(y0, qy);
                    x1 = Math.max(x1, qx);
                    y1 = Math.max(y1, qy);
                    for (int dt = -1; dt <= 1; dt++) {
                        int nt = qt + dt;
                        if (nt < 0 || nt >= n || cells[nt] == null) {
                            continue;
                        }
                        for (int dy = -1; dy <= 1; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int nx = qx + dx;
                                int ny = qy + dy;
                                if (nx < 0 || ny < 0 || nx >= cw || ny >= ch) {
                                    continue;
                                }
                                int nc = ny * cw + nx;
                                if (!seen[nt][nc] && cells[nt][nc] > CELL_THRESHOLD) {
                                    seen[nt][nc] = true;
                                    queue.add(new int[] { nt, nc });
                                }
                            }
                        }
                    }
                }
                for (int k : perFrame) {
                    peakFrameCells = Math.max(peakFrameCells, k);
                }
                double meanExcess = excess / volume;
                int frames = t1 - t0 + 1;
                // one cell for one frame can be a coding glitch; evidence grows with size, duration and strength
                double evidence = volume * Math.min(1, meanExcess / CELL_THRESHOLD);
                double score = 1 - Math.exp(-evidence / 6.0);
                if (score < 0.2) {
                    continue;
                }
                boolean whole = peakFrameCells > 0.5 * cw * ch;
                String what = whole ? "the whole picture flickers" //$NON-NLS-1$
                        : frames >= 3 ? "texture boils: the region changes from frame to frame without moving" //$NON-NLS-1$
                                : "a part flickers in and out"; //$NON-NLS-1$
                out.add(new Finding(whole ? "flicker" : frames >= 3 ? "boiling" : "pop", score, t0, t1, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        String.format(Locale.ROOT, "%s (frames %d–%d, %.2f s; unexplained change %.0f grey levels over %d cells)", what, t0, t1, //$NON-NLS-1$
                                frames / fps, meanExcess + CELL_THRESHOLD, volume),
                        Finding.Region.ofPixels(x0 * CELL, y0 * CELL, (x1 + 1) * CELL, (y1 + 1) * CELL, w, h)));
            }
        }
        return out;
    }

    /** Brightness that jumps for a frame and comes back: a fade or a camera's exposure moves one way, flicker goes and returns. */
    private static List<Finding> brightnessFlicker(double[] m, List<Integer> cuts, double fps) {
        List<Finding> out = new ArrayList<>();
        int start = -1;
        double peak = 0;
        for (int t = 1; t < m.length; t++) {
            boolean spike = false;
            double d = 0;
            if (t < m.length - 1 && !cuts.contains(t) && !cuts.contains(t + 1)) {
                double a = m[t] - m[t - 1];
                double b = m[t + 1] - m[t];
                d = m[t] - (m[t - 1] + m[t + 1]) / 2;
                spike = Math.signum(a) != Math.signum(b) && Math.min(Math.abs(a), Math.abs(b)) > 2.5;
            }
            if (spike) {
                if (start < 0) {
                    start = t;
                }
                peak = Math.max(peak, Math.abs(d));
            } else if (start >= 0) {
                int end = t - 1;
                double score = 1 - Math.exp(-(end - start + 1) * peak / 10);
                out.add(new Finding("brightness-flicker", score, start, end, String.format(Locale.ROOT, //$NON-NLS-1$
                        "the brightness jumps and returns (frames %d–%d, %.2f s; up to %.1f grey levels)", start, end, (end - start + 1) / fps, peak))); //$NON-NLS-1$
                start = -1;
                peak = 0;
            }
        }
        return out;
    }
}
