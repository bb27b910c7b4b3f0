package io.tessera.detection.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.detection.Combination;

/**
 * Fits {@link Combination}'s coefficients on a bench run's samples (unmarked generated files against real-like ones):
 * a logistic regression over the log-odds of each detector's score, with a small L2 penalty on the coefficients (not
 * the intercept) so that a detector that separates the fitting data perfectly still gets a finite, calibrated weight.
 * One model for every set of pixel detectors that may be present, so the verdict degrades to the others when one is
 * missing. Newton's method on a convex loss: the same samples give the same coefficients.
 */
public final class CombinationFit {
    /** The penalty: on {@value} times the squared coefficients, small beside hundreds of samples. */
    public static final double L2 = 1.0;
    /** The detector sets fitted, and how to read each detector's score from a sample. */
    static final List<List<String>> SETS = List.of(List.of("artifacts", "learned"), List.of("artifacts"), List.of("learned")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    static final Map<String, ToDoubleFunction<DetectionBench.Sample>> SCORES = Map.of("artifacts", DetectionBench.Sample::artifacts, //$NON-NLS-1$
            "learned", DetectionBench.Sample::learned); //$NON-NLS-1$

    private CombinationFit() {
    }

    /**
     * @param how what made the samples, for people (command, seeds), put at the head of the file
     * @return the calibration file's content, {@link Combination#read readable} back
     */
    public static ObjectNode fit(List<DetectionBench.Sample> samples, String how) {
        List<DetectionBench.Sample> pos = samples.stream().filter(s -> s.group().equals("generated")).toList(); //$NON-NLS-1$
        List<DetectionBench.Sample> neg = samples.stream().filter(s -> s.group().equals("real")).toList(); //$NON-NLS-1$
        if (pos.isEmpty() || neg.isEmpty()) {
            throw new IllegalArgumentException("fitting needs generated and real-like samples"); //$NON-NLS-1$
        }
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("fitted", String.format(java.util.Locale.ROOT, //$NON-NLS-1$
                "logistic regression (L2 penalty %.1f on the coefficients) over the log-odds of each detector's score clamped to [%s, %s], on %d unmarked generated vs %d real-like files: %s", //$NON-NLS-1$
                L2, Combination.EPS, 1 - Combination.EPS, pos.size(), neg.size(), how));
        var models = root.putArray("models"); //$NON-NLS-1$
        for (List<String> set : SETS) {
            List<DetectionBench.Sample> all = new ArrayList<>(pos);
            all.addAll(neg);
            double[][] x = new double[all.size()][set.size()];
            double[] y = new double[all.size()];
            for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < set.size(); j++) {
                    x[i][j] = Combination.logit(SCORES.get(set.get(j)).applyAsDouble(all.get(i)));
                }
                y[i] = i < pos.size() ? 1 : 0;
            }
            double[] w = logistic(x, y, L2);
            ObjectNode m = models.addObject();
            m.put("intercept", w[0]); //$NON-NLS-1$
            ObjectNode c = m.putObject("coefficients"); //$NON-NLS-1$
            for (int j = 0; j < set.size(); j++) {
                c.put(set.get(j), w[j + 1]);
            }
            Combination.Model model = new Combination.Model(set, w[0], java.util.Arrays.stream(w, 1, w.length).boxed().toList());
            Roc roc = Roc.of(pos.stream().map(s -> score(model, s)).toList(), neg.stream().map(s -> score(model, s)).toList(), DetectionBench.MAX_FPR);
            m.putObject("inSample").put("rocAuc", roc.auc()).put("tprAt1PercentFpr", roc.tprAtFpr()).put("thresholdAt1PercentFpr", roc.threshold()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return root;
    }

    static double score(Combination.Model m, DetectionBench.Sample s) {
        Map<String, Double> scores = new java.util.HashMap<>();
        m.detectors().forEach(d -> scores.put(d, SCORES.get(d).applyAsDouble(s)));
        return Combination.sigmoid(m.logOdds(scores));
    }

    /** Weights {@code [intercept, w1..wk]} minimising the log-loss plus {@code l2 · |w|²} (intercept free). */
    static double[] logistic(double[][] x, double[] y, double l2) {
        int k = x[0].length + 1;
        double[] w = new double[k];
        for (int iter = 0; iter < 100; iter++) {
            double[] g = new double[k];
            double[][] h = new double[k][k];
            for (int i = 0; i < x.length; i++) {
                double[] xi = row(x[i]);
                double z = 0;
                for (int j = 0; j < k; j++) {
                    z += w[j] * xi[j];
                }
                double p = Combination.sigmoid(z);
                double v = p * (1 - p);
                for (int a = 0; a < k; a++) {
                    g[a] += (p - y[i]) * xi[a];
                    for (int b = 0; b < k; b++) {
                        h[a][b] += v * xi[a] * xi[b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                g[a] += 2 * l2 * w[a];
                h[a][a] += 2 * l2;
            }
            h[0][0] += 1e-9; // keeps the system solvable when every sample has one label's scores
            double[] step = solve(h, g);
            double largest = 0;
            for (int j = 0; j < k; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-10) {
                break;
            }
        }
        return w;
    }

    private static double[] row(double[] x) {
        double[] r = new double[x.length + 1];
        r[0] = 1;
        System.arraycopy(x, 0, r, 1, x.length);
        return r;
    }

    /** Gaussian elimination with partial pivoting; the systems here are 2×2 or 3×3. */
    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(a0[i], n + 1);
            a[i][n] = b0[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j <= n; j++) {
                    a[r][j] -= f * a[c][j];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= a[r][j] * out[j];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }
}
