package io.tessera.audio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.tessera.audio.analysis.Impact;
import io.tessera.audio.analysis.Region;
import io.tessera.audio.analysis.SceneAnalysis;
import io.tessera.audio.analysis.ShotInfo;
import io.tessera.audio.analysis.Track;
import io.tessera.audio.mix.LoudnessNormalizer;
import io.tessera.audio.mix.Mixer;
import io.tessera.core.prompt.DialogueLine;
import io.tessera.core.prompt.DialogueParser;
import io.tessera.audio.speech.MouthEnvelope;
import io.tessera.audio.speech.SpeechSynthesizer;
import io.tessera.audio.speech.Voice;
import io.tessera.audio.synth.AmbienceBed;
import io.tessera.audio.synth.Biquad;
import io.tessera.audio.synth.Material;
import io.tessera.audio.synth.ModalImpact;
import io.tessera.audio.synth.MotionSound;
import io.tessera.audio.synth.Panner;
import io.tessera.audio.synth.Setting;

/**
 * Turns what the pictures show, and what the prompt says, into a sound track: a modal hit for every collision (pitch
 * from size, timbre from material, level from impact speed), the air of every moving object, an ambience bed per
 * shot crossfaded at cuts, the dialogue spoken where its speaker is, all placed left/right by position, mixed and
 * normalised to −16 LUFS with a −1 dBTP ceiling. Everything random comes from the seed.
 */
public final class SoundDesigner {
    public static final int SAMPLE_RATE = 48_000;
    public static final double TARGET_LUFS = -16;
    public static final double CEILING_DBTP = -1;
    /**
     * The limiter's ceiling before encoding: a margin for what AAC adds to peaks (up to 0.4 dB seen on 40
     * scored clips, about 1 dB on a busy minute; the sound stage takes back what is left), so the file keeps {@link #CEILING_DBTP}.
     */
    static final double LIMITER_DBTP = -2;
    private static final double CROSSFADE_SECONDS = 0.3;
    /** The bed's level under moving things, in dB. */
    private static final double BED_DB = -12;
    private static final double BED_UNDER_MOTION = Math.pow(10, BED_DB / 20);
    /**
     * How much a hit's attack must rise, above 1.5 kHz, over the 30 ms before it: a hit a few frames after another
     * (a burst of contacts, a landing then a wall) must still be heard as a new hit, not as part of the earlier ring.
     */
    static final double ATTACK_RISE_DB = 13;
    private static final double ATTACK_LOOK_BACK = 0.03;
    private static final double ATTACK_WINDOW = 0.006;

    /** The click of a hit is never softer than that of a hit of this hardness (1 = medium, 0.5 the softest). */
    static final double CLICK_FLOOR = 1.4;

    private final SpeechSynthesizer speech;

    public SoundDesigner(SpeechSynthesizer speech) {
        this.speech = speech;
    }

    public Soundtrack design(SceneAnalysis analysis, String prompt, long seed) {
        String scenePrompt = DialogueParser.withoutDialogue(prompt == null ? "" : prompt); //$NON-NLS-1$
        PromptWords words = new PromptWords(scenePrompt);
        int frames = (int) Math.round(analysis.frames() * (double) SAMPLE_RATE / analysis.fps());
        List<String> warnings = new ArrayList<>();
        float[] foley = new float[frames * 2];
        float[] motion = new float[frames * 2];
        float[] ambience = new float[frames * 2];
        float[] voice = new float[frames * 2];
        for (Track t : analysis.tracks()) {
            MotionSound.render(t, analysis.fps(), motion, SAMPLE_RATE, seed * 1_000_003L + t.id(), 0.1);
        }
        List<String> settings = ambience(analysis, words, ambience, seed);
        double bedGain = analysis.tracks().isEmpty() ? 1 : BED_UNDER_MOTION;
        List<Impact> inTime = new ArrayList<>(analysis.impacts());
        inTime.sort(java.util.Comparator.comparingDouble(Impact::at));
        for (Impact impact : inTime) {
            hit(impact, analysis, words, foley, seed);
            sharpen(impact, analysis, foley, motion, ambience, bedGain, seed);
        }
        List<Soundtrack.PlacedLine> lines = new ArrayList<>();
        Map<String, float[]> mouths = new LinkedHashMap<>();
        speak(prompt == null ? "" : prompt, words, analysis, voice, lines, mouths, warnings); //$NON-NLS-1$

        Map<String, float[]> stems = new LinkedHashMap<>();
        stems.put("foley", foley); //$NON-NLS-1$
        stems.put("motion", motion); //$NON-NLS-1$
        stems.put("ambience", ambience); //$NON-NLS-1$
        stems.put("speech", voice); //$NON-NLS-1$
        Mixer mixer = new Mixer(SAMPLE_RATE, 2, frames);
        mixer.add(foley, 0);
        mixer.add(motion, 0);
        // the bed sits under what moves; alone it carries the clip
        mixer.add(ambience, analysis.tracks().isEmpty() ? 0 : BED_DB);
        mixer.add(voice, lines.isEmpty() ? 0 : 3);
        float[] mix = mixer.mix();
        bandLimit(mix);
        LoudnessNormalizer.Result loudness = LoudnessNormalizer.normalize(mix, 2, SAMPLE_RATE, TARGET_LUFS, LIMITER_DBTP);
        return new Soundtrack(SAMPLE_RATE, mix, stems, loudness, analysis, settings, lines, mouths, warnings);
    }

