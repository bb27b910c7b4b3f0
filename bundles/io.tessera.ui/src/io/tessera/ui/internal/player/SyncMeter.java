package io.tessera.ui.internal.player;

import java.util.Locale;

/**
 * How far the pictures drift from the sound: at each picture drawn while the sound paces playback, the picture's
 * time minus the time of the sound being heard. Negative means the picture is late.
 */
public final class SyncMeter {
    private long count;
    private double sum;
    private double worst;

    public synchronized void reset() {
        count = 0;
        sum = 0;
        worst = 0;
    }

    public synchronized void record(double pictureSeconds, double soundSeconds) {
        double d = pictureSeconds - soundSeconds;
        count++;
        sum += d;
        if (Math.abs(d) > Math.abs(worst)) {
            worst = d;
        }
    }

    public synchronized long count() {
        return count;
    }

    public synchronized double meanMillis() {
        return count == 0 ? 0 : sum / count * 1000;
    }

    /** The largest drift seen, with its sign. */
    public synchronized double worstMillis() {
        return worst * 1000;
    }

    @Override
    public synchronized String toString() {
        return String.format(Locale.ROOT, "%d pictures, drift mean %.1f ms, worst %.1f ms", count, meanMillis(), worstMillis()); //$NON-NLS-1$
    }
}
