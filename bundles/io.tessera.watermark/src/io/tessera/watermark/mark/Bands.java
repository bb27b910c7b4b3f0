package io.tessera.watermark.mark;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Splits per-row work over the cores. A frame is cut into a fixed number of bands, whatever the number of cores, so
 * sums gathered per band and added in band order give the same bits on every machine: marking stays a pure function
 * of the frame.
 */
final class Bands {
    /** Enough bands to keep two to eight cores busy; few enough that a 256² frame's band is still worth a task. */
    static final int COUNT = 8;

    private Bands() {
    }

    /** The first row of band {@code b} of {@code rows}. */
    static int start(int b, int rows) {
        return (int) ((long) rows * b / COUNT);
    }

    /** Runs {@code band} for every band, in parallel; returns when all are done. */
    static void each(IntConsumer band) {
        IntStream.range(0, COUNT).parallel().forEach(band);
    }
}
