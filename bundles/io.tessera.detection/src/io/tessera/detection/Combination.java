package io.tessera.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the pixel detectors' scores become one calibrated chance that a machine made the clip: a logistic regression
 * over the log-odds of each detector's score, so a detector counts as much as it proved reliable on measured data and
 * no more. Joining scores as independent chances let one detector's confident mistakes (the artifact analysis on
 * FFmpeg's mandelbrot) decide alone; here its coefficient is what its measured reliability earns.
 *
 * <p>One model per set of detectors that may be present, so that the verdict still means something when a detector
 * cannot run in this installation (the learned detector without its network's bundle): the model for the detectors
 * that did run is used. The shipped coefficients ({@link #RESOURCE}) say how they were fitted ({@link #fitted()}).
 *
 * @param fitted how, on what and when the coefficients were fitted, for people
 * @param models one per detector set
 * @param details the fit's own record (command, data, per-model in-sample figures); kept as written
 */
public record Combination(String fitted, List<Model> models, ObjectNode details) {
    public static final String RESOURCE = "/calibration/combination.json"; //$NON-NLS-1$
    /** Scores are clamped to [EPS, 1 - EPS] before their log-odds: a score of exactly 0 or 1 is not infinite evidence. */
    public static final double EPS = 1e-3;

    /**
     * A logistic model over some detectors.
     *
     * @param detectors the detectors' ids
     * @param intercept log-odds when every detector scores 0.5
     * @param coefficients one per detector, multiplying the log-odds of its score
     */
    public record Model(List<String> detectors, double intercept, List<Double> coefficients) {
        public Model {
            detectors = List.copyOf(detectors);
            coefficients = List.copyOf(coefficients);
            if (detectors.size() != coefficients.size()) {
                throw new IllegalArgumentException("one coefficient per detector: " + detectors + " " + coefficients); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        /** What detector {@code i}'s score adds to the log-odds of generation. */
        public double contribution(int i, double score) {
            return coefficients.get(i) * logit(score);
        }

        /** Log-odds of generation given each of {@link #detectors()}'s scores. */
        public double logOdds(Map<String, Double> scores) {
            double z = intercept;
            for (int i = 0; i < detectors.size(); i++) {
                z += contribution(i, scores.get(detectors.get(i)));
            }
            return z;
        }
    }

    public Combination {
        models = List.copyOf(models);
    }

    /** The log-odds of a score, clamped to [{@link #EPS}, 1 - EPS]. */
    public static double logit(double score) {
        double p = Math.min(1 - EPS, Math.max(EPS, score));
        return Math.log(p / (1 - p));
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Every detector some model knows. */
    public Set<String> known() {
        Set<String> all = new LinkedHashSet<>();
        models.forEach(m -> all.addAll(m.detectors()));
        return all;
    }

    /** The model for exactly these of the known detectors, if one was fitted. */
    public Optional<Model> modelFor(Collection<String> present) {
        Set<String> want = new LinkedHashSet<>(present);
        want.retainAll(known());
        return models.stream().filter(m -> Set.copyOf(m.detectors()).equals(want)).findFirst();
    }

    private static Combination shipped;

    /** The coefficients shipped in this bundle. */
    public static synchronized Combination shipped() {
        if (shipped == null) {
            try (InputStream in = Combination.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " is missing from bundle io.tessera.detection"); //$NON-NLS-1$
                }
                shipped = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the detectors' calibration: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
        return shipped;
    }

    public static Combination read(InputStream in) throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(in);
        List<Model> models = new ArrayList<>();
        for (var m : root.withArray("models")) { //$NON-NLS-1$
            List<String> ids = new ArrayList<>();
            List<Double> coef = new ArrayList<>();
            m.get("coefficients").properties().forEach(e -> { //$NON-NLS-1$
                ids.add(e.getKey());
                coef.add(e.getValue().asDouble());
            });
            models.add(new Model(ids, m.get("intercept").asDouble(), coef)); //$NON-NLS-1$
        }
        if (models.isEmpty()) {
            throw new IOException("the calibration has no models"); //$NON-NLS-1$
        }
        return new Combination(root.path("fitted").asText(""), models, root); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
