package io.tessera.watermark.mark;

/** The two tail probabilities the detector needs. */
final class Stats {
    private Stats() {
    }

    /** P(Z > z) for a standard normal Z, accurate in the far tail where detection thresholds live. */
    static double upperTail(double z) {
        if (z < 0) {
            return 1 - upperTail(-z);
        }
        if (z > 6) {
            double z2 = z * z;
            return Math.exp(-z2 / 2) / (z * Math.sqrt(2 * Math.PI)) * (1 - 1 / z2 + 3 / (z2 * z2));
        }
        // Abramowitz & Stegun 26.2.17, absolute error below 7.5e-8
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }

    /** ln P(Z > z), without underflow far out in the tail (z of 40 and more happen on strongly marked clips). */
    static double logUpperTail(double z) {
        if (z <= 6) {
            return Math.log(upperTail(z));
        }
        double z2 = z * z;
        return -z2 / 2 - Math.log(z * Math.sqrt(2 * Math.PI)) + Math.log(1 - 1 / z2 + 3 / (z2 * z2));
    }

    /**
     * The p-value of the product t of two independent p-values (Fisher's method for two): P(U1·U2 ≤ t) =
     * t(1 − ln t).
     */
    static double productOfTwo(double t) {
        if (t <= 0) {
            return 0;
        }
        return Math.min(1, t * (1 - Math.log(t)));
    }
}
