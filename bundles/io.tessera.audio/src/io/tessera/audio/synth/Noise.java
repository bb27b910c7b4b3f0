package io.tessera.audio.synth;

import java.util.SplittableRandom;

/** Seeded noise colours: white, pink (Paul Kellet's economy filter) and brown (leaky integrated white). */
public final class Noise {
    private final SplittableRandom random;
    private double p0;
    private double p1;
    private double p2;
    private double brown;

    public Noise(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public double white() {
        return random.nextDouble() * 2 - 1;
    }

    public double pink() {
        double w = white();
        p0 = 0.99765 * p0 + w * 0.0990460;
        p1 = 0.96300 * p1 + w * 0.2965164;
        p2 = 0.57000 * p2 + w * 1.0526913;
        return (p0 + p1 + p2 + w * 0.1848) * 0.25;
    }

    public double brown() {
        brown = 0.995 * brown + 0.06 * white();
        return brown * 1.6;
    }

    public SplittableRandom random() {
        return random;
    }
}
