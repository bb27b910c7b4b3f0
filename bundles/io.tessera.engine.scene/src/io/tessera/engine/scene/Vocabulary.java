package io.tessera.engine.scene;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/** The words of the scene language. Kept in one place so the data generator can phrase captions with them. */
public final class Vocabulary {
    public static final Map<String, Integer> COLOURS = Map.ofEntries(entry("red", 0xE03030), entry("green", 0x30B040),
            entry("blue", 0x3060E0), entry("yellow", 0xF0D020), entry("orange", 0xF08020), entry("purple", 0x9040C0),
            entry("violet", 0x9040C0), entry("pink", 0xF070B0), entry("white", 0xF5F5F5), entry("black", 0x151515),
            entry("gray", 0x808080), entry("grey", 0x808080), entry("cyan", 0x30D0E0), entry("brown", 0x8B5A2B),
            entry("dark", -1), entry("light", -2));

    public static final Map<String, Shape> SHAPES = Map.ofEntries(entry("circle", Shape.CIRCLE), entry("ball", Shape.CIRCLE),
            entry("disc", Shape.CIRCLE), entry("dot", Shape.CIRCLE), entry("square", Shape.SQUARE), entry("box", Shape.SQUARE),
            entry("cube", Shape.SQUARE), entry("rectangle", Shape.RECTANGLE), entry("triangle", Shape.TRIANGLE),
            entry("star", Shape.STAR), entry("diamond", Shape.DIAMOND), entry("hexagon", Shape.HEXAGON),
            entry("ring", Shape.RING), entry("donut", Shape.RING));

    public static final Map<String, Integer> COUNTS = Map.ofEntries(entry("a", 1), entry("an", 1), entry("one", 1),
            entry("two", 2), entry("three", 3), entry("four", 4), entry("five", 5), entry("six", 6), entry("seven", 7),
            entry("eight", 8), entry("nine", 9), entry("ten", 10), entry("several", 3), entry("many", 6), entry("some", 2),
            entry("pair", 2));

    public static final Map<String, Double> SIZES = Map.ofEntries(entry("tiny", 0.35), entry("small", 0.6),
            entry("little", 0.6), entry("medium", 1.0), entry("big", 1.45), entry("large", 1.45), entry("huge", 2.0),
            entry("giant", 2.0));

    public static final Map<String, Double> SPEEDS = Map.ofEntries(entry("slowly", 0.5), entry("slow", 0.5),
            entry("gently", 0.5), entry("quickly", 1.8), entry("fast", 1.8), entry("quick", 1.8), entry("rapidly", 1.8));

    /** Verbs that take a direction word after them. */
    public static final Set<String> MOVE_VERBS = Set.of("moves", "move", "moving", "goes", "go", "going", "slides", "slide",
            "sliding", "drifts", "drift", "drifting", "travels", "travel", "rolls", "roll", "rolling",
            "runs", "run", "heads", "head", "glides", "glide");

    public static final Map<String, Motion> DIRECTIONS = Map.of("left", Motion.LEFT, "right", Motion.RIGHT, "up",
            Motion.UP, "down", Motion.DOWN, "across", Motion.RIGHT, "upward", Motion.UP, "upwards", Motion.UP,
            "downward", Motion.DOWN, "downwards", Motion.DOWN);

    public static final Map<String, Motion> MOTION_VERBS = Map.ofEntries(entry("rises", Motion.UP), entry("rise", Motion.UP),
            entry("rising", Motion.UP), entry("falls", Motion.DOWN), entry("fall", Motion.DOWN), entry("falling", Motion.DOWN),
            entry("drops", Motion.DOWN), entry("drop", Motion.DOWN), entry("sinks", Motion.DOWN), entry("bounces", Motion.BOUNCE),
            entry("bounce", Motion.BOUNCE), entry("bouncing", Motion.BOUNCE), entry("spins", Motion.SPIN),
            entry("spin", Motion.SPIN), entry("spinning", Motion.SPIN), entry("rotates", Motion.SPIN),
            entry("rotate", Motion.SPIN), entry("rotating", Motion.SPIN), entry("turns", Motion.SPIN),
            entry("grows", Motion.GROW), entry("grow", Motion.GROW), entry("growing", Motion.GROW),
            entry("expands", Motion.GROW), entry("expand", Motion.GROW), entry("shrinks", Motion.SHRINK), entry("shrink", Motion.SHRINK),
            entry("shrinking", Motion.SHRINK), entry("zigzags", Motion.ZIGZAG), entry("zigzag", Motion.ZIGZAG),
            entry("zigzagging", Motion.ZIGZAG), entry("orbits", Motion.ORBIT), entry("orbit", Motion.ORBIT),
            entry("orbiting", Motion.ORBIT), entry("pulses", Motion.PULSE), entry("pulse", Motion.PULSE),
            entry("pulsing", Motion.PULSE), entry("pulsates", Motion.PULSE), entry("stays", Motion.STILL),
            entry("stay", Motion.STILL), entry("sits", Motion.STILL), entry("sit", Motion.STILL), entry("rests", Motion.STILL),
            entry("still", Motion.STILL), entry("collide", Motion.COLLIDE), entry("collides", Motion.COLLIDE),
            entry("colliding", Motion.COLLIDE), entry("bump", Motion.COLLIDE), entry("bumps", Motion.COLLIDE),
            entry("crash", Motion.COLLIDE), entry("crashes", Motion.COLLIDE), entry("hit", Motion.COLLIDE),
            entry("hits", Motion.COLLIDE));

