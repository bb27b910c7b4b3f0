package io.tessera.audio.mix;

import io.tessera.media.audio.Limiter;
import io.tessera.media.audio.Oversampler;

/**
 * Brings a finished track to a delivery loudness (for example -16 LUFS / -1 dBTP for web video) in place. A plain
 * gain would overshoot the peak ceiling on dynamic material and the limiter after it lowers the loudness again, so
 * the gain is searched against the loudness measured after limiting. Impacts over a quiet bed are the hard case:
 * there loudness hardly rises with gain, and can even fall as the bed crosses the relative gate, so the search
 * brackets the target instead of trusting a slope. If the material cannot get there under the ceiling, the
 * attempt closest to the target is kept and the result reports what was reached, so callers compare rather than
 * trust.
 */
public final class LoudnessNormalizer {
    /** Accuracy aimed for; well inside the 0.3 LU promised, so a second meter rounding differently still agrees. */
    private static final double TOLERANCE_LU = 0.05;
    /** Cheap trials: first limiter pass plus a loudness measurement, about a third of a full iteration. */
    private static final int MAX_PROBES = 8;
    /** Full iterations: the limiter with its true-peak verification, then a loudness measurement. */
    private static final int MAX_ITERATIONS = 4;
    /** No single correction larger than this, so a wild step on odd material cannot blow the track up. */
    private static final double MAX_STEP_DB = 12.0;
    /**
     * At most this much more gain than a plain gain change would need: beyond it the limiter would be crushing
     * the track (or lifting its noise floor by 100 dB) for an unreachable target, and the result says so anyway.
     */
    private static final double MAX_LIMITING_DB = 24.0;
    private static final double LOOKAHEAD_MS = 5.0;
    private static final double RELEASE_MS = 30.0;

    private LoudnessNormalizer() {
    }

    /**
     * @param gainDb the overall gain applied before the limiter (limiter reduction not included)
     * @param integratedLufs the loudness of the result
     * @param truePeakDbtp the true peak of the result
     * @param inputLufs the loudness before normalising
     */
    public record Result(double gainDb, double integratedLufs, double truePeakDbtp, double inputLufs) {
    }

