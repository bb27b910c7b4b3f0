package io.tessera.audio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.media.audio.Limiter;
import io.tessera.audio.mix.LoudnessMeter;
import io.tessera.audio.mix.LoudnessNormalizer;
import io.tessera.audio.mix.Mixer;
import io.tessera.media.audio.TruePeakMeter;
import io.tessera.audio.mix.WavFile;

/**
 * Loudness, true peak, limiting, normalising and WAV I/O of {@code io.tessera.audio.mix}, checked against EBU Tech
 * 3341 test signals, the published BS.1770 48 kHz filter and FFmpeg's ebur128 meter.
 */
class LoudnessTest {
    private static final int FS = 48_000;

    @TempDir
    Path dir;

    // ---- signals -------------------------------------------------------------------------------------------

    /** Interleaved sine in every channel, amplitude given in dBFS of its peak. */
    private static float[] sine(int fs, int channels, double seconds, double hz, double peakDbfs, double phase) {
        int frames = (int) Math.round(seconds * fs);
        double a = Math.pow(10, peakDbfs / 20);
        float[] x = new float[frames * channels];
        for (int n = 0; n < frames; n++) {
            float v = (float) (a * Math.sin(2 * Math.PI * hz * n / fs + phase));
            for (int c = 0; c < channels; c++) {
                x[n * channels + c] = v;
            }
        }
        return x;
    }

    private static float[] concat(float[]... parts) {
        int len = 0;
        for (float[] p : parts) {
            len += p.length;
        }
        float[] out = new float[len];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Raised-cosine fade-in and fade-out of {@code frames} frames, in place. */
    private static float[] fade(float[] x, int channels, int frames) {
        int total = x.length / channels;
        for (int n = 0; n < frames; n++) {
            float g = (float) (0.5 - 0.5 * Math.cos(Math.PI * n / frames));
            for (int c = 0; c < channels; c++) {
                x[n * channels + c] *= g;
                x[(total - 1 - n) * channels + c] *= g;
            }
        }
        return x;
    }

    private static float[] whiteNoise(long seed, int fs, int channels, double seconds, double sigma) {
        Random r = new Random(seed);
        float[] x = new float[(int) Math.round(seconds * fs) * channels];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (sigma * r.nextGaussian());
        }
        return x;
    }

    /** Paul Kellet's pink filter per channel: most energy low, the way music and ambience are. */
    private static float[] pinkNoise(long seed, int fs, int channels, double seconds, double gain) {
        Random r = new Random(seed);
        int frames = (int) Math.round(seconds * fs);
        float[] x = new float[frames * channels];
        double[][] b = new double[channels][7];
        for (int n = 0; n < frames; n++) {
            for (int c = 0; c < channels; c++) {
                double w = r.nextGaussian();
                double[] s = b[c];
                s[0] = 0.99886 * s[0] + w * 0.0555179;
                s[1] = 0.99332 * s[1] + w * 0.0750759;
                s[2] = 0.96900 * s[2] + w * 0.1538520;
                s[3] = 0.86650 * s[3] + w * 0.3104856;
                s[4] = 0.55000 * s[4] + w * 0.5329522;
                s[5] = -0.7616 * s[5] - w * 0.0168980;
                double pink = s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + w * 0.5362;
                s[6] = w * 0.115926;
                x[n * channels + c] = (float) (gain * pink);
            }
        }
        return x;
    }