    /**
     * The mix ends at 15 kHz, where AAC at 128 kb/s cuts anyway: a click whose top the encoder removes rings over its own
     * peak (measured: 3 dB over on a metal hit), so it is removed here, before the limiter sees the peaks.
     */
    private static void bandLimit(float[] stereo) {
        for (int c = 0; c < 2; c++) {
            // a fourth-order Butterworth: two sections with the Qs of its pole pairs
            Biquad a = Biquad.lowPass(SAMPLE_RATE, 15_000, 0.5412);
            Biquad b = Biquad.lowPass(SAMPLE_RATE, 15_000, 1.3066);
            for (int i = c; i < stereo.length; i += 2) {
                stereo[i] = (float) b.process(a.process(stereo[i]));
            }
        }
    }

    private static void hit(Impact impact, SceneAnalysis analysis, PromptWords words, float[] out, long seed) {
        Track first = analysis.tracks().get(impact.first());
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + impact.frame() * 131L + impact.first());
        int start = (int) Math.round(impact.seconds(analysis.fps()) * SAMPLE_RATE);
        double[] pan = Panner.gains(impact.x());
        double nearness = Math.min(1.6, 0.45 + impact.size() / 0.15 * 0.55);
        // harder hits are louder, but a soft touch that is seen is still heard: about 10 dB between the softest and hardest
        double hardness = Math.min(1.6, Math.max(0.5, Math.pow(impact.speed() / 1.0, 0.6)));
        double amplitude = 0.45 * hardness * nearness;
        // the contact's click is what makes a hit a hit; a soft touch rings less, but its click stays sharp enough to
        // stand out of the ring of an earlier, harder hit (a side wall touched just after a landing)
        double click = Math.max(1, CLICK_FLOOR / hardness);
        double brightness = Math.min(1, 0.25 + 0.5 * impact.size() / 0.15 + 0.1 * impact.speed());
        Material m = words.materialFor(first.rgb());
        ModalImpact.strike(out, SAMPLE_RATE, start, m, ModalImpact.fundamentalFor(m, impact.size()), amplitude, click, pan, brightness, random);
        if (impact.kind() == Impact.Kind.OBJECT && impact.second() >= 0) {
            Material other = words.materialFor(analysis.tracks().get(impact.second()).rgb());
            double size = analysis.tracks().get(impact.second()).meanSize();
            ModalImpact.strike(out, SAMPLE_RATE, start, other, ModalImpact.fundamentalFor(other, size), amplitude * 0.8, click, pan, brightness, random);
        } else if (words.surface() != null) {
            Material s = words.surface();
            ModalImpact.strike(out, SAMPLE_RATE, start, s, ModalImpact.fundamentalFor(s, 0.5), amplitude * 0.6, pan, brightness * 0.7, random);
        }
    }

    /**
     * Makes sure a hit stands out of what sounds just before it: measures, above 1.5 kHz (where a hit's attack is
     * heard and a bed's rumble is not), the mix so far over the 30 ms before the hit and the 6 ms from its start, and
     * where the rise is under {@link #ATTACK_RISE_DB} adds a contact click loud enough to make it. A hit right after
     * a ringing metal one, or in a burst of contacts, keeps its own attack; a hit in the clear gets nothing.
     */
    private static void sharpen(Impact impact, SceneAnalysis analysis, float[] foley, float[] motion, float[] bed, double bedGain, long seed) {
        int frames = foley.length / 2;
        int start = (int) Math.round(impact.seconds(analysis.fps()) * SAMPLE_RATE);
        int back = (int) Math.round(ATTACK_LOOK_BACK * SAMPLE_RATE);
        int window = (int) Math.round(ATTACK_WINDOW * SAMPLE_RATE);
        int warm = (int) Math.round(0.005 * SAMPLE_RATE);
        if (start - back - warm < 0 || start + window > frames) {
            return;
        }
        Biquad h1 = Biquad.highPass(SAMPLE_RATE, 1500, 0.7071);
        Biquad h2 = Biquad.highPass(SAMPLE_RATE, 1500, 0.7071);
        double before = 0;
        double after = 0;
        for (int i = start - back - warm; i < start + window; i++) {
            double m = (foley[2 * i] + foley[2 * i + 1] + motion[2 * i] + motion[2 * i + 1] + bedGain * (bed[2 * i] + bed[2 * i + 1])) / 2;
            double v = h2.process(h1.process(m));
            if (i >= start) {
                after += v * v;
            } else if (i >= start - back) {
                before += v * v;
            }
        }
        before /= back;
        after /= window;
        double wanted = Math.pow(10, ATTACK_RISE_DB / 10) * before;
        if (after >= wanted) {
            return;
        }
        // the click's own energy in that band, for a unit gain, measured the same way
        long clickSeed = seed * 0x2545F4914F6CDD1DL + impact.frame() * 977L + impact.first();
        double[] pan = Panner.gains(impact.x());
        float[] unit = new float[window];
        ModalImpact.click(null, unit, SAMPLE_RATE, 0, 1, pan, clickSeed);
        Biquad u1 = Biquad.highPass(SAMPLE_RATE, 1500, 0.7071);
        Biquad u2 = Biquad.highPass(SAMPLE_RATE, 1500, 0.7071);
        double unitEnergy = 0;
        double centre = (pan[0] + pan[1]) / 2;
        for (float v : unit) {
            double f = u2.process(u1.process(v * centre));
            unitEnergy += f * f;
        }
        unitEnergy /= window;
        if (unitEnergy <= 0) {
            return;
        }
        double gain = Math.sqrt((wanted - after) / unitEnergy);
        ModalImpact.click(foley, null, SAMPLE_RATE, start, Math.min(MAX_CLICK, gain), pan, clickSeed);
    }

    /** The loudest click {@link #sharpen} adds (linear, before the mix is normalised). */
    private static final double MAX_CLICK = 1.5;

    /** One bed per run of shots in the same setting, crossfaded where the setting changes. */
    private static List<String> ambience(SceneAnalysis analysis, PromptWords words, float[] out, long seed) {
        List<Setting> perShot = new ArrayList<>();
        for (ShotInfo s : analysis.shots()) {
            Setting named = Setting.fromWords(words.shotWords(s.index(), analysis.shots().size()));
            perShot.add(named != null ? named : Setting.fromColours(s.meanRgb(), s.topRgb()));
        }
        int frames = out.length / 2;
        int fade = (int) (CROSSFADE_SECONDS * SAMPLE_RATE);
        int runStart = 0;
        for (int i = 0; i < perShot.size(); i++) {
            boolean last = i == perShot.size() - 1 || perShot.get(i + 1) != perShot.get(i);
            if (!last) {
                continue;
            }
            ShotInfo from = analysis.shots().get(runStart);
            ShotInfo to = analysis.shots().get(i);
            int a = (int) Math.round(from.firstFrame() * SAMPLE_RATE / analysis.fps());
            int b = Math.min(frames, (int) Math.round((to.lastFrame() + 1) * SAMPLE_RATE / analysis.fps()));
            bed(perShot.get(i), out, a, b, runStart > 0 ? fade : 0, i < perShot.size() - 1 ? fade : 0, seed * 7 + runStart);
            runStart = i + 1;
        }
        return perShot.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Renders a bed over [a, b), extended by half a crossfade on each side that has a neighbour, equal-power faded. */
    private static void bed(Setting setting, float[] out, int a, int b, int fadeIn, int fadeOut, long seed) {
        int frames = out.length / 2;
        int from = Math.max(0, a - fadeIn / 2);
        int to = Math.min(frames, b + fadeOut / 2);
        AmbienceBed bed = AmbienceBed.of(setting, SAMPLE_RATE, seed);
        double[] lr = new double[2];
        for (int i = from; i < to; i++) {
            bed.next(lr);
            double g = 1;
            if (fadeIn > 0 && i < from + fadeIn) {
                g = Math.sin(Math.PI / 2 * (i - from) / fadeIn);
            }
            if (fadeOut > 0 && i >= to - fadeOut) {
                g = Math.min(g, Math.sin(Math.PI / 2 * (to - i) / fadeOut));
            }
            out[2 * i] += (float) (lr[0] * g);
            out[2 * i + 1] += (float) (lr[1] * g);
        }
    }

    private void speak(String prompt, PromptWords words, SceneAnalysis analysis, float[] out, List<Soundtrack.PlacedLine> lines,
            Map<String, float[]> mouths, List<String> warnings) {
        List<DialogueLine> dialogue = DialogueParser.parse(prompt);
        if (dialogue.isEmpty()) {
            return;
        }
        if (!speech.available()) {
            warnings.add("the prompt has dialogue but no speech is made: " + speech.unavailableReason()); //$NON-NLS-1$
            return;
        }
        int frames = out.length / 2;
        double cursor = 0.3;
        for (DialogueLine line : dialogue) {
            Track speaker = speakerTrack(line.speaker(), analysis, cursor);
            if (speaker != null) {
                cursor = Math.max(cursor, speaker.firstFrame() / analysis.fps() + 0.1);
            }
            float[] mono;
            try {
                mono = speech.speak(line.text(), Voice.forSpeaker(line.speaker(), line.verb()), SAMPLE_RATE);
            } catch (java.io.IOException e) {
                warnings.add("could not speak \"" + line.text() + "\": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            int start = (int) Math.round(cursor * SAMPLE_RATE);
            if (start >= frames) {
                warnings.add("no time left in the clip for \"" + line.text() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            int length = Math.min(mono.length, frames - start);
            if (length < mono.length) {
                warnings.add("\"" + line.text() + "\" is cut at the end of the clip"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            int fadeOut = length < mono.length ? (int) (0.03 * SAMPLE_RATE) : 0;
            for (int i = 0; i < length; i++) {
                double seconds = (start + i) / (double) SAMPLE_RATE;
                double x = speaker == null ? 0.5 : speaker.x()[speaker.at((int) Math.floor(seconds * analysis.fps()))];
                double[] pan = Panner.gains(x);
                double g = fadeOut > 0 && i > length - fadeOut ? (length - i) / (double) fadeOut : 1;
                out[2 * (start + i)] += (float) (mono[i] * pan[0] * g);
                out[2 * (start + i) + 1] += (float) (mono[i] * pan[1] * g);
            }
            double end = (start + length) / (double) SAMPLE_RATE;
            lines.add(new Soundtrack.PlacedLine(line.speaker(), line.text(), cursor, end, speaker == null ? -1 : speaker.id()));
            addMouth(mouths, line.speaker().isEmpty() ? "narrator" : line.speaker(), java.util.Arrays.copyOf(mono, length), start, analysis); //$NON-NLS-1$
            cursor = end + 0.25;
        }
    }

    private static void addMouth(Map<String, float[]> mouths, String speaker, float[] mono, int start, SceneAnalysis analysis) {
        float[] open = mouths.computeIfAbsent(speaker, k -> new float[analysis.frames()]);
        float[] env = MouthEnvelope.perFrame(mono, SAMPLE_RATE, analysis.fps());
        int first = (int) Math.round(start / (double) SAMPLE_RATE * analysis.fps());
        for (int i = 0; i < env.length && first + i < open.length; i++) {
            open[first + i] = Math.max(open[first + i], env[i]);
        }
    }

    /** The track that is the speaker: the object of the named colour seen at (or nearest after) that time, largest first. */
    private static Track speakerTrack(String speaker, SceneAnalysis analysis, double seconds) {
        int rgb = PromptWords.colourOf(speaker);
        if (rgb < 0 || analysis.tracks().isEmpty()) {
            return null;
        }
        int frame = (int) Math.floor(seconds * analysis.fps());
        Track best = null;
        double bestScore = Double.MAX_VALUE;
        for (Track t : analysis.tracks()) {
            int distance = Region.colourDistance(rgb, t.rgb());
            if (distance > 260) {
                continue;
            }
            double gap = t.covers(frame) ? 0 : Math.abs(frame - (frame < t.firstFrame() ? t.firstFrame() : t.lastFrame()));
            double score = distance + gap * 2 - t.observed() * 0.5 - t.meanSize() * 100;
            if (score < bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }
}
