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
 * phase. Each sum is folded modulo candidate tile sizes and the known sync pattern is correlated with the fold
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

    private Residual residual;
    private int frameWidth;
    private int frameHeight;
    private float[] still;
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
            cos = new float[PERIODS.length][n];
            sin = new float[PERIODS.length][n];
            cosSum = new double[PERIODS.length];
            sinSum = new double[PERIODS.length];
        } else if (frame.width() != frameWidth || frame.height() != frameHeight) {
            return;
        }
        float[] r = residual.of(frame);
        for (int i = 0; i < r.length; i++) {
            still[i] += r[i];
        }
        for (int k = 0; k < PERIODS.length; k++) {
            double phase = 2 * Math.PI * (index % (long) (PERIODS[k] * 8)) / PERIODS[k];
            float c = (float) Math.cos(phase);
            float s = (float) Math.sin(phase);
            cosSum[k] += c;
            sinSum[k] += s;
            float[] ck = cos[k];
            float[] sk = sin[k];
            for (int i = 0; i < r.length; i++) {
                ck[i] += c * r[i];
                sk[i] += s * r[i];
            }
        }
        frames++;
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
        for (int k = 0; k < PERIODS.length; k++) {
            if (frames < PERIODS[k]) {
                continue;
            }
            float cm = (float) (cosSum[k] / frames);
            float sm = (float) (sinSum[k] / frames);
            float[] c = cos[k].clone();
            float[] s = sin[k].clone();
            for (int i = 0; i < c.length; i++) {
                c[i] -= cm * still[i];
                s[i] -= sm * still[i];
            }
            list.add(new Sums(new float[][] { c, s }));
        }
        return list;
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
