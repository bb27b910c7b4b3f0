package io.tessera.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneParserTest {

    @Test
    void objectsMotionsAndBackground() throws Exception {
        Scene s = SceneParser.parse("a red circle moves right over a blue sky background; a green square bounces");
        assertEquals(1, s.shots().size());
        SceneShot shot = s.shots().get(0);
        assertEquals(Background.Texture.SKY, shot.background().texture());
        assertEquals(2, shot.objects().size());
        SceneObject circle = shot.objects().get(0);
        assertEquals(Shape.CIRCLE, circle.shape());
        assertEquals(Vocabulary.COLOURS.get("red"), circle.rgb());
        assertEquals(java.util.Set.of(Motion.RIGHT), circle.motions());
        assertEquals(Shape.SQUARE, shot.objects().get(1).shape());
        assertEquals(java.util.Set.of(Motion.BOUNCE), shot.objects().get(1).motions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "three small yellow triangles fall|3|TRIANGLE|DOWN",
            "two blue circles collide|2|CIRCLE|COLLIDE",
            "a big purple star spins in the center over a grass background, camera pans left|1|STAR|SPIN",
            "Five tiny pink rings pulse.|5|RING|PULSE",
            "4 orange hexagons rise slowly|4|HEXAGON|UP",
            "one huge brown diamond orbits|1|DIAMOND|ORBIT",
            "a cyan rectangle zigzags across the screen|1|RECTANGLE|ZIGZAG",
            "a light green ball grows on a checkerboard|1|CIRCLE|GROW",
            "a grey box stays still on a wooden floor|1|SQUARE|STILL",
            "a white dot goes left quickly at night|1|CIRCLE|LEFT" })
    void manyPhrasings(String prompt, int count, Shape shape, Motion motion) throws Exception {
        SceneShot shot = SceneParser.parse(prompt).shots().get(0);
        assertEquals(count, shot.objects().size(), prompt);
        for (SceneObject o : shot.objects()) {
            assertEquals(shape, o.shape(), prompt);
            assertTrue(o.motions().contains(motion), prompt + " -> " + o.motions());
        }
    }

    @Test
    void sizesSpeedsPlacementsAndCamera() throws Exception {
        SceneShot shot = SceneParser.parse("a big purple star spins quickly in the center over a grass background, camera pans left")
                .shots().get(0);
        SceneObject star = shot.objects().get(0);
        assertTrue(star.size() > 1.2);
        assertTrue(star.speed() > 1.2);
        assertEquals(Placement.CENTER, star.placement());
        assertEquals(Background.Texture.GRASS, shot.background().texture());
        assertEquals(CameraMove.PAN_LEFT, shot.camera());
        assertEquals(CameraMove.ZOOM_IN, SceneParser.parse("a red ring, the camera zooms in").shots().get(0).camera());
    }

    @Test
    void leftAfterAPrepositionPlacesAndAfterAVerbMoves() throws Exception {
        SceneShot shot = SceneParser.parse("two white rings on the left; a red ball moves left; a blue box at the top").shots().get(0);
        assertEquals(Placement.LEFT, shot.objects().get(0).placement());
        assertEquals(java.util.Set.of(Motion.STILL), shot.objects().get(0).motions());
        assertEquals(java.util.Set.of(Motion.LEFT), shot.objects().get(2).motions());
        assertEquals(Placement.TOP, shot.objects().get(3).placement());
    }

    @Test
    void cutsMakeShotsAndKeepTheBackground() throws Exception {
        Scene s = SceneParser.parse("a white square on a dark blue background; cut to a red ring that grows; then two stars fall");
        assertEquals(3, s.shots().size());
        assertEquals(s.shots().get(0).background(), s.shots().get(1).background());
        assertEquals(Shape.RING, s.shots().get(1).objects().get(0).shape());
        assertEquals(2, s.shots().get(2).objects().size());
        assertTrue(s.shots().get(0).background().rgb() != Vocabulary.COLOURS.get("blue"), "dark blue is darker");
    }

    @Test
    void theBackgroundIsAColourOrATexture() throws Exception {
        assertEquals(new Background(Background.Texture.PLAIN, Vocabulary.COLOURS.get("blue")),
                SceneParser.parse("a red ball falls. the background is blue").shots().get(0).background());
        assertEquals(Background.Texture.GRASS, SceneParser.parse("a red ball falls. the background is grass").shots().get(0).background().texture());
    }

    @Test
    void everyUnknownWordIsListed() {
        SceneParseException e = assertThrows(SceneParseException.class,
                () -> SceneParser.parse("a red dragon flies over the castle, breathing fire"));
        assertEquals(List.of("dragon", "flies", "castle", "breathing", "fire"), e.unknownWords());
        assertTrue(e.getMessage().contains("'dragon'") && e.getMessage().contains("'fire'"), e.getMessage());
        SceneParseException twice = assertThrows(SceneParseException.class, () -> SceneParser.parse("a red dragon flies; a dragon"));
        assertEquals("the scene engine does not understand: 'dragon', 'flies'", twice.getMessage());
    }

    @Test
    void andSeparatesClausesOnlyAfterAVerb() throws Exception {
        SceneShot two = SceneParser.parse("a red circle moves right and a green square bounces").shots().get(0);
        assertEquals(java.util.Set.of(Motion.RIGHT), two.objects().get(0).motions());
        assertEquals(java.util.Set.of(Motion.BOUNCE), two.objects().get(1).motions());
        SceneShot pair = SceneParser.parse("a red circle and a blue square collide").shots().get(0);
        assertEquals(2, pair.objects().size());
        assertTrue(pair.objects().stream().allMatch(o -> o.motions().equals(java.util.Set.of(Motion.COLLIDE))));
        SceneShot both = SceneParser.parse("two pink stars spin and move quickly up, a ball bumps into a box").shots().get(0);
        assertEquals(java.util.Set.of(Motion.SPIN, Motion.UP), both.objects().get(0).motions());
        assertEquals(java.util.Set.of(Motion.SPIN, Motion.UP), both.objects().get(1).motions());
        assertTrue(both.objects().get(0).speed() > 1.2, "quickly carries over");
        assertEquals(java.util.Set.of(Motion.COLLIDE), both.objects().get(2).motions());
        assertEquals(java.util.Set.of(Motion.COLLIDE), both.objects().get(3).motions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "red|E03030", "green|30B040", "blue|3060E0", "yellow|F0D020", "orange|F08020",
            "purple|9040C0", "pink|F070B0", "white|F5F5F5", "black|151515", "gray|808080", "grey|808080", "cyan|30D0E0",
            "brown|8B5A2B" })
    void everyColourWord(String word, String hex) throws Exception {
        int rgb = Integer.parseInt(hex, 16);
        assertEquals(rgb, SceneParser.parse("a " + word + " hexagon").shots().get(0).objects().get(0).rgb());
        int light = SceneParser.parse("a light " + word + " hexagon").shots().get(0).objects().get(0).rgb();
        int dark = SceneParser.parse("a dark " + word + " hexagon").shots().get(0).objects().get(0).rgb();
        assertTrue(luma(light) > luma(rgb) || luma(rgb) > 240, word + " light");
        assertTrue(luma(dark) < luma(rgb) || luma(rgb) < 25, word + " dark");
    }

    private static int luma(int rgb) {
        return ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "sky|SKY", "grass|GRASS", "sand|SAND", "water|WATER", "brick|BRICK",
            "checkerboard|CHECKERBOARD", "wood|WOOD", "night|NIGHT", "orange|PLAIN" })
    void everyBackground(String word, Background.Texture texture) throws Exception {
        assertEquals(texture, SceneParser.parse("a ball over a " + word + " background").shots().get(0).background().texture());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "balls|CIRCLE", "boxes|SQUARE", "squares|SQUARE", "triangles|TRIANGLE",
            "stars|STAR", "rectangles|RECTANGLE", "diamonds|DIAMOND", "hexagons|HEXAGON", "rings|RING", "circles|CIRCLE" })
    void pluralsAndDigits(String word, Shape shape) throws Exception {
        SceneShot shot = SceneParser.parse("7 " + word + " zigzag").shots().get(0);
        assertEquals(7, shot.objects().size());
        assertTrue(shot.objects().stream().allMatch(o -> o.shape() == shape && o.motions().contains(Motion.ZIGZAG)));
    }

    @Test
    void starsInTheNightSkyAreTexture() throws Exception {
        SceneShot night = SceneParser.parse("a red ball over a night sky with stars").shots().get(0);
        assertEquals(Background.Texture.NIGHT, night.background().texture());
        assertEquals(1, night.objects().size());
        SceneShot shapes = SceneParser.parse("a night background; three stars spin").shots().get(0);
        assertEquals(3, shapes.objects().size());
        assertEquals(Shape.STAR, shapes.objects().get(0).shape());
    }

    @Test
    void sizesAreOrdered() throws Exception {
        double previous = 0;
        for (String size : List.of("tiny", "small", "medium", "big", "huge")) {
            double s = SceneParser.parse("a " + size + " star").shots().get(0).objects().get(0).size();
            assertTrue(s > previous, size);
            previous = s;
        }
        assertTrue(SceneParser.parse("a star spins slowly").shots().get(0).objects().get(0).speed() < 1);
    }

    @Test
    void aPromptWithNothingToDrawIsRefused() {
        assertThrows(SceneParseException.class, () -> SceneParser.parse("the and of"));
    }
}
