package io.tessera.audio.synth;

/** Equal-power stereo placement: a source keeps its loudness as it moves across, only its side changes. */
public final class Panner {
    private Panner() {
    }

    /** {left, right} gains for a source at {@code x} (0 = left edge of the picture, 1 = right edge). */
    public static double[] gains(double x) {
        double t = Math.max(0, Math.min(1, x)) * Math.PI / 2;
        return new double[] { Math.cos(t), Math.sin(t) };
    }
}
