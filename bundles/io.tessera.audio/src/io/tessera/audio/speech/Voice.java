package io.tessera.audio.speech;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one line is voiced, in espeak-ng's terms (the only synthesizer here, and a small common denominator of others).
 *
 * @param variant espeak voice variant appended to the language, e.g. {@code m3}, {@code f2}, {@code whisperf}
 * @param pitch base pitch 0–99 (espeak {@code -p}, 50 is the variant's normal)
 * @param speed words per minute 80–450 (espeak {@code -s}, 175 is normal)
 * @param amplitude 0–200 (espeak {@code -a}, 100 is normal; from about 150 espeak's loudest vowels clip, so shouting
 *            uses 130)
 */
public record Voice(String variant, int pitch, int speed, int amplitude) {
    private static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9_]{1,32}"); //$NON-NLS-1$

    /**
     * The ordinary variants that suit any character; the novelty ones (croak, Demonic, klatt) would make a scene sound
     * like a joke it did not ask for.
     */
    private static final String[] VARIANTS = { "m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
    private static final Set<String> FEMALE = Set.of("f1", "f2", "f3", "f4", "f5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** espeak's own defaults. */
    public static final Voice DEFAULT = new Voice("m3", 50, 175, 100); //$NON-NLS-1$

    public Voice {
        if (variant == null || !VARIANT.matcher(variant).matches()) {
            throw new IllegalArgumentException("variant must be 1-32 letters, digits or '_', got " + variant); //$NON-NLS-1$
        }
        if (pitch < 0 || pitch > 99) {
            throw new IllegalArgumentException("pitch must be in [0, 99], got " + pitch); //$NON-NLS-1$
        }
        if (speed < 80 || speed > 450) {
            throw new IllegalArgumentException("speed must be in [80, 450] words per minute, got " + speed); //$NON-NLS-1$
        }
        if (amplitude < 0 || amplitude > 200) {
            throw new IllegalArgumentException("amplitude must be in [0, 200], got " + amplitude); //$NON-NLS-1$
        }
    }

    /**
     * The voice of a character saying one line. Deterministic: the character's identity words (colour and shape, not
     * its size, so "the big red circle" and "the red circle" are one character) pick the variant, pitch and pace through
     * a hash, so a character sounds the same in every shot and every run, and two characters usually differ. Size words
     * move the pitch (tiny things squeak, huge ones rumble); the verb sets the delivery: shouting is louder, faster and
     * a little higher, whispering uses espeak's whisper variants, singing is slower.
     *
     * @param speaker a {@link io.tessera.core.prompt.DialogueLine#speaker()}, "" for the narrator
     * @param verb a {@link io.tessera.core.prompt.DialogueLine#verb()}, any tense
     */
    public static Voice forSpeaker(String speaker, String verb) {
        String words = speaker == null ? "" : speaker.toLowerCase(Locale.ROOT).strip(); //$NON-NLS-1$
        String identity = io.tessera.core.prompt.DialogueWords.identity(words);
        long h = mix(fnv1a(identity.isEmpty() ? "narrator" : identity)); //$NON-NLS-1$
        String variant = VARIANTS[(int) Long.remainderUnsigned(h, VARIANTS.length)];
        int pitch = 30 + (int) Long.remainderUnsigned(h >>> 16, 41);
        int speed = 160 + (int) Long.remainderUnsigned(h >>> 32, 31);
        int amplitude = 100;
        for (String w : words.split("\\s+")) { //$NON-NLS-1$
            Integer shift = io.tessera.core.prompt.DialogueWords.SIZE_PITCH.get(w);
            if (shift != null) {
                pitch += shift;
                // small things chatter, big things take their time
                speed += shift / 2;
            }
        }
        String v = verb == null ? "says" : io.tessera.core.prompt.DialogueWords.speechVerb(verb) != null ? io.tessera.core.prompt.DialogueWords.speechVerb(verb) : verb; //$NON-NLS-1$
        if (io.tessera.core.prompt.DialogueWords.LOUD.contains(v)) {
            amplitude = 130;
            speed += 20;
            pitch += 6;
        } else if (io.tessera.core.prompt.DialogueWords.QUIET.contains(v)) {
            variant = FEMALE.contains(variant) ? "whisperf" : "whisper"; //$NON-NLS-1$ //$NON-NLS-2$
            amplitude = 90;
            speed -= 10;
        } else if (io.tessera.core.prompt.DialogueWords.SUNG.contains(v)) {
            speed -= 30;
            pitch += 5;
        } else if (v.equals("asks")) { //$NON-NLS-1$
            pitch += 3;
        }
        return new Voice(variant, clamp(pitch, 0, 99), clamp(speed, 80, 450), clamp(amplitude, 0, 200));
    }

    /** The espeak-ng {@code -v} argument for American English with this variant. */
    public String espeakName() {
        return "en-us+" + variant; //$NON-NLS-1$
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** FNV-1a over UTF-8: fixed by its definition, unlike a JVM's string hash in principle, and spread well enough. */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser, so that similar names ("red circle", "red square") land far apart. */
    private static long mix(long z) {
        z = (z ^ z >>> 30) * 0xbf58476d1ce4e5b9L;
        z = (z ^ z >>> 27) * 0x94d049bb133111ebL;
        return z ^ z >>> 31;
    }
}