    public static Result normalize(float[] interleaved, int channels, int sampleRate, double targetLufs, double ceilingDbtp) {
        if (!Double.isFinite(targetLufs)) {
            throw new IllegalArgumentException("target loudness must be finite, not " + targetLufs); //$NON-NLS-1$
        }
        double input = LoudnessMeter.integrated(interleaved, channels, sampleRate);
        Limiter limiter = new Limiter(sampleRate, channels, ceilingDbtp, LOOKAHEAD_MS, RELEASE_MS);
        int frames = interleaved.length / channels;
        if (input == Double.NEGATIVE_INFINITY) {
            // Silence, or nothing above the -70 LUFS gate, has no loudness to scale from: leave it alone. Only a
            // clip shorter than one 400 ms block can be loud and still unmeasurable; it at least keeps the ceiling.
            double peak = limiter.processAndMeasure(interleaved, frames);
            return new Result(0.0, input, Oversampler.toDb(peak), input);
        }
        float[] original = interleaved.clone();
        float[] peaks = new float[frames];
        Oversampler.peak(original, channels, frames, Oversampler.factor(sampleRate), peaks);
        float[] scratch = new float[frames];

        Search probes = new Search(targetLufs);
        double gainDb = targetLufs - input;
        double maxGainDb = gainDb + MAX_LIMITING_DB;
        for (int i = 0; i < MAX_PROBES; i++) {
            double scale = Math.pow(10.0, gainDb / 20.0);
            double lufs;
            if (limiter.wouldLimit(peaks, frames, scale)) {
                scaled(original, scale, interleaved);
                limiter.firstPass(interleaved, frames, peaks, scale, scratch);
                lufs = LoudnessMeter.integrated(interleaved, channels, sampleRate);
            } else {
                lufs = input + gainDb; // no limiting: loudness is exactly linear in gain
            }
            if (!probes.observe(gainDb, lufs)) {
                break;
            }
            double next = Math.min(maxGainDb, probes.next());
            if (Math.abs(next - gainDb) < 1e-9) {
                break; // pinned at the cap: trying it again would measure the same
            }
            gainDb = next;
        }

        // The verified limiter may take a little more off than its first pass did; correct for that if needed.
        Search finals = new Search(targetLufs);
        gainDb = probes.bestGain;
        float[] best = null;
        double bestPeak = 0.0;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double scale = Math.pow(10.0, gainDb / 20.0);
            scaled(original, scale, interleaved);
            double peak = limiter.limit(interleaved, frames, peaks, scale);
            double lufs = LoudnessMeter.integrated(interleaved, channels, sampleRate);
            boolean better = finals.closer(lufs);
            boolean more = finals.observe(gainDb, lufs);
            if (better) {
                bestPeak = peak;
                if (more) {
                    best = best == null ? interleaved.clone() : copy(interleaved, best);
                } else {
                    best = null; // the buffer already holds the answer
                }
            }
            if (!more) {
                break;
            }
            double next = Math.min(maxGainDb, finals.next());
            if (Math.abs(next - gainDb) < 1e-9) {
                break;
            }
            gainDb = next;
        }
        if (best != null) {
            copy(best, interleaved);
        }
        return new Result(finals.bestGain, finals.bestLufs, Oversampler.toDb(bestPeak), input);
    }

    private static void scaled(float[] from, double scale, float[] to) {
        float g = (float) scale;
        for (int k = 0; k < from.length; k++) {
            to[k] = from[k] * g;
        }
    }

    private static float[] copy(float[] from, float[] to) {
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    /**
     * Finds the gain that gives the target loudness: steps by the measured slope until one gain lands below and
     * one above the target, then interpolates inside that bracket (regula falsi), which copes with loudness that
     * is flat or not even monotonic in gain.
     */
    private static final class Search {
        private final double target;
        private double lowGain = Double.NaN, lowLufs, highGain = Double.NaN, highLufs;
        private double previousGain, previousLufs, lastGain, lastLufs;
        private int trials;
        double bestGain, bestLufs = Double.NaN;

        Search(double target) {
            this.target = target;
        }

        boolean closer(double lufs) {
            return Double.isNaN(bestLufs) || Math.abs(target - lufs) < Math.abs(target - bestLufs);
        }

        /** Records a trial; false when it is good enough or nothing sensible can follow. */
        boolean observe(double gain, double lufs) {
            if (closer(lufs)) {
                bestGain = gain;
                bestLufs = lufs;
            }
            double error = target - lufs;
            if (Math.abs(error) <= TOLERANCE_LU || !Double.isFinite(lufs)) {
                return false;
            }
            if (error > 0.0) {
                lowGain = gain;
                lowLufs = lufs;
            } else {
                highGain = gain;
                highLufs = lufs;
            }
            previousGain = lastGain;
            previousLufs = lastLufs;
            lastGain = gain;
            lastLufs = lufs;
            trials++;
            return true;
        }

        double next() {
            if (!Double.isNaN(lowGain) && !Double.isNaN(highGain)) {
                return lowGain + (target - lowLufs) * (highGain - lowGain) / (highLufs - lowLufs);
            }
            // Loudness rises by at most 1 dB per dB of gain, less where the limiter works: use the measured slope.
            double slope = 1.0;
            if (trials >= 2 && Math.abs(lastGain - previousGain) > 1e-6) {
                slope = Math.max(0.2, Math.min(1.0, (lastLufs - previousLufs) / (lastGain - previousGain)));
            }
            return lastGain + Math.max(-MAX_STEP_DB, Math.min(MAX_STEP_DB, (target - lastLufs) / slope));
        }
    }
}
