package io.tessera.detection.bench;

import java.util.Arrays;
import java.util.List;

/**
 * How well a score separates positives from negatives.
 *
 * @param auc area under the ROC curve (Mann–Whitney: the chance a random positive scores above a random negative,
 *        ties counting half)
 * @param tprAtFpr true-positive rate at the best threshold whose false-positive rate is at most {@code fpr}
 * @param threshold that threshold (a sample is flagged when its score is at least this)
 * @param fpr the false-positive rate allowed
 * @param positives how many positives
 * @param negatives how many negatives
 */
public record Roc(double auc, double tprAtFpr, double threshold, double fpr, int positives, int negatives) {

    public static Roc of(List<Double> positives, List<Double> negatives, double maxFpr) {
        double[] pos = positives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] neg = negatives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (pos.length == 0 || neg.length == 0) {
            return new Roc(Double.NaN, Double.NaN, Double.NaN, maxFpr, pos.length, neg.length);
        }
        double wins = 0;
        for (double p : pos) {
            int below = lowerBound(neg, p);
            int notAbove = upperBound(neg, p);
            wins += below + 0.5 * (notAbove - below);
        }
        double auc = wins / ((double) pos.length * neg.length);
        double bestTpr = 0;
        double bestThreshold = Double.POSITIVE_INFINITY;
        double[] candidates = java.util.stream.DoubleStream.concat(Arrays.stream(pos), Arrays.stream(neg)).distinct().sorted().toArray();
        for (double t : candidates) {
            double fp = (double) (neg.length - lowerBound(neg, t)) / neg.length;
            if (fp > maxFpr) {
                continue;
            }
            double tp = (double) (pos.length - lowerBound(pos, t)) / pos.length;
            if (tp > bestTpr || tp == bestTpr && t < bestThreshold) {
                bestTpr = tp;
                bestThreshold = t;
            }
        }
        return new Roc(auc, bestTpr, bestThreshold, maxFpr, pos.length, neg.length);
    }

    /** Index of the first element not below {@code v}. */
    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element above {@code v}. */
    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
