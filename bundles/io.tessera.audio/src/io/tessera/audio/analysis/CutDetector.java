package io.tessera.audio.analysis;

/**
 * Finds hard cuts in a stream of proxies: a frame that differs from the previous one far more than frames usually
 * differ from their neighbours in this shot (objects moving give small, steady differences; a cut changes almost
 * every pixel at once).
 */
final class CutDetector {
    /** Below this mean difference (0..255) no change is a cut, however calm the shot was. */
    private static final double FLOOR = 18;
    private static final double RATIO = 4;
    private final double[] recent = new double[12];
    private int seen;
    private Proxy previous;

    /** True when {@code next} starts a new shot. */
    boolean isCut(Proxy next) {
        if (previous == null || previous.width() != next.width() || previous.height() != next.height()) {
            previous = next;
            return false;
        }
        double d = next.meanDifference(previous);
        previous = next;
        double typical = typical();
        boolean cut = d > FLOOR && d > RATIO * typical;
        if (cut) {
            seen = 0;
        } else {
            recent[seen++ % recent.length] = d;
        }
        return cut;
    }

    private double typical() {
        int n = Math.min(seen, recent.length);
        if (n == 0) {
            return 0;
        }
        double[] copy = java.util.Arrays.copyOf(recent, n);
        java.util.Arrays.sort(copy);
        return copy[n / 2] + 2;
    }
}
