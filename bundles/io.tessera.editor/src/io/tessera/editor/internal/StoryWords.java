package io.tessera.editor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the storyboard planner reads in ordinary text: places, motion verbs, counts, speech verbs, and the words
 * that are never characters. English; the lists are data, so other languages can be added the same way.
 */
public final class StoryWords {
    /** Where a shot happens, and the background words of the engines that draw it (and that the audio reads). */
    public enum Place {
        FOREST("grass"), SEA("water"), SAND("sand"), CITY("brick"), ROOM("wood"), HALL("checkerboard"), NIGHT("starry night"), SKY("sky"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

        private final String background;

        Place(String background) {
            this.background = background;
        }

        /** The background as the prompt names it: "grass", "starry night". */
        public String background() {
            return background;
        }
    }

    /** What a verb makes a character do on screen. */
    public enum Action {
        MOVE, FALL, BOUNCE, COLLIDE, STILL, RISE, SPIN, GROW, SHRINK
    }

    private static final Map<String, Place> PLACES = new HashMap<>();
    private static final Map<String, Action> VERBS = new HashMap<>();
    private static final Map<String, Action> IRREGULAR = new HashMap<>();
    private static final Map<String, String> SPEECH = new HashMap<>();

    static {
        place(Place.FOREST, "forest", "forests", "woods", "park", "garden", "gardens", "meadow", "field", "fields", "jungle", "trees", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "lawn", "countryside", "farm", "grass", "orchard", "valley"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        place(Place.SEA, "sea", "ocean", "lake", "river", "harbour", "harbor", "coast", "shore", "port", "waves", "pool", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "underwater", "water", "rain", "storm", "bay"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        place(Place.SAND, "beach", "desert", "dunes", "sand", "sahara"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        place(Place.CITY, "city", "street", "streets", "town", "road", "downtown", "station", "market", "village", "traffic", "alley", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "avenue", "highway", "bridge", "suburb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        place(Place.ROOM, "room", "kitchen", "office", "house", "home", "bedroom", "apartment", "indoors", "studio", "restaurant", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "cafe", "caf\u00E9", "bar", "library", "desk", "table", "cabin", "attic", "basement", "living"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        place(Place.HALL, "school", "classroom", "hospital", "lab", "laboratory", "museum", "gym", "factory", "airport", "mall"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        place(Place.NIGHT, "night", "midnight", "tonight", "space", "galaxy", "planet", "moon", "nighttime"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        place(Place.SKY, "sky", "mountain", "mountains", "hill", "hills", "clouds", "wind", "cliff", "rooftop", "roof"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

        verbs(Action.MOVE, "walk", "run", "drive", "go", "travel", "ride", "move", "head", "hurry", "rush", "race", "march", "stroll", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
                "wander", "cycle", "roll", "swim", "sail", "leave", "arrive", "come", "cross", "chase", "follow", "flee", "escape", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
                "return", "enter", "drift", "slide", "glide", "jog", "hike", "crawl", "push", "pull", "carry", "deliver"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
        verbs(Action.FALL, "fall", "drop", "trip", "slip", "collapse", "sink", "tumble", "plunge", "dive"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        verbs(Action.BOUNCE, "jump", "bounce", "leap", "hop", "dance", "skip", "celebrate", "play", "cheer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        verbs(Action.COLLIDE, "meet", "hit", "crash", "collide", "bump", "clash", "fight", "hug", "greet", "tackle", "kiss", "punch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
                "kick", "strike", "attack", "embrace", "smash", "ram"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        verbs(Action.STILL, "wait", "sit", "stand", "stay", "sleep", "rest", "watch", "listen", "read", "think", "stop", "pause", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
                "remain", "lie", "look", "wonder", "hide", "stare", "sit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        verbs(Action.RISE, "rise", "climb", "fly", "ascend", "lift", "float", "soar", "launch", "raise"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        verbs(Action.SPIN, "spin", "twirl", "rotate", "whirl", "swirl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        verbs(Action.GROW, "grow", "expand", "swell", "bloom"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        verbs(Action.SHRINK, "shrink", "fade", "vanish"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        irregular(Action.MOVE, "ran", "drove", "driven", "went", "gone", "rode", "ridden", "swam", "came", "left", "fled", "carried"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
        irregular(Action.FALL, "fell", "fallen", "sank", "sunk", "dove"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        irregular(Action.BOUNCE, "leapt", "danced"); //$NON-NLS-1$ //$NON-NLS-2$
        irregular(Action.COLLIDE, "met", "struck", "fought", "hugged"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        irregular(Action.STILL, "sat", "stood", "slept", "lay", "thought", "waited", "hid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        irregular(Action.RISE, "rose", "risen", "flew", "flown", "climbed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        irregular(Action.SPIN, "spun"); //$NON-NLS-1$
        irregular(Action.GROW, "grew", "grown"); //$NON-NLS-1$ //$NON-NLS-2$
        irregular(Action.SHRINK, "shrank", "shrunk"); //$NON-NLS-1$ //$NON-NLS-2$
        speech("says", "say", "said", "tell", "told", "add", "added", "explain", "explained", "note", "noted", "announce", "announced"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
        speech("asks", "ask", "asked", "wonder", "wondered"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        speech("shouts", "shout", "shouted", "yell", "yelled", "cry", "cried", "exclaim", "exclaimed", "scream", "screamed", "call", "called"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
        speech("whispers", "whisper", "whispered", "murmur", "murmured", "mutter", "muttered"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        speech("replies", "reply", "replied", "answer", "answered", "respond", "responded"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        speech("sings", "sing", "sang", "sung"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("pair", 2), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            Map.entry("couple", 2)); //$NON-NLS-1$

    /** Words after a number that do not name things to draw: "three days", "5 percent". */
    public static final Set<String> UNITS = Set.of("percent", "per", "cent", "years", "year", "months", "month", "weeks", "week", "days", "day", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "hours", "hour", "minutes", "minute", "seconds", "second", "times", "time", "o'clock", "km", "kilometres", "kilometers", "miles", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "metres", "meters", "dollars", "euros", "pounds", "million", "billion", "thousand", "hundred", "of", "or", "and", "to", "more", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "less", "steps", "step", "points", "point", "am", "pm", "kg", "grams"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "their", "my", "our", "your", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "its", "these", "those"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Describing words skipped between a determiner and its noun: "the old man". */
    public static final Set<String> ADJECTIVES = Set.of("old", "young", "little", "big", "small", "large", "tiny", "huge", "new", "first", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "last", "next", "other", "same", "whole", "good", "bad", "great", "long", "short", "tall", "red", "green", "blue", "yellow", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "white", "black", "grey", "gray", "brown", "orange", "purple", "pink", "dark", "bright", "cold", "warm", "hot", "wet", "dry", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "quiet", "loud", "busy", "empty", "famous", "local", "strange", "lonely", "happy", "sad", "angry", "tired", "wild", "only", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "very", "own", "few", "several", "many", "stray", "narrow", "wide", "heavy", "light", "early", "late", "main", "nearby"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

    /** Nouns that are people, so "he" and "she" can stand for them. */
    public static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "boy", "girl", "child", "kid", "doctor", "teacher", "mother", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "father", "mom", "dad", "friend", "driver", "officer", "nurse", "king", "queen", "prince", "princess", "farmer", "worker", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "student", "scientist", "mayor", "reporter", "baby", "brother", "sister", "wife", "husband", "son", "daughter", "neighbour", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "neighbor", "stranger", "captain", "soldier", "player", "chef", "pilot", "president", "minister", "customer", "waiter", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "boss", "guard", "detective", "hero", "villain", "grandmother", "grandfather", "lady", "gentleman", "fisherman"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    public static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    public static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    public static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "themselves"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Words that make a move go left; without one a move goes right. */
    public static final Set<String> LEFTWARD = Set.of("left", "west", "westward", "back", "backwards", "return", "returns", "returned", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "returning"); //$NON-NLS-1$

    /** Capitalised words that are not names even where they recur. */
    public static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "i", "he", "she", "it", "they", "we", "you", "his", "her", "their", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "our", "my", "your", "its", "this", "that", "these", "those", "then", "when", "after", "before", "but", "and", "or", "so", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
            "in", "on", "at", "by", "for", "from", "with", "without", "of", "to", "as", "if", "while", "once", "now", "later", "meanwhile", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
            "suddenly", "finally", "today", "yesterday", "tomorrow", "there", "here", "what", "why", "how", "who", "where", "yes", "no", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "oh", "hello", "hi", "mr", "mrs", "ms", "dr", "prof", "st", "int", "ext", "day", "monday", "tuesday", "wednesday", "thursday", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "october", "november", "december", "every", "all", "some", "one", "two", "three", "not", "never", "soon", "still", "just", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "even", "also", "please", "thanks", "thank", "wait", "look", "come", "let", "okay", "ok", "well", "because", "although", "though", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "until", "during", "inside", "outside", "everyone", "nobody", "someone", "people", "scene", "cut", "fade", "many", "most"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$

    /** Nouns that recur in any text without being things to draw. */
    public static final Set<String> NOT_THINGS = Set.of("time", "way", "end", "day", "morning", "evening", "afternoon", "year", "week", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "moment", "side", "thing", "things", "lot", "part", "story", "rest", "idea", "word", "words", "voice", "news", "sound", "air", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "same", "other", "first", "last", "next", "whole", "top", "bottom", "middle", "front", "back", "edge", "center", "centre", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "light", "dark", "weather", "night", "left", "right", "answer", "question", "minute", "hour", "second", "people"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

    private StoryWords() {
    }

    private static void place(Place p, String... words) {
        for (String w : words) {
            PLACES.put(w, p);
        }
    }

    private static void verbs(Action a, String... bases) {
        for (String b : bases) {
            VERBS.put(b, a);
        }
    }

    private static void irregular(Action a, String... forms) {
        for (String f : forms) {
            IRREGULAR.put(f, a);
        }
    }

    private static void speech(String form, String... words) {
        SPEECH.put(form, form);
        for (String w : words) {
            SPEECH.put(w, form);
        }
    }

    /** The place a word names, or null. */
    public static Place place(String word) {
        return PLACES.get(word.toLowerCase(Locale.ROOT));
    }

    /** The speech verb a word is, in the "-s" form the dialogue grammar uses ("said" → "says"), or null. */
    public static String speechVerb(String word) {
        return SPEECH.get(word.toLowerCase(Locale.ROOT));
    }

    /** What a verb in any common inflection makes its subject do: "walked", "running", "hurries", "dropped"; or null. */
    public static Action action(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Action a = IRREGULAR.get(w);
        if (a != null) {
            return a;
        }
        for (String base : bases(w)) {
            a = VERBS.get(base);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** Candidate base forms of an inflected verb. */
    static List<String> bases(String w) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(w);
        for (String suffix : List.of("ing", "ed", "es", "s", "d")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e"); //$NON-NLS-1$
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1)); // "dropped", "running"
                }
                if (stem.endsWith("i")) { //$NON-NLS-1$
                    out.add(stem.substring(0, stem.length() - 1) + "y"); // "hurried", "hurries" //$NON-NLS-1$
                }
            }
        }
        return out;
    }

    /** A plural noun's singular, for matching "bird" and "birds" as one thing. */
    public static String singular(String noun) {
        if (noun.length() > 4 && noun.endsWith("ies")) { //$NON-NLS-1$
            return noun.substring(0, noun.length() - 3) + "y"; //$NON-NLS-1$
        }
        if (noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }
}
