package io.tessera.watermark.mark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.tessera.media.VideoFrame;

/**
 * Reads the invisible mark back. Frames are reduced to their fine detail (luma minus a blur, clipped so edges do
 * not dominate) and summed; the mark adds up in every frame while moving content averages out. The sum is then
 * folded modulo candidate tile sizes, and the known sync pattern is correlated with the fold at every cyclic
 * shift: the best (size, shift) undoes scaling and cropping. The data cells at that alignment give soft bits for
 * the Viterbi decoder, and the check code confirms the payload.
 */
public final class MarkDetector {
    private static final float CLIP = 8f;
    /** Grey levels added to the local detail level before dividing by it, so flat areas are not amplified without bound. */
    private static final float FLOOR = 0.5f;
    private static final double COARSE_STEP = 1.003;
    private static final int MIN_PERIOD = 48;
    private static final int MAX_PERIOD = 640;
    private static final int CANDIDATES = 4;

    private float[] sum;
    private int width;
    private int height;
    private int frames;

    /** Adds a frame; frames of another size than the first are skipped. */
    public void accept(VideoFrame frame) {
        if (sum == null) {
            width = frame.width();
            height = frame.height();
            sum = new float[width * height];
        } else if (frame.width() != width || frame.height() != height) {
            return;
        }
        float[] residual = Residual.of(frame);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += residual[i];
        }
        frames++;
    }

    public int frames() {
        return frames;
    }

    public Detection result() {
        if (sum == null || Math.min(width, height) < MIN_PERIOD / 2) {
            return Detection.none(frames);
        }
        int maxPeriod = Math.min(MAX_PERIOD, 2 * Math.max(width, height));
        List<Alignment> coarse = new ArrayList<>();
        int tests = 0;
        for (double p = MIN_PERIOD; p <= maxPeriod; p *= COARSE_STEP) {
            coarse.add(best(p, 0, 0));
            tests += MarkLayout.CELLS;
        }
        coarse.sort(Comparator.comparingDouble(Alignment::z).reversed());
        List<Alignment> refined = new ArrayList<>();
        for (Alignment a : distinctPeaks(coarse)) {
            refined.add(refine(a));
        }
        refined.sort(Comparator.comparingDouble(Alignment::z).reversed());
        Alignment top = refined.get(0);
        double pSync = Math.min(1, tests * 1.2 * Stats.upperTail(top.z()));
        for (int i = 0; i < refined.size(); i++) {
            Alignment a = refined.get(i);
            Decoded d = decode(a);
            if (d.payload() != null) {
                double pSyncHere = Math.min(1, tests * 1.2 * Stats.upperTail(a.z()));
                double pCheck = refined.size() * Math.pow(2, -Payload.CHECK_BITS);
                return new Detection(Optional.of(d.payload()), Stats.productOfTwo(pSyncHere * pCheck), a.z(), d.channelAccuracy(),
                        a.period(), frames, d.rawBits());
            }
        }
        Decoded d = decode(top);
        return new Detection(Optional.empty(), pSync, top.z(), d.channelAccuracy(), top.period(), frames, d.rawBits());
    }

    private record Alignment(double period, double offsetX, double offsetY, int shiftX, int shiftY, double z, float[] bins) {
    }

    private record Decoded(Payload payload, long rawBits, double channelAccuracy) {
    }

    /** The strongest coarse peaks at clearly different sizes (a peak shows at a few neighbouring sizes). */
    private static List<Alignment> distinctPeaks(List<Alignment> sorted) {
        List<Alignment> picked = new ArrayList<>();
        for (Alignment a : sorted) {
            boolean near = picked.stream().anyMatch(b -> Math.abs(Math.log(a.period() / b.period())) < 0.02);
            if (!near) {
                picked.add(a);
            }
            if (picked.size() == CANDIDATES) {
                break;
            }
        }
        return picked;
    }

    private Alignment refine(Alignment coarse) {
        Alignment best = coarse;
        for (int k = -15; k <= 15; k++) {
            Alignment a = best(coarse.period() * (1 + k * 0.001), 0, 0);
            if (a.z() > best.z()) {
                best = a;
            }
        }
        // near the right size the score has a plateau (small drifts cost little): take its centre, not its edge
        double around = best.period();
        List<Alignment> fine = new ArrayList<>();
        for (int k = -10; k <= 10; k++) {
            fine.add(best(around * (1 + k * 0.0003), 0, 0));
        }
        double top = fine.stream().mapToDouble(Alignment::z).max().orElse(best.z());
        double weight = 0;
        double centre = 0;
        for (Alignment a : fine) {
            if (a.z() >= top - 0.5) {
                weight += a.z();
                centre += a.z() * a.period();
            }
        }
        Alignment centred = best(centre / weight, 0, 0);
        best = centred.z() >= top - 0.5 ? centred : fine.stream().max(Comparator.comparingDouble(Alignment::z)).orElse(best);
        double period = best.period();
        for (int ox = 0; ox < 3; ox++) {
            for (int oy = 0; oy < 3; oy++) {
                if (ox == 0 && oy == 0) {
                    continue;
                }
                Alignment a = best(period, ox / 3.0, oy / 3.0);
                if (a.z() > best.z()) {
                    best = a;
                }
            }
        }
        // with the sub-cell phase settled, the size can be pinned down more finely
        Alignment phased = best;
        for (int k = -8; k <= 8; k++) {
            Alignment a = best(phased.period() * (1 + k * 0.0008), phased.offsetX(), phased.offsetY());
            if (a.z() > best.z()) {
                best = a;
            }
        }
        return best;
    }

    /** Folds the summed detail modulo one tile size and finds the best cyclic shift of the sync pattern in it. */
    private Alignment best(double period, double offsetX, double offsetY) {
        float[] bins = Whitening.whiten(fold(period, offsetX, offsetY));
        int n = MarkLayout.N;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bx = 0;
        int by = 0;
        for (int dy = 0; dy < n; dy++) {
            for (int dx = 0; dx < n; dx++) {
                double score = 0;
                for (int i = 0; i < MarkLayout.SYNC_CELLS; i++) {
                    int cell = MarkLayout.SYNC[i];
                    int r = (cell / n + dy) & (n - 1);
                    int c = (cell % n + dx) & (n - 1);
                    score += MarkLayout.SYNC_SIGN[i] * bins[r * n + c];
                }
                if (score > bestScore) {
                    bestScore = score;
                    bx = dx;
                    by = dy;
                }
            }
        }
        return new Alignment(period, offsetX, offsetY, bx, by, bestScore / Math.sqrt(MarkLayout.SYNC_CELLS), bins);
    }

    /** Mean detail per tile cell, normalised to zero mean and unit variance over the cells. */
    private float[] fold(double period, double offsetX, double offsetY) {
        int n = MarkLayout.N;
        int[] col = cellIndex(width, period, offsetX);
        int[] row = cellIndex(height, period, offsetY);
        double[] total = new double[MarkLayout.CELLS];
        int[] count = new int[MarkLayout.CELLS];
        for (int y = 0; y < height; y++) {
            int base = row[y] * n;
            int o = y * width;
            for (int x = 0; x < width; x++) {
                int cell = base + col[x];
                total[cell] += sum[o + x];
                count[cell]++;
            }
        }
        float[] bins = new float[MarkLayout.CELLS];
        double mean = 0;
        int filled = 0;
        for (int i = 0; i < bins.length; i++) {
            if (count[i] > 0) {
                bins[i] = (float) (total[i] / count[i]);
                mean += bins[i];
                filled++;
            }
        }
        mean /= Math.max(1, filled);
        double var = 0;
        for (int i = 0; i < bins.length; i++) {
            if (count[i] > 0) {
                bins[i] -= (float) mean;
                var += bins[i] * bins[i];
            }
        }
        float scale = (float) (1 / Math.sqrt(Math.max(var / Math.max(1, filled), 1e-12)));
        for (int i = 0; i < bins.length; i++) {
            bins[i] = count[i] > 0 ? bins[i] * scale : 0;
        }
        return bins;
    }

    /** Tile cell of each pixel along an axis, measured from the frame's centre so scale errors stay small at both edges. */
    private static int[] cellIndex(int length, double period, double offset) {
        int n = MarkLayout.N;
        int[] index = new int[length];
        double centre = length / 2.0;
        for (int x = 0; x < length; x++) {
            double u = (x + 0.5 - centre) / period * n + offset;
            index[x] = Math.floorMod((int) Math.floor(u), n);
        }
        return index;
    }

    private static Decoded decode(Alignment a) {
        int n = MarkLayout.N;
        float[] soft = new float[MarkLayout.CODED_BITS];
        for (int i = 0; i < MarkLayout.DATA.length; i++) {
            int cell = MarkLayout.DATA[i];
            int r = (cell / n + a.shiftY()) & (n - 1);
            int c = (cell % n + a.shiftX()) & (n - 1);
            soft[MarkLayout.DATA_BIT[i]] += MarkLayout.DATA_CHIP[i] * a.bins()[r * n + c];
        }
        boolean[] message = ConvolutionalCode.decode(soft, Payload.MESSAGE_BITS);
        boolean[] recoded = ConvolutionalCode.encode(message);
        int agree = 0;
        for (int i = 0; i < soft.length; i++) {
            if (soft[i] > 0 == recoded[i]) {
                agree++;
            }
        }
        return new Decoded(Payload.ofMessage(message), Payload.rawBits(message), agree / (double) soft.length);
    }

    /** Per-pixel fine detail of a frame's luma. */
    static final class Residual {
        private Residual() {
        }

        static float[] of(VideoFrame frame) {
            int w = frame.width();
            int h = frame.height();
            float[] luma = Luma.of(frame);
            int radius = Math.max(2, Math.round(Math.min(w, h) / 36f));
            float[] blur = BoxBlur.twice(luma, w, h, radius);
            for (int p = 0; p < luma.length; p++) {
                float d = luma[p] - blur[p];
                luma[p] = d > CLIP ? CLIP : d < -CLIP ? -CLIP : d;
            }
            // busy picture areas hide the mark under their own detail: divide by the local detail level so every
            // area votes with the weight of its signal-to-noise ratio
            float[] squares = new float[luma.length];
            for (int p = 0; p < luma.length; p++) {
                squares[p] = luma[p] * luma[p];
            }
            float[] local = BoxBlur.twice(squares, w, h, radius * 3);
            for (int p = 0; p < luma.length; p++) {
                luma[p] = luma[p] / (float) Math.sqrt(local[p] + FLOOR * FLOOR);
            }
            return luma;
        }
    }
}
