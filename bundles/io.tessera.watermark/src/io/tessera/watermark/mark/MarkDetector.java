package io.tessera.watermark.mark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.tessera.media.VideoFrame;

/**
 * Reads the invisible mark back. Frames are reduced to their fine detail ({@link Residual}) and summed in two
 * ways: plainly (the mark adds up wherever an encoder froze it, moving content averages out) and weighted by the
 * cosine and sine of the mark's sign flips ({@link MarkLayout#sign}) at the few frame periods frame-rate changes
 * give them: there static content cancels exactly and only the flipping mark adds up, whatever the excerpt's
 * phase. The flip sums are taken twice: of the normalised detail (robust where content moves everywhere), and of
 * the raw detail weighted by each pixel's own noise over time (where content stands still, its edges carry the
 * strongest mark and nothing else that flips). Each sum is folded modulo candidate tile sizes and the known sync pattern is correlated with the fold
 * at every cyclic shift: the best (size, shift) undoes scaling and cropping. The data cells at that alignment give
 * soft bits for the Viterbi decoder, and the check code confirms the payload.
 */
public final class MarkDetector {
    /**
     * Periods, in frames of the file, at which the mark's sign can flip: the embedder's, and what frame-rate changes
     * from 24 fps to 15, 12 and 30 fps make of it.
     */
    private static final double[] PERIODS = { MarkLayout.FLIP_PERIOD, MarkLayout.FLIP_PERIOD * 15 / 24.0,
            MarkLayout.FLIP_PERIOD * 12 / 24.0, MarkLayout.FLIP_PERIOD * 30 / 24.0 };
    /**
     * Between neighbouring coarse sizes the tile drifts by at most 0.3 % of its size: a tenth of a cell at the edge
     * of a 16:9 frame, which costs the sync score little.
     */
    private static final double COARSE_STEP = 1.006;
    /**
     * Tile sizes searched, as shares of the frame's shorter side: the embedder makes it about 0.9 (more for tiny
     * frames); scaling keeps that share, cropping raises it.
     */
    private static final double MIN_SHARE = 0.6;
    private static final double MAX_SHARE = 2.0;
    private static final int MIN_SIDE = 24;
    /** Peaks refined per sum: the second catches a periodic picture's own peak outscoring the mark's. */
    private static final int CANDIDATES = 2;
    /** Other sums join the decoding at an alignment when their own sync score there is at least this. */
    private static final double COMBINE_SCORE = 3;
    /** Grey levels of detail added to each pixel's measured noise before weighting by its inverse. */
    private static final float NOISE_FLOOR = 0.7f;

    private Residual residual;
    private int frameWidth;
    private int frameHeight;
    private float[] still;
    private float[] rawStill;
    private float[] rawSquares;
    private float[] raw;
    private float[][] cos;
    private float[][] sin;
    private double[] cosSum;
    private double[] sinSum;
    private int frames;
    private long next;

    /** Adds the frame after the last one given. */
    public void accept(VideoFrame frame) {
        accept(frame, next);
    }

    /** Adds frame number {@code index} of the file; frames of another size than the first are skipped. */
    public void accept(VideoFrame frame, long index) {
        next = index + 1;
        if (residual == null) {
            frameWidth = frame.width();
            frameHeight = frame.height();
            residual = new Residual(frameWidth, frameHeight);
            int n = residual.width * residual.height;
            still = new float[n];
            rawStill = new float[n];
            rawSquares = new float[n];
            raw = new float[n];
            // per period: the flip sums of the normalised detail, then those of the raw detail
            cos = new float[2 * PERIODS.length][n];
            sin = new float[2 * PERIODS.length][n];
            cosSum = new double[PERIODS.length];
            sinSum = new double[PERIODS.length];
        } else if (frame.width() != frameWidth || frame.height() != frameHeight) {
            return;
        }
        float[] normalised = residual.of(frame, raw);
        for (int i = 0; i < normalised.length; i++) {
            still[i] += normalised[i];
            rawStill[i] += raw[i];
            rawSquares[i] += raw[i] * raw[i];
        }
        for (int k = 0; k < PERIODS.length; k++) {
            double phase = 2 * Math.PI * (index % (long) (PERIODS[k] * 8)) / PERIODS[k];
            float c = (float) Math.cos(phase);
            float s = (float) Math.sin(phase);
            cosSum[k] += c;
            sinSum[k] += s;
            addWeighted(cos[k], sin[k], normalised, c, s);
            addWeighted(cos[PERIODS.length + k], sin[PERIODS.length + k], raw, c, s);
        }
        frames++;
    }

