package io.tessera.audio.synth;

/**
 * A second-order IIR section (the RBJ audio-EQ cookbook forms), transposed direct form II. Stateful, so a long sound can
 * be filtered block by block without seams.
 */
public final class Biquad {
    private double b0;
    private double b1;
    private double b2;
    private double a1;
    private double a2;
    private double z1;
    private double z2;

    private Biquad() {
    }

    public static Biquad lowPass(double sampleRate, double frequency, double q) {
        Biquad f = new Biquad();
        f.setLowPass(sampleRate, frequency, q);
        return f;
    }

    public static Biquad highPass(double sampleRate, double frequency, double q) {
        double w = 2 * Math.PI * clampFrequency(sampleRate, frequency) / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double cos = Math.cos(w);
        Biquad f = new Biquad();
        f.set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
        return f;
    }

    /** Band-pass with 0 dB gain at the centre. */
    public static Biquad bandPass(double sampleRate, double frequency, double q) {
        Biquad f = new Biquad();
        f.setBandPass(sampleRate, frequency, q);
        return f;
    }

    public void setLowPass(double sampleRate, double frequency, double q) {
        double w = 2 * Math.PI * clampFrequency(sampleRate, frequency) / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double cos = Math.cos(w);
        set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public void setBandPass(double sampleRate, double frequency, double q) {
        double w = 2 * Math.PI * clampFrequency(sampleRate, frequency) / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double cos = Math.cos(w);
        set(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private void set(double nb0, double nb1, double nb2, double na0, double na1, double na2) {
        b0 = nb0 / na0;
        b1 = nb1 / na0;
        b2 = nb2 / na0;
        a1 = na1 / na0;
        a2 = na2 / na0;
    }

    private static double clampFrequency(double sampleRate, double f) {
        return Math.max(10, Math.min(0.45 * sampleRate, f));
    }

    public double process(double x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }
}
