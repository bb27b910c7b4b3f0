package io.tessera.watermark.mark;

/**
 * The rate-1/3, constraint-length-7 convolutional code (generators 133, 171, 165 octal, as in LTE) with a
 * soft-decision Viterbi decoder. The encoder is terminated with six zero bits so the decoder ends in state 0.
 */
public final class ConvolutionalCode {
    private static final int K = 7;
    private static final int STATES = 1 << (K - 1);
    private static final int[] GENERATORS = { 0133, 0171, 0165 };
    public static final int RATE = GENERATORS.length;
    public static final int TAIL = K - 1;

    private ConvolutionalCode() {
    }

    /** How many coded bits {@code messageBits} become. */
    public static int codedLength(int messageBits) {
        return (messageBits + TAIL) * RATE;
    }

    public static boolean[] encode(boolean[] message) {
        boolean[] out = new boolean[codedLength(message.length)];
        int register = 0;
        int o = 0;
        for (int i = 0; i < message.length + TAIL; i++) {
            int bit = i < message.length && message[i] ? 1 : 0;
            register = ((register << 1) | bit) & ((1 << K) - 1);
            for (int g : GENERATORS) {
                out[o++] = (Integer.bitCount(register & g) & 1) == 1;
            }
        }
        return out;
    }

    /**
     * Most likely message for soft values, one per coded bit: positive means "1 is likelier", the magnitude is the
     * confidence. Scale does not matter.
     */
    public static boolean[] decode(float[] soft, int messageBits) {
        int steps = messageBits + TAIL;
        if (soft.length != steps * RATE) {
            throw new IllegalArgumentException("expected " + steps * RATE + " soft values, got " + soft.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        double[] metric = new double[STATES];
        double[] next = new double[STATES];
        java.util.Arrays.fill(metric, Double.NEGATIVE_INFINITY);
        metric[0] = 0;
        byte[][] decision = new byte[steps][STATES];
        for (int t = 0; t < steps; t++) {
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            for (int state = 0; state < STATES; state++) {
                if (metric[state] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                int maxBit = t < messageBits ? 1 : 0;
                for (int bit = 0; bit <= maxBit; bit++) {
                    int register = (state << 1) | bit;
                    double m = metric[state];
                    for (int g = 0; g < RATE; g++) {
                        boolean one = (Integer.bitCount(register & GENERATORS[g]) & 1) == 1;
                        m += one ? soft[t * RATE + g] : -soft[t * RATE + g];
                    }
                    int to = register & (STATES - 1);
                    if (m > next[to]) {
                        next[to] = m;
                        // the bit shifted out tells which predecessor won
                        decision[t][to] = (byte) (state >>> (K - 2));
                    }
                }
            }
            double[] swap = metric;
            metric = next;
            next = swap;
        }
        boolean[] message = new boolean[messageBits];
        int state = 0;
        for (int t = steps - 1; t >= 0; t--) {
            int bit = state & 1;
            if (t < messageBits) {
                message[t] = bit == 1;
            }
            state = (state >>> 1) | (decision[t][state] << (K - 2));
        }
        return message;
    }
}
