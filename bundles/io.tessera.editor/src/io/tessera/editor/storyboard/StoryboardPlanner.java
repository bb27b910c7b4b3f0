package io.tessera.editor.storyboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.tessera.editor.internal.ShotPrompts;
import io.tessera.editor.internal.StoryAnalysis;
import io.tessera.editor.internal.StoryWords;
import io.tessera.editor.internal.StoryWords.Place;
import io.tessera.model.GenerationSettings;
import io.tessera.model.ModelFactory;
import io.tessera.model.Shot;

/**
 * Plans an article, a news text or a script as shots: sentences become shots of 2 to 8 seconds at the narration
 * speed (short ones are merged, long ones split at a comma or between words); each shot gets a prompt in the words
 * both the scene engine and the bundled DiT accept, with every recurring character drawn as the same coloured shape
 * in every shot, the setting kept until the text changes it, verbs as motions, counts as numbers of shapes, and quoted
 * speech as dialogue ({@code the red circle says "..."}). Shots showing the same characters in the same setting get
 * the same seed, and every such shot after the first refers to the first ({@code referenceShot}). Pure and
 * deterministic: the same text and settings give the same plan.
 */
public final class StoryboardPlanner {
    private final StoryboardSettings settings;

    public StoryboardPlanner(StoryboardSettings settings) {
        this.settings = settings;
    }

    public StoryboardPlanner() {
        this(StoryboardSettings.defaults());
    }

    public StoryboardSettings settings() {
        return settings;
    }