    /**
     * Speech-like: voiced syllables (harmonics of a gliding 110-190 Hz pitch) of 120-300 ms with raised-cosine
     * envelopes, pauses between words and phrases, and short loud plosive bursts, so the peak-to-loudness ratio is
     * high like real dialogue.
     */
    private static float[] speechLike(long seed, int fs, int channels, double seconds, double peak) {
        Random r = new Random(seed);
        int frames = (int) Math.round(seconds * fs);
        double[] mono = new double[frames];
        int n = (int) (0.2 * fs);
        while (n < frames) {
            int len = (int) ((0.12 + 0.18 * r.nextDouble()) * fs);
            double f0 = 110 + 80 * r.nextDouble();
            double glide = (r.nextDouble() - 0.5) * 40;
            double level = 0.3 + 0.7 * r.nextDouble();
            double phase = 0;
            for (int i = 0; i < len && n + i < frames; i++) {
                double t = (double) i / len;
                double env = 0.5 - 0.5 * Math.cos(2 * Math.PI * t);
                phase += 2 * Math.PI * (f0 + glide * t) / fs;
                double v = 0;
                for (int h = 1; h <= 12; h++) {
                    v += Math.sin(h * phase) / h * (h >= 3 && h <= 5 ? 1.8 : 1.0);
                }
                mono[n + i] += level * env * v * 0.25;
            }
            if (r.nextDouble() < 0.3) { // plosive: 8 ms of noise at the syllable's start
                for (int i = 0; i < (int) (0.008 * fs) && n + i < frames; i++) {
                    mono[n + i] += 1.2 * r.nextGaussian() * Math.exp(-i / (0.002 * fs));
                }
            }
            n += len;
            double gap = r.nextDouble() < 0.2 ? 0.4 + 0.5 * r.nextDouble() : 0.03 + 0.08 * r.nextDouble();
            n += (int) (gap * fs);
        }
        double max = 0;
        for (double v : mono) {
            max = Math.max(max, Math.abs(v));
        }
        float[] x = new float[frames * channels];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                x[i * channels + c] = (float) (mono[i] / max * peak * (c == 1 ? 0.9 : 1.0));
            }
        }
        return x;
    }

    /** Loud noise slammed into full scale with drum-like transients, then hard-clipped: true peaks above 0 dBFS. */
    private static float[] clippedLoudNoise(long seed, int fs, double seconds) {
        Random r = new Random(seed);
        float[] x = whiteNoise(seed, fs, 2, seconds, 0.45);
        int frames = x.length / 2;
        for (int start = fs / 4; start < frames; start += fs / 2) {
            double hz = 55 + 30 * r.nextDouble();
            for (int i = 0; i < fs / 10 && start + i < frames; i++) {
                double v = 2.5 * Math.exp(-i / (0.02 * fs)) * Math.sin(2 * Math.PI * hz * i / fs);
                x[2 * (start + i)] += (float) v;
                x[2 * (start + i) + 1] += (float) v;
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-1f, Math.min(1f, x[i]));
        }
        return x;
    }

    /** Quiet pad with sharp, loud kicks: a peak-to-loudness ratio of well over 20 dB that only a limiter can fix. */
    private static float[] kicksOverPad(long seed, int fs, double seconds) {
        float[] x = pinkNoise(seed, fs, 2, seconds, 0.004);
        int frames = x.length / 2;
        for (int start = fs / 3; start < frames; start += (int) (0.6 * fs)) {
            for (int i = 0; i < fs / 8 && start + i < frames; i++) {
                double hz = 50 + 120 * Math.exp(-i / (0.01 * fs));
                double v = 0.9 * Math.exp(-i / (0.03 * fs)) * Math.sin(2 * Math.PI * hz * i / fs);
                if (i < fs / 1000) {
                    v += 0.5 * (1 - i / (fs / 1000.0));
                }
                x[2 * (start + i)] += (float) v;
                x[2 * (start + i) + 1] += (float) (0.95 * v);
            }
        }
        return x;
    }

    // ---- (a) EBU Tech 3341 and the BS.1770 filter ---------------------------------------------------------

    @Test
    void ebuTech3341StereoSinesReadTheirLevel() {
        // Cases 1 and 2: 1 kHz stereo sine at -23 and -33 dBFS, 20 s.
        assertEquals(-23.0, LoudnessMeter.integrated(sine(FS, 2, 20, 1000, -23, 0), 2, FS), 0.1);
        assertEquals(-33.0, LoudnessMeter.integrated(sine(FS, 2, 20, 1000, -33, 0), 2, FS), 0.1);
        // The 997 Hz variant (no sub-harmonic relation to the sample rate) reads the same.
        assertEquals(-23.0, LoudnessMeter.integrated(sine(FS, 2, 20, 997, -23, 0), 2, FS), 0.1);
        // Mono: one channel of the same sine is 3.01 dB quieter.
        assertEquals(-26.01, LoudnessMeter.integrated(sine(FS, 1, 20, 1000, -23, 0), 1, FS), 0.1);
    }

    @Test
    void ebuTech3341GatingCases() {
        // Case 3: -36 / -23 / -36 dBFS for 10 / 60 / 10 s: the relative gate drops the quiet parts.
        float[] case3 = concat(sine(FS, 2, 10, 1000, -36, 0), sine(FS, 2, 60, 1000, -23, 0), sine(FS, 2, 10, 1000, -36, 0));
        assertEquals(-23.0, LoudnessMeter.integrated(case3, 2, FS), 0.1);
        // Case 4: -72 / -36 / -23 / -36 / -72 dBFS: the absolute gate drops the -72 parts as well.
        float[] case4 = concat(sine(FS, 2, 10, 1000, -72, 0), case3, sine(FS, 2, 10, 1000, -72, 0));
        assertEquals(-23.0, LoudnessMeter.integrated(case4, 2, FS), 0.1);
        // Case 5: -26 / -20 / -26 dBFS for 20 / 20.1 / 20 s.
        float[] case5 = concat(sine(FS, 2, 20, 1000, -26, 0), sine(FS, 2, 20.1, 1000, -20, 0), sine(FS, 2, 20, 1000, -26, 0));
        assertEquals(-23.0, LoudnessMeter.integrated(case5, 2, FS), 0.1);
        System.out.printf("EBU 3341: case 3 %.3f, case 4 %.3f, case 5 %.3f LUFS%n", LoudnessMeter.integrated(case3, 2, FS),
                LoudnessMeter.integrated(case4, 2, FS), LoudnessMeter.integrated(case5, 2, FS));
    }

    /** |H(f)| of the K-weighting cascade with the coefficients published in BS.1770-4 for 48 kHz. */
    private static double publishedResponseDb(double hz) {
        double[][] b = { { 1.53512485958697, -2.69169618940638, 1.19839281085285 }, { 1.0, -2.0, 1.0 } };
        double[][] a = { { 1.0, -1.69065929318241, 0.73248077421585 }, { 1.0, -1.99004745483398, 0.99007225036621 } };
        double w = 2 * Math.PI * hz / FS;
        double gain = 1;
        for (int s = 0; s < 2; s++) {
            gain *= magnitude(b[s], w) / magnitude(a[s], w);
        }
        return 20 * Math.log10(gain);
    }

    private static double magnitude(double[] c, double w) {
        double re = c[0] + c[1] * Math.cos(w) + c[2] * Math.cos(2 * w);
        double im = -c[1] * Math.sin(w) - c[2] * Math.sin(2 * w);
        return Math.hypot(re, im);
    }

    @Test
    void kWeightingFollowsThePublished48kHzFilter() {
        for (double hz : new double[] { 25, 50, 100, 250, 1000, 2000, 4000, 8000, 12000, 16000, 20000 }) {
            double expected = -0.691 - 20 + publishedResponseDb(hz);
            double measured = LoudnessMeter.integrated(sine(FS, 2, 10, hz, -20, 0), 2, FS);
            assertEquals(expected, measured, 0.01, hz + " Hz");
        }
    }

    @Test
    void silenceAndShortInputReadMinusInfinity() {
        assertEquals(Double.NEGATIVE_INFINITY, LoudnessMeter.integrated(new float[2 * FS * 3], 2, FS));
        assertEquals(Double.NEGATIVE_INFINITY, LoudnessMeter.integrated(sine(FS, 2, 5, 1000, -75, 0), 2, FS));
        // Shorter than one 400 ms block: nothing to gate, so nothing measured.
        assertEquals(Double.NEGATIVE_INFINITY, LoudnessMeter.integrated(sine(FS, 2, 0.3, 1000, -10, 0), 2, FS));
        assertEquals(Double.NEGATIVE_INFINITY, new LoudnessMeter(FS, 2).maxMomentaryLufs());
    }

    @Test
    void streamingInOddPiecesEqualsOneCall() {
        float[] x = pinkNoise(7, 44_100, 2, 6, 0.05);
        LoudnessMeter m = new LoudnessMeter(44_100, 2);
        Random r = new Random(3);
        int at = 0;
        float[] buf = new float[2 * 5000];
        while (at < x.length / 2) {
            int n = Math.min(1 + r.nextInt(4999), x.length / 2 - at);
            System.arraycopy(x, 2 * at, buf, 0, 2 * n);
            m.accept(buf, n);
            at += n;
        }
        assertEquals(LoudnessMeter.integrated(x, 2, 44_100), m.integratedLufs(), 1e-9);
        assertTrue(m.maxMomentaryLufs() >= m.integratedLufs());
    }

    // ---- (b) agreement with FFmpeg --------------------------------------------------------------------------

    private record Signal(String name, float[] samples, int channels, int sampleRate) {
    }

    private static Path ffmpeg() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator));
        return Stream.concat(Stream.of("/usr/bin"), path).map(d -> Path.of(d, "ffmpeg")).filter(Files::isExecutable).findFirst()
                .orElse(null);
    }

    /**
     * FFmpeg's ebur128: { integrated LUFS and true peak dBFS from the summary (one decimal), integrated LUFS from
     * the frame metadata (three decimals) }.
     */
    private static double[] ffmpegLoudness(Path ffmpeg, Path wav) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ffmpeg.toString(), "-nostats", "-hide_banner", "-i", wav.toString(), "-af",
                "ebur128=peak=true:metadata=1,ametadata=print:key=lavfi.r128.I:file=-", "-f", "null", "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmpeg did not finish");
        assertEquals(0, p.exitValue(), out);
        String summary = out.substring(out.lastIndexOf("Summary:"));
        String precise = out.substring(out.lastIndexOf("lavfi.r128.I="));
        return new double[] { number(summary, "I:\\s+(\\S+)\\s+LUFS"), number(summary, "Peak:\\s+(\\S+)\\s+dBFS"),
                number(precise, "lavfi.r128.I=(\\S+)") };
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in " + text);
        return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
    }

    @Test
    void agreesWithFfmpegEbur128() throws Exception {
        Path ffmpeg = ffmpeg();
        Assumptions.assumeTrue(ffmpeg != null, "ffmpeg not installed");
        List<Signal> signals = new ArrayList<>();
        signals.add(new Signal("white noise", whiteNoise(1, FS, 2, 10, 0.1), 2, FS));
        signals.add(new Signal("pink noise", pinkNoise(2, FS, 2, 10, 0.03), 2, FS));
        signals.add(new Signal("gated tone/silence/hiss/quiet tone",
                concat(sine(FS, 2, 3, 1000, -20, 0), new float[2 * FS * 2], whiteNoise(3, FS, 2, 3, 0.002), sine(FS, 2, 3, 440, -32, 0)), 2,
                FS));
        float[] lowHigh = new float[2 * FS * 8];
        for (int n = 0; n < lowHigh.length / 2; n++) {
            lowHigh[2 * n] = (float) (0.3 * Math.sin(2 * Math.PI * 40 * n / FS));
            lowHigh[2 * n + 1] = (float) (0.1 * Math.sin(2 * Math.PI * 12_000 * n / FS + 1));
        }
        signals.add(new Signal("40 Hz left, 12 kHz right", lowHigh, 2, FS));
        signals.add(new Signal("mono speech-like", speechLike(4, FS, 1, 12, 0.5), 1, FS));
        signals.add(new Signal("44.1 kHz pink + kicks", kicksOverPad(5, 44_100, 10), 2, 44_100));
        signals.add(new Signal("96 kHz white noise", whiteNoise(6, 96_000, 2, 6, 0.05), 2, 96_000));
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (Signal s : signals) {
            Path wav = dir.resolve("ffmpeg-" + i++ + ".wav");
            WavFile.write(wav, s.samples(), s.channels(), s.sampleRate());
            WavFile.Audio a = WavFile.read(wav);
            double ours = LoudnessMeter.integrated(a.interleaved(), a.channels(), a.sampleRate());
            double tp = TruePeakMeter.truePeakDbtp(a.interleaved(), a.channels(), a.sampleRate());
            double[] theirs = ffmpegLoudness(ffmpeg, wav);
            System.out.printf("%-36s ours %8.3f LUFS %6.2f dBTP | ffmpeg %8.3f LUFS (summary %5.1f) %5.1f dBTP%n", s.name(), ours, tp,
                    theirs[2], theirs[0], theirs[1]);
            if (Math.abs(ours - theirs[0]) > 0.2 || Math.abs(ours - theirs[2]) > 0.05) {
                failures.add(s.name() + ": " + ours + " LUFS vs ffmpeg " + theirs[2] + " (" + theirs[0] + ")");
            }
            if (Math.abs(tp - theirs[1]) > 0.3) {
                failures.add(s.name() + ": " + tp + " dBTP vs ffmpeg " + theirs[1]);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- (c) true peak --------------------------------------------------------------------------------------

    @Test
    void truePeakFindsInterSamplePeaks() {
        // EBU Tech 3341 true-peak cases 15-18: a -6 dBFS sine whose samples miss its crest must read -6.0 +0.2/-0.4 dBTP.
        double level = 20 * Math.log10(0.5);
        double[][] cases = { { FS / 4.0, 0 }, { FS / 4.0, 45 }, { FS / 6.0, 60 }, { FS / 8.0, 67.5 } };
        for (double[] c : cases) {
            float[] abrupt = sine(FS, 2, 1, c[0], level, Math.toRadians(c[1]));
            // With 10 ms fades only the crest is left to find. Cut on and off abruptly, the reconstruction rings at
            // the step (Gibbs; up to +0.4 dB for fs/6 starting at 0.87 of full amplitude): a real overshoot
            // a converter would produce, so there the meter may read more but never less.
            float[] x = fade(abrupt.clone(), 2, FS / 100);
            double tp = TruePeakMeter.truePeakDbtp(x, 2, FS);
            double sp = TruePeakMeter.samplePeakDbfs(x, 2, FS);
            double tpAbrupt = TruePeakMeter.truePeakDbtp(abrupt, 2, FS);
            System.out.printf("sine fs/%.0f at %.1f deg: sample peak %.3f dBFS, true peak %.4f dBTP (abrupt edges %.3f)%n", FS / c[0], c[1],
                    sp, tp, tpAbrupt);
            assertTrue(tp <= -6.0 + 0.2 && tp >= -6.0 - 0.4, c[0] + " Hz " + c[1] + " deg: " + tp);
            assertEquals(-6.0206, tp, 0.01, "our own, tighter bound");
            assertTrue(tpAbrupt >= -6.0206 - 0.01, "abrupt: " + tpAbrupt);
        }
        // The fs/4 sine at 45 degrees: every sample sits at 1/sqrt(2) of the crest, 3.01 dB below the true peak.
        float[] x = fade(sine(FS, 2, 1, FS / 4.0, level, Math.PI / 4), 2, FS / 100);
        assertEquals(3.01, TruePeakMeter.truePeakDbtp(x, 2, FS) - TruePeakMeter.samplePeakDbfs(x, 2, FS), 0.01);
        // 96 kHz uses 2x: a sine at fs/4 there still reads its crest.
        assertEquals(-6.02, TruePeakMeter.truePeakDbtp(sine(96_000, 2, 1, 24_000, level, Math.PI / 4), 2, 96_000), 0.1);
        assertEquals(Double.NEGATIVE_INFINITY, TruePeakMeter.truePeakDbtp(new float[1000], 2, FS));
        assertEquals(Double.NEGATIVE_INFINITY, TruePeakMeter.samplePeakDbfs(new float[1000], 2, FS));
    }

    // ---- (d) limiter and normaliser -------------------------------------------------------------------------

    @Test
    void limiterHoldsTheCeilingSmoothlyAndLeavesQuietPartsAlone() {
        float[] x = concat(sine(FS, 2, 2, 440, -12, 0), sine(FS, 2, 0.5, FS / 4.0, 0, Math.PI / 4), sine(FS, 2, 2, 440, -12, 0));
        // Some loud single-sample clicks on top.
        for (int n = FS / 2; n < x.length / 2; n += FS / 3) {
            x[2 * n] = 1.3f;
            x[2 * n + 1] = -1.1f;
        }
        float[] in = x.clone();
        new Limiter(FS, 2, -1.0, 5, 100).process(x, x.length / 2);
        double tp = TruePeakMeter.truePeakDbtp(x, 2, FS);
        System.out.printf("limiter: input %.2f dBTP -> output %.4f dBTP (ceiling -1)%n", TruePeakMeter.truePeakDbtp(in, 2, FS), tp);
        assertTrue(tp <= -1.0, "true peak " + tp);
        assertTrue(tp > -1.5, "limits to the ceiling, not far below it: " + tp);
        // Linked gain: both channels see the same gain, and it never jumps by more than a click-free step.
        double maxStep = 0, previous = 1;
        for (int n = 0; n < x.length / 2; n++) {
            if (Math.abs(in[2 * n]) > 0.05 && Math.abs(in[2 * n + 1]) > 0.05) {
                double gl = x[2 * n] / in[2 * n], gr = x[2 * n + 1] / in[2 * n + 1];
                assertEquals(gl, gr, 1e-5, "frame " + n);
                maxStep = Math.max(maxStep, Math.abs(gl - previous));
                previous = gl;
            }
        }
        assertTrue(maxStep < 0.05, "gain step " + maxStep);
        // Away from any peak (release 100 ms, last click at 4.5 s) the quiet sine is untouched.
        for (int n = (int) (4.8 * FS); n < x.length / 2; n++) {
            assertEquals(in[2 * n], x[2 * n], 1e-6f, "frame " + n);
        }
    }

    private static void assertNormalized(String name, float[] x, int channels) {
        float[] before = x.clone();
        LoudnessNormalizer.Result r = LoudnessNormalizer.normalize(x, channels, FS, -16, -1);
        double lufs = LoudnessMeter.integrated(x, channels, FS);
        double tp = TruePeakMeter.truePeakDbtp(x, channels, FS);
        System.out.printf("normalise %-22s input %6.2f LUFS %6.2f dBTP -> %6.2f LUFS %6.2f dBTP (gain %+.2f dB)%n", name, r.inputLufs(),
                TruePeakMeter.truePeakDbtp(before, channels, FS), lufs, tp, r.gainDb());
        assertEquals(-16.0, lufs, 0.3, name);
        assertTrue(tp <= -1.0, name + ": true peak " + tp);
        assertEquals(lufs, r.integratedLufs(), 1e-9, name);
        assertEquals(tp, r.truePeakDbtp(), 1e-9, name);
        assertEquals(LoudnessMeter.integrated(before, channels, FS), r.inputLufs(), 1e-9, name);
    }

    @Test
    void normalizerReachesTargetUnderCeiling() {
        assertNormalized("loud clipped noise", clippedLoudNoise(11, FS, 20), 2);
        assertNormalized("quiet speech-like", speechLike(12, FS, 2, 20, 0.05), 2);
        assertNormalized("mono speech-like", speechLike(13, FS, 1, 20, 0.05), 1);
        assertNormalized("kicks over quiet pad", kicksOverPad(14, FS, 20), 2);
    }

    @Test
    void normalizerReportsHonestlyWhenTheTargetIsOutOfReach() {
        // +6 LUFS under a -1 dBTP ceiling is louder than any signal can be; the ceiling still holds and the
        // result says what was reached.
        float[] x = speechLike(15, FS, 2, 8, 0.3);
        double before = LoudnessMeter.integrated(x, 2, FS);
        LoudnessNormalizer.Result r = LoudnessNormalizer.normalize(x, 2, FS, 6, -1);
        double lufs = LoudnessMeter.integrated(x, 2, FS);
        double tp = TruePeakMeter.truePeakDbtp(x, 2, FS);
        System.out.printf("out of reach: %.2f LUFS -> %.2f LUFS at %.2f dBTP (asked +6 / -1), gain %+.1f dB%n", before, lufs, tp, r.gainDb());
        assertTrue(tp <= -1.0, "true peak " + tp);
        assertEquals(lufs, r.integratedLufs(), 1e-9);
        assertEquals(tp, r.truePeakDbtp(), 1e-9);
        assertTrue(lufs < 6 && lufs > before + 10, "got as close as it could: " + lufs);
        assertTrue(Double.isFinite(r.gainDb()));
    }

    @Test
    void normalizerLeavesSilenceAlone() {
        float[] silence = new float[2 * FS * 5];
        LoudnessNormalizer.Result r = LoudnessNormalizer.normalize(silence, 2, FS, -16, -1);
        assertArrayEquals(new float[2 * FS * 5], silence);
        assertEquals(Double.NEGATIVE_INFINITY, r.integratedLufs());
        assertEquals(Double.NEGATIVE_INFINITY, r.inputLufs());
        assertEquals(Double.NEGATIVE_INFINITY, r.truePeakDbtp());
        assertEquals(0.0, r.gainDb());
        // Below the -70 LUFS gate counts as silence too: unchanged, and no NaN anywhere.
        float[] hum = sine(FS, 2, 5, 50, -90, 0);
        float[] copy = hum.clone();
        r = LoudnessNormalizer.normalize(hum, 2, FS, -16, -1);
        assertArrayEquals(copy, hum);
        assertEquals(Double.NEGATIVE_INFINITY, r.integratedLufs());
        assertFalse(Double.isNaN(r.truePeakDbtp()) || Double.isNaN(r.gainDb()));
        // A click shorter than one 400 ms block has no loudness either, but it still must not exceed the ceiling.
        float[] click = sine(FS, 2, 0.2, 3000, 3, 0);
        r = LoudnessNormalizer.normalize(click, 2, FS, -16, -1);
        assertEquals(Double.NEGATIVE_INFINITY, r.integratedLufs());
        assertTrue(TruePeakMeter.truePeakDbtp(click, 2, FS) <= -1.0);
        assertEquals(TruePeakMeter.truePeakDbtp(click, 2, FS), r.truePeakDbtp(), 1e-9);
    }

    @Test
    void speed() {
        float[] noise = whiteNoise(21, FS, 2, 60, 0.2);
        for (int run = 0; run < 2; run++) {
            float[] x = noise.clone();
            long t0 = System.nanoTime();
            double lufs = LoudnessMeter.integrated(x, 2, FS);
            long t1 = System.nanoTime();
            double tp = TruePeakMeter.truePeakDbtp(x, 2, FS);
            long t2 = System.nanoTime();
            LoudnessNormalizer.Result r = LoudnessNormalizer.normalize(x, 2, FS, -16, -1);
            long t3 = System.nanoTime();
            System.out.printf("60 s stereo noise (%s): loudness %d ms, true peak %d ms, normalise %d ms, total %d ms (%.2f LUFS, %.2f dBTP -> %s)%n",
                    run == 0 ? "cold" : "warm", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000,
                    lufs, tp, r);
            assertTrue(t3 - t0 < TimeUnit.SECONDS.toNanos(5), "far too slow: " + (t3 - t0) / 1_000_000 + " ms");
        }
    }

    // ---- (e) WAV files and the mixer ------------------------------------------------------------------------

    @Test
    void wavRoundTrip() throws IOException {
        float[] x = whiteNoise(31, 22_050, 2, 1.5, 0.3);
        x[0] = 1.5f; // clipped, not wrapped
        x[1] = -1.5f;
        Path file = dir.resolve("round.wav");
        Files.writeString(file, "old contents"); // overwritten atomically
        WavFile.write(file, x, 2, 22_050);
        WavFile.Audio a = WavFile.read(file);
        assertEquals(2, a.channels());
        assertEquals(22_050, a.sampleRate());
        assertEquals(x.length, a.interleaved().length);
        assertEquals(44 + 2L * x.length, Files.size(file));
        assertEquals(32767 / 32768f, a.interleaved()[0]);
        assertEquals(-1f, a.interleaved()[1]);
        for (int i = 2; i < x.length; i++) {
            float expected = Math.max(-1f, Math.min(32767 / 32768f, x[i]));
            assertEquals(expected, a.interleaved()[i], 0.5 / 32768 + 1e-7, "sample " + i);
        }
        // Deterministic: the same samples give the same bytes.
        byte[] first = Files.readAllBytes(file);
        WavFile.write(file, x, 2, 22_050);
        assertArrayEquals(first, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temp files left behind");
        }
    }

    /** A WAV with a given format tag and bit depth, for encodings our writer does not produce. */
    private static byte[] wav(int format, int bits, int channels, int rate, byte[] data, boolean extensible) {
        int fmtSize = extensible ? 40 : 16;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmtSize + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(fmtSize);
        b.putShort((short) (extensible ? 0xFFFE : format)).putShort((short) channels).putInt(rate);
        b.putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        if (extensible) {
            b.putShort((short) 22).putShort((short) bits).putInt(3).putShort((short) format);
            b.put(new byte[] { 0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71 });
        }
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    @Test
    void readsTwentyFourBitAndFloatWav() throws IOException {
        byte[] pcm24 = { 0, 0, 0x40, 0, 0, (byte) 0xC0, (byte) 0xFF, (byte) 0xFF, 0x7F, 1, 0, (byte) 0x80 };
        Path f24 = dir.resolve("s24.wav");
        Files.write(f24, wav(1, 24, 2, 48_000, pcm24, false));
        WavFile.Audio a = WavFile.read(f24);
        assertEquals(2, a.channels());
        assertArrayEquals(new float[] { 0.5f, -0.5f, 8388607 / 8388608f, -8388607 / 8388608f }, a.interleaved());

        ByteBuffer floats = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.25f).putFloat(-1.5f).putFloat(0.125f);
        Path f32 = dir.resolve("f32.wav");
        Files.write(f32, wav(3, 32, 1, 44_100, floats.array(), true));
        a = WavFile.read(f32);
        assertEquals(1, a.channels());
        assertEquals(44_100, a.sampleRate());
        assertArrayEquals(new float[] { 0.25f, -1.5f, 0.125f }, a.interleaved());
    }

    @Test
    void corruptWavIsRejectedNamingTheFile() throws IOException {
        Path text = dir.resolve("notes.wav");
        Files.writeString(text, "this is not audio at all");
        IOException e = assertThrows(IOException.class, () -> WavFile.read(text));
        assertTrue(e.getMessage().contains("notes.wav") && e.getMessage().contains("not a WAV"), e.getMessage());

        Path good = dir.resolve("good.wav");
        WavFile.write(good, sine(FS, 2, 0.1, 1000, -6, 0), 2, FS);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        e = assertThrows(IOException.class, () -> WavFile.read(cut));
        assertTrue(e.getMessage().contains("cut.wav") && e.getMessage().contains("truncated"), e.getMessage());

        Path headerOnly = dir.resolve("header.wav");
        Files.write(headerOnly, java.util.Arrays.copyOf(bytes, 20));
        e = assertThrows(IOException.class, () -> WavFile.read(headerOnly));
        assertTrue(e.getMessage().contains("header.wav"), e.getMessage());

        Path alaw = dir.resolve("alaw.wav");
        Files.write(alaw, wav(6, 8, 1, 8000, new byte[16], false));
        e = assertThrows(IOException.class, () -> WavFile.read(alaw));
        assertTrue(e.getMessage().contains("alaw.wav") && e.getMessage().contains("unsupported"), e.getMessage());
    }

    @Test
    void mixerSumsStemsAtTheirGains() {
        Mixer m = new Mixer(FS, 2, 4);
        m.add(new float[] { 1, 1, 1, 1, 1, 1, 1, 1 }, 0);
        m.add(new float[] { 1, -1, 1, -1 }, -6.0206); // shorter stem: stops early
        m.add(new float[] { 1, 1, 1, 1, 1, 1, 1, 1, 9, 9 }, -20); // longer stem: cut at the track's end
        m.add(new float[] { 5, 5 }, Double.NEGATIVE_INFINITY); // muted
        float[] mix = m.mix();
        assertArrayEquals(new float[] { 1.6f, 0.6f, 1.6f, 0.6f, 1.1f, 1.1f, 1.1f, 1.1f }, mix, 1e-4f);
        assertThrows(IllegalArgumentException.class, () -> m.add(new float[3], 0));
    }
}
