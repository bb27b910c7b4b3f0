package io.tessera.audio.synth;

import io.tessera.audio.analysis.Track;

/**
 * The air an object moves: band-passed noise whose level and pitch rise with its speed (below 1.5 kHz, under the
 * attack of the hits), placed where the object is and following it frame by frame. Bigger (nearer) objects are
 * louder and brighter. Levels glide (no onsets of their own), so only hits make percussive sounds.
 */
public final class MotionSound {
    /** Speed (frame widths per second) below which an object is silent. */
    private static final double QUIET_BELOW = 0.02;
    /** Speed at which it is at full level. */
    private static final double FULL_AT = 0.4;

    private MotionSound() {
    }

    public static void render(Track track, double fps, float[] stereo, int sampleRate, long seed, double gain) {
        int frames = stereo.length / 2;
        int start = (int) Math.round(track.firstFrame() * sampleRate / fps);
        int end = Math.min(frames, (int) Math.round((track.lastFrame() + 1) * sampleRate / fps));
        if (end <= start) {
            return;
        }
        Noise noise = new Noise(seed);
        Biquad band = Biquad.bandPass(sampleRate, 600, 1.1);
        // a band-pass alone falls only 6 dB an octave: the air of a motion must stay out of the range of the hits' attack
        Biquad top = Biquad.lowPass(sampleRate, 1200, 0.7071);
        double level = 0;
        double smoothing = 1 - Math.exp(-1 / (0.06 * sampleRate));
        double fadeIn = 0.1 * sampleRate;
        double fadeOut = 0.1 * sampleRate;
        for (int i = start; i < end; i++) {
            double f = i * fps / sampleRate;
            int k = track.at((int) Math.floor(f));
            int k2 = Math.min(track.x().length - 1, k + 1);
            double a = f - Math.floor(f);
            double speed = track.speed()[k] * (1 - a) + track.speed()[k2] * a;
            double x = track.x()[k] * (1 - a) + track.x()[k2] * a;
            double size = track.size()[k] * (1 - a) + track.size()[k2] * a;
            double loud = Math.pow(Math.min(1, Math.max(0, (speed - QUIET_BELOW) / (FULL_AT - QUIET_BELOW))), 0.7);
            double nearness = Math.min(1.6, 0.4 + size / 0.15 * 0.6);
            double targetLevel = gain * loud * nearness;
            double edge = Math.min(1, Math.min((i - start) / fadeIn, (end - i) / fadeOut));
            level += smoothing * (targetLevel * edge - level);
            if ((i & 127) == 0) {
                double centre = 200 + 900 * Math.min(1, speed / 1.2) * Math.min(1.3, 0.6 + size / 0.15 * 0.4);
                band.setBandPass(sampleRate, centre, 1.1);
                top.setLowPass(sampleRate, Math.min(1500, 1.6 * centre), 0.7071);
            }
            double v = level * top.process(band.process(noise.pink() * 3));
            double[] pan = Panner.gains(x);
            stereo[2 * i] += (float) (v * pan[0]);
            stereo[2 * i + 1] += (float) (v * pan[1]);
        }
    }
}
