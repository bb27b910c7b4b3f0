package io.tessera.audio.synth;

import java.util.SplittableRandom;

/**
 * A procedural background sound for one setting. It is generated sample by sample from filtered seeded noise and
 * slow random modulations, never looped, so it is seamless over any length and the same seed gives the same bed.
 * Levels are set so that each bed has about the same loudness (−34 dBFS RMS); the mixer places it under the Foley.
 */
public abstract class AmbienceBed {
    protected final double rate;
    protected final Noise left;
    protected final Noise right;
    protected final SplittableRandom random;

    protected AmbienceBed(int sampleRate, long seed) {
        this.rate = sampleRate;
        this.random = new SplittableRandom(seed);
        this.left = new Noise(random.nextLong());
        this.right = new Noise(random.nextLong());
    }

    /** Writes the next sample pair into {@code out[0]} (left) and {@code out[1]} (right). */
    public abstract void next(double[] out);

    public static AmbienceBed of(Setting setting, int sampleRate, long seed) {
        return switch (setting) {
            case WIND -> new Wind(sampleRate, seed, 1.0);
            case RAIN -> new Rain(sampleRate, seed);
            case SEA -> new Sea(sampleRate, seed);
            case FOREST -> new Forest(sampleRate, seed);
            case CITY -> new City(sampleRate, seed);
            case ROOM -> new Room(sampleRate, seed);
            case NIGHT -> new Night(sampleRate, seed);
            case SPACE -> new Space(sampleRate, seed);
        };
    }

    /** A value that wanders smoothly in [0, 1], changing about every {@code seconds}. */
    protected static final class Drift {
        private final SplittableRandom random;
        private final double step;
        private double value;
        private double middle;
        private double target;

        Drift(SplittableRandom random, double seconds, double sampleRate) {
            this.random = random;
            this.step = 1 / (seconds * sampleRate);
            this.value = random.nextDouble();
            this.middle = value;
            this.target = random.nextDouble();
        }

        double next() {
            // two one-pole followers of a target that jumps now and then: smooth, never a click
            middle += (target - middle) * step;
            value += (middle - value) * step;
            if (random.nextDouble() < step) {
                target = random.nextDouble();
            }
            return value;
        }
    }

    static final class Wind extends AmbienceBed {
        private final Biquad bl;
        private final Biquad br;
        private final Biquad rumbleL;
        private final Biquad rumbleR;
        private final Drift gust;
        private final double level;
        private int n;

        Wind(int sampleRate, long seed, double level) {
            super(sampleRate, seed);
            this.level = level;
            bl = Biquad.bandPass(rate, 400, 0.7);
            br = Biquad.bandPass(rate, 430, 0.7);
            rumbleL = Biquad.lowPass(rate, 120, 0.7);
            rumbleR = Biquad.lowPass(rate, 120, 0.7);
            gust = new Drift(random, 3, rate);
        }

        @Override
        public void next(double[] out) {
            double g = gust.next();
            if (n++ % 64 == 0) {
                bl.setBandPass(rate, 300 + 450 * g, 0.7);
                br.setBandPass(rate, 320 + 470 * g, 0.7);
            }
            double a = level * (0.25 + 0.75 * g) * 0.09;
            out[0] = a * bl.process(left.pink() * 3) + level * 0.03 * rumbleL.process(left.brown());
            out[1] = a * br.process(right.pink() * 3) + level * 0.03 * rumbleR.process(right.brown());
        }
    }

    static final class Rain extends AmbienceBed {
        private final Biquad hissL = Biquad.bandPass(rate, 4500, 0.5);
        private final Biquad hissR = Biquad.bandPass(rate, 4700, 0.5);
        private double dropL;
        private double dropR;
        private double phaseL;
        private double phaseR;
        private double freqL = 3000;
        private double freqR = 3000;

        Rain(int sampleRate, long seed) {
            super(sampleRate, seed);
        }

