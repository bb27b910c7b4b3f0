package io.tessera.core.prompt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the dialogue parser and the voice picker need. The scene words are a copy of the scene language's
 * (io.tessera.engine.scene.Vocabulary) because this bundle must not depend on one engine; they only decide where a
 * speaker's noun phrase starts and stops, so a word missing here makes a speaker phrase a little too long or short,
 * never a crash.
 */
public final class DialogueWords {
    static final Set<String> COLOURS = Set.of("red", "green", "blue", "yellow", "orange", "purple", "violet", "pink", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "white", "black", "gray", "grey", "cyan", "brown", "dark", "light"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    static final Set<String> SHAPES = Set.of("circle", "ball", "disc", "dot", "square", "box", "cube", "rectangle", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "triangle", "star", "diamond", "hexagon", "ring", "donut"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** Size word → pitch shift in espeak pitch units (0–99): small things squeak, big things rumble. */
    public static final Map<String, Integer> SIZE_PITCH = Map.of("tiny", 28, "small", 15, "little", 15, "medium", 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "big", -14, "large", -14, "huge", -24, "giant", -24); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "several", "many", "some", "both"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Start a noun phrase and are dropped from the speaker's name. */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "these", "those", "another", "one", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "every", "each", "its", "their"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Stand for a speaker named earlier: "a red circle bounces and it says ...". */
    static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "i", "we", "you"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    static final Set<String> RELATIVES = Set.of("that", "who", "which", "whom"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "then", "while", "when", "as", "after", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "before", "so", "because", "until", "where", "meanwhile", "once", "if", "next", "later", "afterwards", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "cut", "whereupon", "whilst"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** "then", "next", ... start a new shot in the scene language; the parser keeps them in the scene text. */
    static final Set<String> CUTS = Set.of("then", "next", "later", "afterwards", "cut"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "to", "of", "with", "over", "under", "from", "by", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "into", "onto", "near", "beside", "behind", "across", "through", "above", "below", "around", "off", "up", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "down", "toward", "towards", "past", "along", "between", "inside", "outside", "against", "upon", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "within", "without", "beneath", "underneath", "for", "beyond", "amid", "among"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    /** Verbs of the scene language and the copula: a speaker phrase never runs over them. */
    static final Set<String> OTHER_VERBS = Set.of("is", "are", "was", "were", "be", "moves", "move", "moving", "goes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "go", "slides", "drifts", "travels", "rolls", "roll", "rolling", "runs", "heads", "glides", "rises", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "falls", "drops", "sinks", "bounces", "bounce", "bouncing", "spins", "spin", "spinning", "rotates", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "turns", "grows", "expands", "shrinks", "zigzags", "orbits", "pulses", "pulsates", "stays", "sits", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "rests", "collide", "collides", "bumps", "crashes", "hits", "jumps", "walks", "looks", "flies", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "stops", "appears", "comes", "enters", "leaves", "lands"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** May stand between a speaker and the verb: "the red circle suddenly says", "the square is saying". */
    static final Set<String> PRE_VERB = Set.of("also", "suddenly", "now", "finally", "again", "just", "is", "was", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "are", "were", "keeps", "starts", "begins", "continues", "soon", "immediately", "excitedly"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    /** May stand between the verb and the quote: "says aloud", "calls out", "replies back", "says that". */
    static final Set<String> POST_VERB = Set.of("out", "aloud", "loud", "back", "again", "that", "softly", "quietly", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "something", "simply", "only"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** What things are made of: they describe an object ("a red metal ball" is the red ball), they do not draw. */
    static final Set<String> MATERIALS = Set.of("metal", "metallic", "steel", "iron", "tin", "copper", "brass", "golden", "gold", "silver", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "glass", "crystal", "ice", "plastic", "rubber", "bouncy", "stone", "rock", "concrete", "marble", "ceramic", "porcelain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "wooden", "wood"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Speakers who are heard, not seen: their lines leave nothing to draw. */
    static final Set<String> NARRATORS = Set.of("voice", "narrator", "someone", "somebody", "everyone", "everybody", "nobody", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "announcer", "speaker", "crowd", "chorus", "offscreen", "off-screen"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** Verbs whose lines are loud (the voice gets louder and faster). */
    public static final Set<String> LOUD = Set.of("shouts", "yells", "screams", "exclaims", "shrieks", "cries", "calls", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "roars", "bellows", "booms", "hollers", "cheers", "screeches", "squeals", "barks", "howls", "demands"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    /** Verbs whose lines are quiet (espeak's whisper variants). */
    public static final Set<String> QUIET = Set.of("whispers", "murmurs", "mutters", "mumbles", "breathes", "hisses"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** Verbs whose lines are sung or chanted (slower, a little higher). */
    public static final Set<String> SUNG = Set.of("sings", "chants", "hums"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final String[] SPEECH_VERB_BASES = { "say", "shout", "whisper", "ask", "sing", "yell", "call", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "reply", "answer", "scream", "cry", "exclaim", "mutter", "murmur", "mumble", "laugh", "giggle", "announce", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "declare", "respond", "shriek", "squeak", "sigh", "growl", "roar", "chant", "add", "speak", "explain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "insist", "plead", "beg", "demand", "chirp", "squeal", "hum", "bellow", "boom", "holler", "screech", "gasp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "groan", "moan", "bark", "howl", "purr", "hiss", "chuckle", "cheer", "grumble", "stammer", "stutter", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "breathe", "sob", "snap", "state", "continue", "repeat", "warn", "wonder", "sneer" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    /** Every written form of a speech verb → its "-s" form. */
    private static final Map<String, String> SPEECH_VERBS = speechVerbs();

    private DialogueWords() {
    }

    /** The "-s" form of a speech verb in any tense ("said" → "says", "shouting" → "shouts"), or null. */
    public static String speechVerb(String word) {
        return SPEECH_VERBS.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean isShape(String word) {
        return SHAPES.contains(word) || word.endsWith("es") && SHAPES.contains(word.substring(0, word.length() - 2)) //$NON-NLS-1$
                || word.endsWith("s") && SHAPES.contains(word.substring(0, word.length() - 1)); //$NON-NLS-1$
    }

    /** Words that describe a scene object: colours, shades, sizes, counts and shapes. */
    static boolean isDescription(String word) {
        return COLOURS.contains(word) || SIZE_PITCH.containsKey(word) || COUNTS.contains(word) || MATERIALS.contains(word) || isShape(word);
    }

    /** Where a speaker's noun phrase cannot continue. */
    static boolean endsPhrase(String word) {
        return CONJUNCTIONS.contains(word) || PREPOSITIONS.contains(word) || RELATIVES.contains(word)
                || OTHER_VERBS.contains(word) || PRONOUNS.contains(word) || speechVerb(word) != null;
    }

    static boolean isAdverb(String word) {
        return word.length() > 4 && word.endsWith("ly") && !word.equals("only") && !word.equals("family"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Map<String, String> speechVerbs() {
        Map<String, String> m = new HashMap<>();
        for (String base : SPEECH_VERB_BASES) {
            String third = third(base);
            m.put(base, third);
            m.put(third, third);
            m.put(past(base), third);
            m.put(gerund(base), third);
        }
        String[][] irregular = { { "said", "says" }, { "sang", "sings" }, { "sung", "sings" }, { "spoke", "speaks" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                { "sobbed", "sobs" }, { "sobbing", "sobs" }, { "snapped", "snaps" }, { "snapping", "snaps" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                { "begged", "begs" }, { "begging", "begs" }, { "hummed", "hums" }, { "humming", "hums" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        for (String[] pair : irregular) {
            m.put(pair[0], pair[1]);
        }
        // "a circle called "Bob"" names it, it does not speak
        m.remove("called"); //$NON-NLS-1$
        return Map.copyOf(m);
    }

    private static boolean consonantY(String w) {
        return w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String third(String w) {
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return w + "es"; //$NON-NLS-1$
        }
        return consonantY(w) ? w.substring(0, w.length() - 1) + "ies" : w + "s"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String past(String w) {
        if (w.endsWith("e")) { //$NON-NLS-1$
            return w + "d"; //$NON-NLS-1$
        }
        return consonantY(w) ? w.substring(0, w.length() - 1) + "ied" : w + "ed"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String gerund(String w) {
        return w.endsWith("e") && !w.endsWith("ee") ? w.substring(0, w.length() - 1) + "ing" : w + "ing"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The words that identify a character: its description without size and count ("big red circle" → "red circle"). */
    public static String identity(String speaker) {
        StringBuilder b = new StringBuilder();
        for (String w : speaker.toLowerCase(Locale.ROOT).split("\\s+")) { //$NON-NLS-1$
            if (w.isEmpty() || SIZE_PITCH.containsKey(w) || COUNTS.contains(w) || DETERMINERS.contains(w) || MATERIALS.contains(w)) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(canonical(w));
        }
        return b.toString();
    }

    /** One spelling per colour the scene draws identically, so "grey box" and "gray box" are one character. */
    static String canonical(String w) {
        return switch (w) {
            case "grey" -> "gray"; //$NON-NLS-1$ //$NON-NLS-2$
            case "violet" -> "purple"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> w;
        };
    }
}