    private static void addWeighted(float[] cosSum, float[] sinSum, float[] r, float c, float s) {
        for (int i = 0; i < r.length; i++) {
            cosSum[i] += c * r[i];
            sinSum[i] += s * r[i];
        }
    }

    public int frames() {
        return frames;
    }

    public Detection result() {
        if (residual == null || Math.min(residual.width, residual.height) < MIN_SIDE) {
            return Detection.none(frames);
        }
        List<Sums> hypotheses = hypotheses();
        Search search = new Search(residual.width, residual.height);
        int shorter = Math.min(residual.width, residual.height);
        List<Double> sizes = new ArrayList<>();
        for (double p = MIN_SHARE * shorter; p <= MAX_SHARE * shorter; p *= COARSE_STEP) {
            sizes.add(p);
        }
        double tests = 1.2 * sizes.size() * MarkLayout.CELLS * hypotheses.size();
        List<Search.Alignment> refined = new ArrayList<>();
        java.util.Map<Search.Alignment, Sums> found = new java.util.IdentityHashMap<>();
        for (Sums h : hypotheses) {
            List<Search.Alignment> coarse = new ArrayList<>();
            for (double p : sizes) {
                coarse.add(search.best(h, p, 0, 0));
            }
            coarse.sort(Comparator.comparingDouble(Search.Alignment::logP));
            for (Search.Alignment a : distinctPeaks(coarse)) {
                Search.Alignment r = search.refine(h, a, COARSE_STEP);
                refined.add(r);
                found.put(r, h);
            }
        }
        refined.sort(Comparator.comparingDouble(Search.Alignment::logP));
        double pCheck = refined.size() * Math.pow(2, -Payload.CHECK_BITS);
        for (Search.Alignment a : refined) {
            Decoded d = decode(a, combined(search, hypotheses, found.get(a), a));
            if (d.payload() != null) {
                // either test alone may decide (a faint sync with a matching check, or a strong sync): the smaller
                // of the combined and the check's own p-value, doubled for having looked at two
                double p = Math.min(1, 2 * Math.min(Stats.productOfTwo(pSync(a, tests) * pCheck), pCheck));
                return new Detection(Optional.of(d.payload()), p, a.score(), d.channelAccuracy(), a.period() * residual.factor, frames,
                        d.rawBits());
            }
        }
        Search.Alignment top = refined.get(0);
        Decoded d = decode(top, combined(search, hypotheses, found.get(top), top));
        return new Detection(Optional.empty(), pSync(top, tests), top.score(), d.channelAccuracy(), top.period() * residual.factor, frames,
                d.rawBits());
    }

    /** Bonferroni-corrected p-value of a sync score, over every (hypothesis, size, shift) tried. */
    private static double pSync(Search.Alignment a, double tests) {
        return Math.min(1, tests * Math.exp(a.logP()));
    }

    /**
     * The sums to search: the plain one, and for each flip period the cosine- and sine-weighted sums with the plain
     * one's share taken out (a clip that is not a whole number of periods long leaves some static content in them).
     * A flip period needs at least one whole period of frames.
     */
    private List<Sums> hypotheses() {
        List<Sums> list = new ArrayList<>();
        list.add(new Sums(new float[][] { still }));
        List<Sums> rawFlips = new ArrayList<>();
        for (int k = 0; k < PERIODS.length; k++) {
            if (frames < PERIODS[k]) {
                continue;
            }
            list.add(flipSums(k, still));
            Sums r = flipSums(PERIODS.length + k, rawStill);
            list.add(r);
            rawFlips.add(r);
        }
        float[] weight = noiseWeights(rawFlips);
        for (Sums r : rawFlips) {
            for (float[] image : r.images()) {
                for (int i = 0; i < image.length; i++) {
                    image[i] *= weight[i];
                }
            }
        }
        return list;
    }