        @Override
        public void next(double[] out) {
            // many tiny drops at random times and pitches blur into a steady patter, with no single onset standing out
            double chance = 180 / rate;
            if (random.nextDouble() < chance) {
                dropL = random.nextDouble(0.2, 1) * 0.05;
                freqL = random.nextDouble(1800, 6000);
            }
            if (random.nextDouble() < chance) {
                dropR = random.nextDouble(0.2, 1) * 0.05;
                freqR = random.nextDouble(1800, 6000);
            }
            phaseL += 2 * Math.PI * freqL / rate;
            phaseR += 2 * Math.PI * freqR / rate;
            double decay = Math.exp(-1 / (0.004 * rate));
            dropL *= decay;
            dropR *= decay;
            out[0] = 0.05 * hissL.process(left.white()) + dropL * Math.sin(phaseL);
            out[1] = 0.05 * hissR.process(right.white()) + dropR * Math.sin(phaseR);
        }
    }

    static final class Sea extends AmbienceBed {
        private final Biquad lowL = Biquad.lowPass(rate, 450, 0.7);
        private final Biquad lowR = Biquad.lowPass(rate, 470, 0.7);
        private final Biquad foamL = Biquad.bandPass(rate, 1500, 0.6);
        private final Biquad foamR = Biquad.bandPass(rate, 1550, 0.6);
        private double phase;
        private double period;

        Sea(int sampleRate, long seed) {
            super(sampleRate, seed);
            period = random.nextDouble(6, 10);
            phase = random.nextDouble();
        }

        @Override
        public void next(double[] out) {
            phase += 1 / (period * rate);
            if (phase >= 1) {
                phase -= 1;
                period = random.nextDouble(6, 10);
            }
            double swell = 0.5 - 0.5 * Math.cos(2 * Math.PI * phase);
            double wave = 0.3 + 0.7 * swell * swell;
            out[0] = wave * (0.05 * lowL.process(left.brown()) + 0.025 * foamL.process(left.pink() * 3 * swell));
            out[1] = wave * (0.05 * lowR.process(right.brown()) + 0.025 * foamR.process(right.pink() * 3 * swell));
        }
    }

    static final class Forest extends AmbienceBed {
        private final Wind breeze;
        private final Biquad leavesL = Biquad.highPass(rate, 2500, 0.7);
        private final Biquad leavesR = Biquad.highPass(rate, 2600, 0.7);
        private int nextCall;
        private int chirpLeft;
        private int chirpsToGo;
        private int chirpLength;
        private double chirpPhase;
        private double chirpFrom;
        private double chirpTo;
        private double[] chirpPan = { 0.7, 0.7 };

        Forest(int sampleRate, long seed) {
            super(sampleRate, seed);
            breeze = new Wind(sampleRate, random.nextLong(), 0.5);
            nextCall = (int) (random.nextDouble(1, 4) * rate);
        }

        @Override
        public void next(double[] out) {
            breeze.next(out);
            out[0] += 0.004 * leavesL.process(left.pink() * 3);
            out[1] += 0.004 * leavesR.process(right.pink() * 3);
            if (chirpLeft > 0) {
                double t = 1 - chirpLeft / (double) chirpLength;
                // raised-cosine envelope: a bird call swells in, it does not click like a hit
                double env = 0.5 - 0.5 * Math.cos(2 * Math.PI * t);
                chirpPhase += 2 * Math.PI * (chirpFrom + (chirpTo - chirpFrom) * t) / rate;
                double v = 0.012 * env * Math.sin(chirpPhase);
                out[0] += v * chirpPan[0];
                out[1] += v * chirpPan[1];
                chirpLeft--;
            } else if (chirpsToGo > 0) {
                startChirp();
                chirpsToGo--;
            } else if (--nextCall <= 0) {
                chirpsToGo = 1 + random.nextInt(4);
                chirpPan = Panner.gains(random.nextDouble(0.1, 0.9));
                nextCall = (int) (random.nextDouble(2.5, 7) * rate);
            }
        }

        private void startChirp() {
            chirpLength = (int) (random.nextDouble(0.07, 0.13) * rate);
            chirpLeft = chirpLength;
            chirpFrom = random.nextDouble(2500, 3500);
            chirpTo = chirpFrom + random.nextDouble(-600, 1500);
        }
    }

    static final class City extends AmbienceBed {
        private final Biquad rumbleL = Biquad.lowPass(rate, 220, 0.7);
        private final Biquad rumbleR = Biquad.lowPass(rate, 240, 0.7);
        private final Biquad carL = Biquad.bandPass(rate, 700, 0.8);
        private final Biquad carR = Biquad.bandPass(rate, 720, 0.8);
        private double carPhase = 1;
        private double carSeconds = 4;
        private double carPan;
        private int wait;

