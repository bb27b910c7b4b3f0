package io.tessera.editor.internal;

/**
 * OpenTimelineIO times are {@code value / rate}. Rates written by NTSC tools are doubles such as
 * 23.976023976023978 that stand for 24000/1001; those are recognised and converted with the exact fraction, so
 * that 1001 frames at 23.976 are exactly 41.708333... seconds, not a value that drifts by the rate's rounding.
 */
public final class OtioTime {
    private OtioTime() {
    }

    public static double seconds(double value, double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be positive, not " + rate); //$NON-NLS-1$
        }
        long nominal = Math.round(rate * 1001 / 1000);
        if (rate != Math.rint(rate) && Math.abs(rate - nominal * 1000.0 / 1001) < 1e-6) {
            return value * 1001 / (nominal * 1000.0);
        }
        return value / rate;
    }
}