    /** The shots of a text, in order. Blank text gives no shots. */
    public Storyboard plan(String text) {
        List<Chunk> chunks = chunks(TextSplitter.split(text));
        List<List<String>> sentences = chunks.stream().map(c -> c.sentences).toList();
        List<Place> headingPlaces = chunks.stream().map(c -> c.headingPlace).toList();
        StoryAnalysis analysis = new StoryAnalysis();
        List<StoryAnalysis.ShotReading> readings = analysis.read(sentences, headingPlaces);
        List<CastMember> cast = new ArrayList<>();
        for (StoryAnalysis.Entity e : analysis.entities()) {
            cast.add(new CastMember(e.name, ShotPrompts.colour(e.index), ShotPrompts.shape(e.index), e.person, e.count));
        }
        List<Shot> shots = new ArrayList<>();
        Map<String, Shot> firstWith = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            StoryAnalysis.ShotReading r = readings.get(i);
            List<StoryAnalysis.Role> roles = ShotPrompts.fit(r, settings.engineId());
            String prompt = ShotPrompts.prompt(roles, r.place(), r.speech(), settings.engineId());
            String key = key(roles, r.place());
            Shot shot = shot(String.format("shot-%02d", i + 1), c.text(), prompt, settings.shotSeconds(c.words), seed(settings.filmSeed(), key), //$NON-NLS-1$
                    settings.engineId(), settings);
            if (!roles.isEmpty()) {
                Shot first = firstWith.putIfAbsent(key, shot);
                shot.setReferenceShot(first);
            }
            shots.add(shot);
        }
        return new Storyboard(shots, cast, settings);
    }

    /** A shot as the planner and the shot-list reader make it. */
    static Shot shot(String id, String text, String prompt, double seconds, long seed, String engine, StoryboardSettings settings) {
        Shot shot = ModelFactory.eINSTANCE.createShot();
        shot.setId(id);
        shot.setName(text == null || text.isBlank() ? Storyboard.excerpt(prompt, 48) : Storyboard.excerpt(text, 48));
        shot.setPrompt(prompt);
        shot.setText(text);
        GenerationSettings g = ModelFactory.eINSTANCE.createGenerationSettings();
        g.setEngineId(engine);
        g.setSeed(seed);
        g.setSeconds(seconds);
        g.setFps(settings.fps());
        g.setWidth(settings.width());
        g.setHeight(settings.height());
        g.setSteps(settings.steps());
        g.setGuidance(settings.guidance());
        shot.setSettings(g);
        return shot;
    }

    /** The characters and the setting of a shot, as the key its seed and reference come from. */
    private static String key(List<StoryAnalysis.Role> roles, Place place) {
        TreeSet<String> names = new TreeSet<>();
        for (StoryAnalysis.Role r : roles) {
            names.add(r.entity().key);
        }
        return String.join("+", names) + "@" + (place == null ? "" : place.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A seed in [0, 2^31) from the film seed and a key: FNV-1a over the key, mixed with SplitMix64. */
    static long seed(long filmSeed, String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        long z = filmSeed * 0x9E3779B97F4A7C15L + h;
        z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
        z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return z & 0x7FFFFFFFL;
    }

    /** Sentences grouped into shots of the right length, paragraph by paragraph. */
    private List<Chunk> chunks(List<TextSplitter.Sentence> sentences) {
        double minWords = settings.minSeconds() * settings.wordsPerMinute() / 60;
        double maxWords = settings.maxSeconds() * settings.wordsPerMinute() / 60;
        List<Chunk> out = new ArrayList<>();
        boolean allHeadings = sentences.stream().allMatch(TextSplitter.Sentence::heading);
        Place headingPlace = null;
        int paragraph = -1;
        int paragraphStart = 0;
        for (TextSplitter.Sentence s : sentences) {
            if (s.heading() && !allHeadings) {
                Place p = headingPlace(s.text());
                headingPlace = p != null ? p : headingPlace;
                paragraph = -1;
                continue;
            }
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphStart = out.size();
            }
            for (String piece : pieces(s.text(), maxWords)) {
                double w = words(piece);
                Chunk last = out.size() > paragraphStart ? out.get(out.size() - 1) : null;
                if (last != null && (last.words < minWords || w < minWords) && last.words + w <= maxWords
                        && headingPlace == null) {
                    last.add(piece, w);
                } else {
                    out.add(new Chunk(piece, w, headingPlace));
                    headingPlace = null;
                }
            }
        }
        return out;
    }

    private static Place headingPlace(String heading) {
        for (String w : heading.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) { //$NON-NLS-1$
            Place p = StoryWords.place(w);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A sentence cut into pieces of at most {@code maxWords}: at the clause mark nearest the middle, else between words. */
    static List<String> pieces(String sentence, double maxWords) {
        List<String> out = new ArrayList<>();
        if (words(sentence) <= maxWords) {
            out.add(sentence);
            return out;
        }
        String[] w = sentence.split("\\s+"); //$NON-NLS-1$
        int mid = w.length / 2;
        int cut = -1;
        for (int d = 0; d < w.length / 2 && cut < 0; d++) {
            for (int k : new int[] { mid + d, mid - d }) {
                if (k > 0 && k < w.length && (w[k - 1].matches(".*[,;:\u2014\u2013\uFF0C\u3001]") || w[k].matches("\u2014|\u2013|-"))) { //$NON-NLS-1$ //$NON-NLS-2$
                    cut = k;
                    break;
                }
            }
        }
        if (cut < 0 || Math.min(cut, w.length - cut) < w.length / 4) {
            cut = mid;
        }
        if (cut <= 0 || cut >= w.length) {
            // one very long "word" (text without spaces): cut by characters
            int half = sentence.length() / 2;
            out.addAll(pieces(sentence.substring(0, half), maxWords));
            out.addAll(pieces(sentence.substring(half), maxWords));
            return out;
        }
        out.addAll(pieces(String.join(" ", java.util.Arrays.copyOfRange(w, 0, cut)), maxWords)); //$NON-NLS-1$
        out.addAll(pieces(String.join(" ", java.util.Arrays.copyOfRange(w, cut, w.length)), maxWords)); //$NON-NLS-1$
        return out;
    }

    /**
     * Words to read aloud: runs of letters or digits; in scripts written without spaces (Chinese, Japanese) two
     * characters count as a word.
     */
    public static double words(String text) {
        double n = 0;
        for (String token : text.split("\\s+")) { //$NON-NLS-1$
            int wide = 0;
            boolean any = false;
            for (int i = 0; i < token.length(); i = token.offsetByCodePoints(i, 1)) {
                int cp = token.codePointAt(i);
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
                    wide++;
                } else if (Character.isLetterOrDigit(cp)) {
                    any = true;
                }
            }
            n += wide > 0 ? Math.ceil(wide / 2.0) + (any ? 1 : 0) : any ? 1 : 0;
        }
        return n;
    }

    private static final class Chunk {
        final List<String> sentences = new ArrayList<>();
        double words;
        final Place headingPlace;

        Chunk(String first, double words, Place headingPlace) {
            sentences.add(first);
            this.words = words;
            this.headingPlace = headingPlace;
        }

        void add(String s, double w) {
            sentences.add(s);
            words += w;
        }

        String text() {
            return String.join(" ", sentences); //$NON-NLS-1$
        }
    }
}