        City(int sampleRate, long seed) {
            super(sampleRate, seed);
        }

        @Override
        public void next(double[] out) {
            double car = 0;
            if (carPhase < 1) {
                carPhase += 1 / (carSeconds * rate);
                car = 0.5 - 0.5 * Math.cos(2 * Math.PI * Math.min(1, carPhase));
            } else if (--wait <= 0) {
                carPhase = 0;
                carSeconds = random.nextDouble(2.5, 5);
                carPan = random.nextBoolean() ? 1 : -1;
                wait = (int) (random.nextDouble(2, 7) * rate);
            }
            // a passing car moves across: louder on the side it is on
            double side = 0.5 + 0.5 * carPan * (2 * carPhase - 1);
            double[] pan = Panner.gains(Math.max(0, Math.min(1, side)));
            out[0] = 0.06 * rumbleL.process(left.brown()) + 0.04 * car * pan[0] * carL.process(left.pink() * 3);
            out[1] = 0.06 * rumbleR.process(right.brown()) + 0.04 * car * pan[1] * carR.process(right.pink() * 3);
        }
    }

    static final class Room extends AmbienceBed {
        private final Biquad toneL = Biquad.lowPass(rate, 900, 0.6);
        private final Biquad toneR = Biquad.lowPass(rate, 950, 0.6);
        private final Biquad hpL = Biquad.highPass(rate, 60, 0.7);
        private final Biquad hpR = Biquad.highPass(rate, 60, 0.7);

        Room(int sampleRate, long seed) {
            super(sampleRate, seed);
        }

        @Override
        public void next(double[] out) {
            out[0] = 0.035 * hpL.process(toneL.process(left.pink() * 3));
            out[1] = 0.035 * hpR.process(toneR.process(right.pink() * 3));
        }
    }

    static final class Night extends AmbienceBed {
        private final Room air;
        private int wait;
        private int pulse;
        private int pulsesLeft;
        private double phase;
        private double[] pan = { 0.7, 0.7 };

        Night(int sampleRate, long seed) {
            super(sampleRate, seed);
            air = new Room(sampleRate, random.nextLong());
            wait = (int) (random.nextDouble(0.3, 1.5) * rate);
        }

        @Override
        public void next(double[] out) {
            air.next(out);
            out[0] *= 0.7;
            out[1] *= 0.7;
            // crickets: soft trains of short 4.5 kHz pulses
            int period = (int) (rate / 28);
            if (pulsesLeft > 0) {
                int inPulse = pulse % period;
                int length = (int) (0.018 * rate);
                if (inPulse < length) {
                    double env = Math.sin(Math.PI * inPulse / length);
                    phase += 2 * Math.PI * 4500 / rate;
                    double v = 0.006 * env * env * Math.sin(phase);
                    out[0] += v * pan[0];
                    out[1] += v * pan[1];
                }
                if (++pulse % period == 0) {
                    pulsesLeft--;
                }
            } else if (--wait <= 0) {
                pulsesLeft = 6 + random.nextInt(8);
                pulse = 0;
                pan = Panner.gains(random.nextDouble(0.1, 0.9));
                wait = (int) (random.nextDouble(0.8, 2.5) * rate);
            }
        }
    }

    static final class Space extends AmbienceBed {
        private final Biquad lowL = Biquad.lowPass(rate, 110, 0.7);
        private final Biquad lowR = Biquad.lowPass(rate, 115, 0.7);
        private final Drift swell;
        private double p1;
        private double p2;
        private double p3;

        Space(int sampleRate, long seed) {
            super(sampleRate, seed);
            swell = new Drift(random, 6, rate);
        }

        @Override
        public void next(double[] out) {
            double s = 0.6 + 0.4 * swell.next();
            p1 += 2 * Math.PI * 55 / rate;
            p2 += 2 * Math.PI * 82.6 / rate;
            p3 += 2 * Math.PI * 110.3 / rate;
            double drone = 0.02 * s * (Math.sin(p1) + 0.6 * Math.sin(p2) + 0.35 * Math.sin(p3));
            out[0] = drone + 0.05 * lowL.process(left.brown());
            out[1] = drone * 0.97 + 0.05 * lowR.process(right.brown());
            if (p1 > 1e6) {
                p1 %= 2 * Math.PI;
                p2 %= 2 * Math.PI;
                p3 %= 2 * Math.PI;
            }
        }
    }
}
