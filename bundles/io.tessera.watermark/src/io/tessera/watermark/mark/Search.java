package io.tessera.watermark.mark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tile in summed detail: folds it modulo one tile size and correlates the sync pattern with the fold at
 * every cyclic shift; {@link #refine} then settles size and sub-cell phase around a coarse peak.
 */
final class Search {
    private final int width;
    private final int height;

    Search(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * The sync pattern at one alignment.
     *
     * @param score |z| for a plain sum, the length of the (cosine, sine) z pair for a flip sum
     * @param logP natural log of the chance of so high a score at one alignment without a mark: two-sided normal
     *        for one image, chi-square with two degrees of freedom (exp(−r²/2)) for a pair
     * @param weights how to combine the images' whitened tiles into one: the score's sign, or the pair's phase
     */
    record Alignment(double period, double offsetX, double offsetY, int shiftX, int shiftY, double score, double logP,
            Whitening.Spectrum[] spectra, double[] weights) {

        /** Whitened cells, with the mark's sign (or phase) undone. */
        float[] bins() {
            float[] out = new float[MarkLayout.CELLS];
            for (int k = 0; k < spectra.length; k++) {
                float[] t = Whitening.tile(spectra[k]);
                for (int i = 0; i < out.length; i++) {
                    out[i] += (float) (weights[k] * t[i]);
                }
            }
            return out;
        }
    }

    Alignment best(MarkDetector.Sums sums, double period, double offsetX, double offsetY) {
        return at(sums, period, offsetX, offsetY, -1);
    }

    /** The same tile position in other sums (they hold the same pattern with another sign, phase and noise). */
    Alignment same(MarkDetector.Sums sums, Alignment a) {
        return at(sums, a.period(), a.offsetX(), a.offsetY(), a.shiftY() * MarkLayout.N + a.shiftX());
    }

    /** The best shift at one size and sub-cell phase, or the given shift when {@code shift} is not negative. */
    private Alignment at(MarkDetector.Sums sums, double period, double offsetX, double offsetY, int shift) {
        float[][] images = sums.images();
        Whitening.Spectrum[] spectra = new Whitening.Spectrum[images.length];
        float[][] z = new float[images.length][];
        float[][] bins = fold(images, period, offsetX, offsetY);
        for (int k = 0; k < images.length; k++) {
            spectra[k] = Whitening.whiten(bins[k]);
            z[k] = Whitening.syncScores(spectra[k]);
        }
        int best = Math.max(0, shift);
        double bestScore = -1;
        for (int d = shift >= 0 ? shift : 0; d < (shift >= 0 ? shift + 1 : MarkLayout.CELLS); d++) {
            double s = 0;
            for (float[] zk : z) {
                s += zk[d] * zk[d];
            }
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        double score = Math.sqrt(bestScore);
        double[] weights = new double[images.length];
        double logP;
        if (images.length == 1) {
            weights[0] = Math.signum(z[0][best]);
            logP = Math.log(2) + Stats.logUpperTail(score);
        } else {
            for (int k = 0; k < images.length; k++) {
                weights[k] = z[k][best] / Math.max(score, 1e-12);
            }
            logP = -score * score / 2;
        }
        int n = MarkLayout.N;
        return new Alignment(period, offsetX, offsetY, best % n, best / n, score, logP, spectra, weights);
    }

    /** Settles size and sub-cell phase around a coarse peak (the coarse steps are {@code coarseStep} apart). */
    Alignment refine(MarkDetector.Sums sums, Alignment coarse, double coarseStep) {
        Alignment best = coarse;
        double step = (coarseStep - 1) / 4;
        for (int k = -4; k <= 4; k++) {
            if (k != 0) {
                best = better(best, best(sums, coarse.period() * (1 + k * step), 0, 0));
            }
        }
        // near the right size the score has a plateau (small drifts cost little): take its centre, not its edge
        double around = best.period();
        List<Alignment> fine = new ArrayList<>();
        for (int k = -6; k <= 6; k++) {
            fine.add(best(sums, around * (1 + k * 0.0004), 0, 0));
        }
        double top = fine.stream().mapToDouble(Alignment::score).max().orElse(best.score());
        double weight = 0;
        double centre = 0;
        for (Alignment a : fine) {
            if (a.score() >= top - 0.5) {
                weight += a.score();
                centre += a.score() * a.period();
            }
        }
        Alignment centred = best(sums, centre / weight, 0, 0);
        best = centred.score() >= top - 0.5 ? centred : fine.stream().max(Comparator.comparingDouble(Alignment::score)).orElse(best);
        double period = best.period();
        for (int ox = 0; ox < 3; ox++) {
            for (int oy = 0; oy < 3; oy++) {
                if (ox != 0 || oy != 0) {
                    best = better(best, best(sums, period, ox / 3.0, oy / 3.0));
                }
            }
        }
        // with the sub-cell phase settled, the size can be pinned down more finely
        Alignment phased = best;
        for (int k = -4; k <= 4; k++) {
            if (k != 0) {
                best = better(best, best(sums, phased.period() * (1 + k * 0.0008), phased.offsetX(), phased.offsetY()));
            }
        }
        return best;
    }

    private static Alignment better(Alignment a, Alignment b) {
        return b.logP() < a.logP() ? b : a;
    }

    /** Mean detail per tile cell of each image, less its mean over the cells. */
    private float[][] fold(float[][] images, double period, double offsetX, double offsetY) {
        int n = MarkLayout.N;
        int[] col = cellIndex(width, period, offsetX);
        int[] row = cellIndex(height, period, offsetY);
        int[] count = new int[MarkLayout.CELLS];
        double[][] total = new double[images.length][MarkLayout.CELLS];
        for (int y = 0; y < height; y++) {
            int base = row[y] * n;
            for (int x = 0; x < width; x++) {
                count[base + col[x]]++;
            }
        }
        for (int k = 0; k < images.length; k++) {
            float[] image = images[k];
            double[] t = total[k];
            for (int y = 0; y < height; y++) {
                int base = row[y] * n;
                int o = y * width;
                for (int x = 0; x < width; x++) {
                    t[base + col[x]] += image[o + x];
                }
            }
        }
        float[][] bins = new float[images.length][MarkLayout.CELLS];
        for (int k = 0; k < images.length; k++) {
            double mean = 0;
            int filled = 0;
            for (int i = 0; i < MarkLayout.CELLS; i++) {
                if (count[i] > 0) {
                    bins[k][i] = (float) (total[k][i] / count[i]);
                    mean += bins[k][i];
                    filled++;
                }
            }
            mean /= Math.max(1, filled);
            for (int i = 0; i < MarkLayout.CELLS; i++) {
                bins[k][i] = count[i] > 0 ? bins[k][i] - (float) mean : 0;
            }
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
}