    /**
     * The cosine- and sine-weighted sums of one kind of detail at one period, with the plain sum's share taken out (a
     * clip that is not a whole number of periods long leaves some static content in them).
     */
    private Sums flipSums(int index, float[] plain) {
        int k = index % PERIODS.length;
        float cm = (float) (cosSum[k] / frames);
        float sm = (float) (sinSum[k] / frames);
        float[] c = cos[index].clone();
        float[] s = sin[index].clone();
        for (int i = 0; i < c.length; i++) {
            c[i] -= cm * plain[i];
            s[i] -= sm * plain[i];
        }
        return new Sums(new float[][] { c, s });
    }

    /**
     * In the flip sums static content cancels, so what is left is what changes over time: moving objects, the
     * encoder's noise. Each pixel is weighted by the inverse of that, measured as its raw detail's variance over the
     * frames less what the flips themselves explain (at the period that explains most), smoothed over a
     * neighbourhood.
     */
    private float[] noiseWeights(List<Sums> rawFlips) {
        int n = rawStill.length;
        float[] var = new float[n];
        double inv = 1.0 / frames;
        for (int i = 0; i < n; i++) {
            double mean = rawStill[i] * inv;
            double v = rawSquares[i] * inv - mean * mean;
            double explained = 0;
            for (Sums f : rawFlips) {
                double c = f.images()[0][i] * inv;
                double s = f.images()[1][i] * inv;
                explained = Math.max(explained, 2 * (c * c + s * s));
            }
            var[i] = (float) Math.max(0, v - explained);
        }
        float[] smooth = BoxBlur.twice(var, residual.width, residual.height, residual.radius * 3);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (1 / Math.sqrt(smooth[i] + NOISE_FLOOR * NOISE_FLOOR));
        }
        return w;
    }

    private record Decoded(Payload payload, long rawBits, double channelAccuracy) {
    }

    /** The strongest coarse peaks at clearly different sizes (a peak shows at a few neighbouring sizes). */
    private static List<Search.Alignment> distinctPeaks(List<Search.Alignment> sorted) {
        List<Search.Alignment> picked = new ArrayList<>();
        for (Search.Alignment a : sorted) {
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

    /**
     * The data cells at one alignment from every sum that shows the sync pattern there, weighted by its sync score
     * (maximal-ratio combining: an encoder that froze part of the flips leaves that part in the plain sum, the
     * rest in a flip sum).
     */
    private static float[] combined(Search search, List<Sums> hypotheses, Sums own, Search.Alignment a) {
        float[] bins = a.bins();
        for (int i = 0; i < bins.length; i++) {
            bins[i] *= (float) a.score();
        }
        for (Sums h : hypotheses) {
            if (h == own) {
                continue;
            }
            Search.Alignment other = search.same(h, a);
            if (other.score() < COMBINE_SCORE) {
                continue;
            }
            float[] b = other.bins();
            for (int i = 0; i < bins.length; i++) {
                bins[i] += (float) other.score() * b[i];
            }
        }
        return bins;
    }

    private static Decoded decode(Search.Alignment a, float[] bins) {
        int n = MarkLayout.N;
        float[] soft = new float[MarkLayout.CODED_BITS];
        for (int i = 0; i < MarkLayout.DATA.length; i++) {
            int cell = MarkLayout.DATA[i];
            int r = (cell / n + a.shiftY()) & (n - 1);
            int c = (cell % n + a.shiftX()) & (n - 1);
            soft[MarkLayout.DATA_BIT[i]] += MarkLayout.DATA_CHIP[i] * bins[r * n + c];
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

    /** One image (the plain sum) or two (cosine and sine sums, whose mark has an unknown phase between them). */
    record Sums(float[][] images) {
    }
}
