package io.tessera.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.tessera.audio.analysis.Region;
import io.tessera.audio.synth.Material;
import io.tessera.engine.scene.Vocabulary;

/**
 * What a prompt says that matters for sound: its words per shot, the objects it names (colour, material, shape) and
 * what the surfaces they hit are made of ("on a wooden floor").
 */
public final class PromptWords {
    private static final Pattern CUT = Pattern.compile("\\b(?:then|next|later|afterwards|cut to|cut)\\b|;", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    /** An object the prompt names. {@code rgb} is -1 when no colour is given. */
    public record ObjectPhrase(String words, int rgb, Material material, boolean materialNamed) {
    }

    private final List<List<String>> shots = new ArrayList<>();
    private final List<String> all;
    private final List<ObjectPhrase> objects = new ArrayList<>();
    private Material surface;

    public PromptWords(String prompt) {
        String text = prompt == null ? "" : prompt; //$NON-NLS-1$
        for (String part : CUT.split(text)) {
            List<String> t = tokens(part);
            if (!t.isEmpty()) {
                shots.add(t);
            }
        }
        all = tokens(text);
        readObjects();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) { //$NON-NLS-1$
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private void readObjects() {
        int colour = -1;
        Material material = null;
        StringBuilder phrase = new StringBuilder();
        for (String t : all) {
            Integer c = Vocabulary.COLOURS.get(t);
            Material m = Material.ofWord(t);
            String shape = Vocabulary.singularShape(t);
            if (c != null && c >= 0) {
                colour = c;
                phrase.append(t).append(' ');
            } else if (m != null) {
                material = m;
                phrase.append(t).append(' ');
            } else if (shape != null) {
                Material fallback = Material.defaultForShape(shape);
                objects.add(new ObjectPhrase(phrase.append(shape).toString(), colour, material != null ? material : fallback, material != null));
                colour = -1;
                material = null;
                phrase.setLength(0);
            } else if (Vocabulary.SIZES.containsKey(t) || c != null) {
                phrase.append(t).append(' ');
            } else {
                // a material word that reaches a noun other than a shape describes the place: "a wooden floor"
                if (material != null && surface == null) {
                    surface = material;
                }
                colour = -1;
                material = null;
                phrase.setLength(0);
            }
        }
        if (material != null && surface == null) {
            surface = material;
        }
    }

    /** Words of shot {@code index} when the prompt has one part per shot, else all words. */
    public List<String> shotWords(int index, int shotCount) {
        return shots.size() == shotCount && index < shots.size() ? shots.get(index) : all;
    }

    public List<String> allWords() {
        return all;
    }

    public List<ObjectPhrase> objects() {
        return objects;
    }

    /** What struck surfaces are made of, or null when the prompt does not say. */
    public Material surface() {
        return surface;
    }

    /**
     * The material of an object of colour {@code rgb}: that of the named object of the nearest colour, or of the
     * only/first one named, or wood as a neutral knock.
     */
    public Material materialFor(int rgb) {
        ObjectPhrase best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ObjectPhrase o : objects) {
            if (o.rgb() < 0) {
                continue;
            }
            int d = Region.colourDistance(o.rgb(), rgb);
            if (d < bestDistance) {
                bestDistance = d;
                best = o;
            }
        }
        if (best != null && bestDistance < 260) {
            return best.material();
        }
        return objects.isEmpty() ? Material.WOOD : objects.get(0).material();
    }

    /** The colour named in a speaker's words ("red circle" → red), packed 0xRRGGBB, or -1 when none is. */
    public static int colourOf(String speaker) {
        for (String t : tokens(speaker)) {
            Integer c = Vocabulary.COLOURS.get(t);
            if (c != null && c >= 0) {
                return c;
            }
        }
        return -1;
    }
}
