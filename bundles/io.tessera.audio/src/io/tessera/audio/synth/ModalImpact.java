package io.tessera.audio.synth;

import java.util.SplittableRandom;

/**
 * A struck object as a bank of exponentially decaying sinusoids (its modes) plus a short noise burst for the contact
 * itself. Sample-exact: the hit starts on the sample asked for, so it lines up with the frame where it was seen.
 */
public final class ModalImpact {
    private static final double MAX_SECONDS = 2.0;
    /**
     * Above this a mode dies the faster the higher it is (decay time ∝ 1/frequency), as losses to air and inside the
     * material grow with frequency: a struck object's ring darkens as it fades, and a ringing metal or glass object
     * no longer hides, in the band where a hit's attack is heard, the next hit a few frames later.
     */
    public static final double DAMPED_ABOVE_HZ = 1500;

    private ModalImpact() {
    }

    /**
     * Adds one hit into {@code stereo} (interleaved L R).
     *
     * @param start      first sample of the hit
     * @param fundamental lowest mode in Hz (bigger objects ring lower)
     * @param amplitude  peak level of the hit, linear
     * @param pan        {left, right} gains
     * @param brightness 0 (dull, far) .. 1 (bright, near): how strong the upper modes and the click are
     */
    public static void strike(float[] stereo, int sampleRate, int start, Material m, double fundamental, double amplitude, double[] pan,
            double brightness, SplittableRandom random) {
        strike(stereo, sampleRate, start, m, fundamental, amplitude, 1, pan, brightness, random);
    }

    /**
     * As {@link #strike(float[], int, int, Material, double, double, double[], double, SplittableRandom)}, with the
     * contact click {@code click} times as loud as the ring's level would make it.
     */
    public static void strike(float[] stereo, int sampleRate, int start, Material m, double fundamental, double amplitude, double click, double[] pan,
            double brightness, SplittableRandom random) {
        int frames = stereo.length / 2;
        if (start >= frames || amplitude <= 0) {
            return;
        }
        double longest = 0;
        for (double d : m.decays()) {
            longest = Math.max(longest, d);
        }
        int length = (int) Math.min(frames - (long) start, Math.round(Math.min(MAX_SECONDS, longest * 1.1) * sampleRate));
        double[] mono = new double[length];
        double norm = 0;
        double tilt = 1.3 - 0.8 * Math.max(0, Math.min(1, brightness));
        for (int k = 0; k < m.ratios().length; k++) {
            double f = fundamental * m.ratios()[k] * (1 + random.nextDouble(-0.015, 0.015));
            if (f >= 0.45 * sampleRate) {
                continue;
            }
            double a = 1 / Math.pow(k + 1, tilt) * random.nextDouble(0.8, 1.0);
            norm += a;
            double decay = m.decays()[k] * (f > DAMPED_ABOVE_HZ ? DAMPED_ABOVE_HZ / f : 1);
            double decayPerSample = Math.exp(-6.9078 / (decay * sampleRate));
            // a rotating phasor: one complex multiply per sample instead of a sine
            double c = Math.cos(2 * Math.PI * f / sampleRate);
            double s = Math.sin(2 * Math.PI * f / sampleRate);
            double re = 1;
            double im = 0;
            double env = a;
            for (int i = 0; i < length; i++) {
                mono[i] += env * im;
                double nr = re * c - im * s;
                im = re * s + im * c;
                re = nr;
                env *= decayPerSample;
            }
        }
        double modal = norm > 0 ? (1 - m.noise()) / norm : 0;
        int burst = Math.min(length, (int) Math.round(m.noiseMs() / 1000.0 * sampleRate));
        double lp = 0;
        // the contact itself is a broadband click: what makes a hit a hit, even over a ringing or a rumble
        double cutoff = 1 - Math.exp(-2 * Math.PI * (4000 + 8000 * brightness) / sampleRate);
        double burstDecay = Math.exp(-5.0 / Math.max(1, burst));
        double env = m.noise() * 3.3 * click;
        for (int i = 0; i < length; i++) {
            double v = mono[i] * modal;
            if (i < burst * 3) {
                lp += cutoff * (random.nextDouble(-1, 1) - lp);
                v += env * lp;
                env *= burstDecay;
            }
            // 0.3 ms ramp: no discontinuity, still a sharp onset
            double ramp = Math.min(1, i / (0.0003 * sampleRate));
            float out = (float) (amplitude * v * ramp);
            int o = 2 * (start + i);
            stereo[o] += (float) (out * pan[0]);
            stereo[o + 1] += (float) (out * pan[1]);
        }
    }

    /** Length of {@link #click}: a contact's broadband tick. */
    public static final double CLICK_SECONDS = 0.006;

    /**
     * Adds a bare contact tick into {@code stereo} (interleaved L R): noise between about 2 and 10 kHz (where a hit's
     * attack is heard, and under the mix's 15 kHz band limit), held for {@link #CLICK_SECONDS} with 0.3 ms and 1 ms
     * edges. Held rather than decaying, it carries its energy at a low crest factor, so the true-peak limiter takes
     * little of it back. {@code mono}, when not null, gets the same tick unpanned (for measuring it).
     */
    public static void click(float[] stereo, float[] mono, int sampleRate, int start, double gain, double[] pan, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int length = (int) Math.round(CLICK_SECONDS * sampleRate);
        double rise = 0.0003 * sampleRate;
        double fall = 0.001 * sampleRate;
        Biquad low = Biquad.lowPass(sampleRate, 10_000, 0.7071);
        Biquad high = Biquad.highPass(sampleRate, 2_000, 0.7071);
        for (int i = 0; i < length; i++) {
            double edge = Math.min(1, Math.min(i / rise, (length - i) / fall));
            double v = gain * edge * high.process(low.process(random.nextDouble(-1, 1)));
            if (mono != null && i < mono.length) {
                mono[i] += (float) v;
            }
            if (stereo != null && start + i < stereo.length / 2) {
                stereo[2 * (start + i)] += (float) (v * pan[0]);
                stereo[2 * (start + i) + 1] += (float) (v * pan[1]);
            }
        }
    }

    /** The fundamental for an object of this size: pitch falls as the object grows (frequency ∝ 1/√size). */
    public static double fundamentalFor(Material m, double size) {
        double s = Math.max(0.02, Math.min(0.8, size));
        return m.baseHz() * Math.sqrt(0.15 / s);
    }
}