    public static final Map<String, Placement> PLACES = Map.of("left", Placement.LEFT, "right", Placement.RIGHT, "top",
            Placement.TOP, "bottom", Placement.BOTTOM, "center", Placement.CENTER, "centre", Placement.CENTER, "middle",
            Placement.CENTER, "corner", Placement.CORNER);

    public static final Map<String, Background.Texture> TEXTURES = Map.ofEntries(entry("sky", Background.Texture.SKY),
            entry("grass", Background.Texture.GRASS), entry("field", Background.Texture.GRASS),
            entry("lawn", Background.Texture.GRASS), entry("sand", Background.Texture.SAND),
            entry("beach", Background.Texture.SAND), entry("desert", Background.Texture.SAND),
            entry("water", Background.Texture.WATER), entry("sea", Background.Texture.WATER),
            entry("ocean", Background.Texture.WATER), entry("lake", Background.Texture.WATER),
            entry("brick", Background.Texture.BRICK), entry("bricks", Background.Texture.BRICK),
            entry("wall", Background.Texture.BRICK), entry("checkerboard", Background.Texture.CHECKERBOARD),
            entry("checkered", Background.Texture.CHECKERBOARD), entry("chessboard", Background.Texture.CHECKERBOARD),
            entry("wood", Background.Texture.WOOD), entry("wooden", Background.Texture.WOOD),
            entry("floor", Background.Texture.WOOD), entry("table", Background.Texture.WOOD),
            entry("night", Background.Texture.NIGHT), entry("space", Background.Texture.NIGHT),
            entry("stars", Background.Texture.NIGHT), entry("starry", Background.Texture.NIGHT));

    public static final Map<Background.Texture, Integer> TEXTURE_COLOURS = Map.of(Background.Texture.SKY, 0x87CEEB,
            Background.Texture.GRASS, 0x4C9A2A, Background.Texture.SAND, 0xE2C992, Background.Texture.WATER, 0x2E6FB5,
            Background.Texture.BRICK, 0xA0522D, Background.Texture.CHECKERBOARD, 0xE8E8E8, Background.Texture.WOOD,
            0x9C6B3C, Background.Texture.NIGHT, 0x0B1030, Background.Texture.PLAIN, 0xD8D8D8);

    /**
     * What things are made of. The picture does not show it (shapes are flat colours), but the sound does: a metal
     * ball rings, a rubber one thuds. Accepted so such prompts draw, and left for the audio generator to read.
     */
    public static final Set<String> MATERIALS = Set.of("metal", "metallic", "steel", "iron", "tin", "copper", "brass", "golden", "gold", "silver",
            "glass", "crystal", "ice", "plastic", "rubber", "bouncy", "stone", "rock", "concrete", "marble", "ceramic", "porcelain");

    public static final Set<String> BACKGROUND_NOUNS = Set.of("background", "backdrop", "scene", "setting");

    public static final Set<String> CUTS = Set.of("then", "next", "later", "afterwards", "cut");

    public static final Set<String> CAMERA = Set.of("camera", "view", "shot");

    public static final Map<String, CameraMove> CAMERA_MOVES = Map.of("pans", CameraMove.PAN_LEFT, "pan",
            CameraMove.PAN_LEFT, "panning", CameraMove.PAN_LEFT, "zooms", CameraMove.ZOOM_IN, "zoom", CameraMove.ZOOM_IN,
            "zooming", CameraMove.ZOOM_IN);

    public static final Set<String> STOP_WORDS = Set.of("the", "over", "with", "of", "on", "in", "is", "are", "at", "to",
            "from", "into", "its", "it", "they", "their", "while", "as", "very", "that", "which", "around", "each", "other",
            "there", "against", "through", "and", "both", "together", "toward", "towards", "by", "onto", "along", "out",
            "side", "screen", "frame", "edge", "itself", "then", "same", "time", "lot", "bit", "this", "these",
            "those", "shape", "shapes", "object", "objects", "colored", "coloured", "sized", "off", "walls", "wall's",
            "another", "one's", "keeps", "keep", "continues", "starts", "begins", "away", "about", "like", "under", "above",
            "across", "back", "forth", "forward", "again", "also", "just", "where", "we", "see", "show", "showing", "shows",
            "image", "video", "clip", "animation");

    private Vocabulary() {
    }

    /** "circles" → "circle", "boxes" → "box": the singular if it is a known shape. */
    public static String singularShape(String word) {
        if (SHAPES.containsKey(word)) {
            return word;
        }
        if (word.endsWith("es") && SHAPES.containsKey(word.substring(0, word.length() - 2))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && SHAPES.containsKey(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }
}
