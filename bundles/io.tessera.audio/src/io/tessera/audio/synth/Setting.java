package io.tessera.audio.synth;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where a shot takes place, as far as its background sound goes. */
public enum Setting {
    RAIN(Set.of("rain", "rainy", "raining", "storm", "stormy", "drizzle", "thunderstorm")),
    SEA(Set.of("sea", "ocean", "water", "lake", "beach", "waves", "wave", "river", "underwater", "coast", "shore", "harbour", "harbor")),
    SPACE(Set.of("space", "galaxy", "planet", "cosmos", "orbit")),
    CITY(Set.of("city", "street", "traffic", "town", "road", "urban", "downtown", "cars", "station")),
    FOREST(Set.of("forest", "grass", "lawn", "field", "meadow", "trees", "tree", "park", "garden", "jungle", "woods")),
    ROOM(Set.of("room", "wall", "brick", "bricks", "floor", "table", "wood", "wooden", "indoor", "indoors", "kitchen", "office",
            "checkerboard", "checkered", "chessboard", "studio", "house", "home", "desk")),
    NIGHT(Set.of("night", "starry", "stars", "midnight", "dark")),
    WIND(Set.of("sky", "air", "wind", "windy", "cloud", "clouds", "mountain", "mountains", "desert", "sand", "dunes", "breeze", "hill"));

    private final Set<String> words;

    Setting(Set<String> words) {
        this.words = words;
    }

    /** The setting the words name, the most specific first (a beach at night is the sea), or null when none does. */
    public static Setting fromWords(List<String> tokens) {
        for (Setting s : values()) {
            for (String t : tokens) {
                if (s.words.contains(t.toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * A guess from the background's colours when the prompt names no place: dark is night, a light blue top is open
     * sky, deep blue is water, green is vegetation, warm light is sand, warm dark is a wooden room; anything else gets
     * room tone.
     */
    public static Setting fromColours(int mean, int top) {
        int r = mean >> 16 & 0xFF;
        int g = mean >> 8 & 0xFF;
        int b = mean & 0xFF;
        int tr = top >> 16 & 0xFF;
        int tb = top & 0xFF;
        double luma = 0.299 * r + 0.587 * g + 0.114 * b;
        double topLuma = 0.299 * tr + 0.587 * (top >> 8 & 0xFF) + 0.114 * tb;
        if (luma < 45) {
            return NIGHT;
        }
        if (tb > tr + 30 && topLuma > 120) {
            return WIND;
        }
        if (b > r + 40) {
            return SEA;
        }
        if (g > r + 15 && g > b + 15) {
            return FOREST;
        }
        if (r > b + 40) {
            return luma > 150 ? WIND : ROOM;
        }
        return ROOM;
    }
}
