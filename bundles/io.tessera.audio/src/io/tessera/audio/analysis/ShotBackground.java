package io.tessera.audio.analysis;

import java.util.List;

/**
 * A shot's background as the per-pixel temporal median of its frames: moving objects cover any one pixel for a
 * minority of the shot, so the median shows what is behind them. At most {@link #SAMPLES} frames, spread evenly, are
 * used. (A per-pixel spread threshold was tried: where objects land and bounce often, their own passes widen it and
 * they vanish exactly where they hit, so one threshold for the whole picture is kept.)
 */
final class ShotBackground {
    static final int SAMPLES = 64;

    private ShotBackground() {
    }

    static byte[] median(List<Proxy> frames) {
        int count = Math.min(SAMPLES, frames.size());
        List<byte[]> picked = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(frames.get((int) ((long) i * frames.size() / count)).rgb());
        }
        return io.tessera.media.vision.TemporalMedian.of(picked);
    }
}
