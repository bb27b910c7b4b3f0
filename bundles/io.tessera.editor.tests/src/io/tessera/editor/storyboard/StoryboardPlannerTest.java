package io.tessera.editor.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tessera.core.prompt.DialogueLine;
import io.tessera.core.prompt.DialogueParser;
import io.tessera.engine.scene.Motion;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneObject;
import io.tessera.engine.scene.SceneParser;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;

class StoryboardPlannerTest {

    static String sample() throws IOException {
        Path p = Path.of("resources/sample-article.txt");
        if (Files.exists(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        URL url = org.osgi.framework.FrameworkUtil.getBundle(StoryboardPlannerTest.class).getEntry("resources/sample-article.txt");
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Storyboard plan(String engine) throws IOException {
        return new StoryboardPlanner(StoryboardSettings.defaults().withEngine(engine).withSeed(42)).plan(sample());
    }

    @Test
    void durationsComeFromReadingTimeInWholeFrames() {
        StoryboardSettings s = StoryboardSettings.defaults().withFps(30);
        assertEquals(2.0, s.shotSeconds(1), 1e-12, "never below 2 s");
        assertEquals(4.5, s.shotSeconds(12), 1e-12, "12 words at 160 wpm");
        assertEquals(8.0, s.shotSeconds(40), 1e-12, "never above 8 s");
        StoryboardSettings odd = StoryboardSettings.defaults().withFps(24).withWordsPerMinute(150);
        // 11 words at 150 wpm = 4.4 s = 105.6 frames -> 106 frames
        assertEquals(106 / 24.0, odd.shotSeconds(11), 1e-12);
        Storyboard b = new StoryboardPlanner(StoryboardSettings.defaults().withFps(25)).plan(
                "Anna walks. Tom waits at the door for a very long time while the rain keeps falling on the old town and its many quiet streets, "
                        + "and nobody comes to open it for him or to say a single word.");
        for (Shot shot : b.shots()) {
            double sec = shot.getSettings().getSeconds();
            assertTrue(sec >= 2 && sec <= 8, shot.getId() + " " + sec);
            assertEquals(Math.round(sec * 25), sec * 25, 1e-9, "whole frames");
        }
        assertTrue(b.shots().size() >= 2, "a 40-word sentence is split");
        assertTrue(b.shots().get(0).getText().startsWith("Anna walks. Tom waits"), "the short first sentence is merged: " + b.shots().get(0).getText());
        assertEquals(b.shots().stream().mapToDouble(x -> x.getSettings().getSeconds()).sum(), b.totalSeconds(), 1e-9);
    }

    @Test
    void sampleArticleBecomesShotsBothEnginesRead() throws Exception {
        Storyboard b = plan("dit");
        List<Shot> shots = b.shots();
        assertEquals(9, shots.size(), () -> describe(shots));
        Set<String> vocabulary = ditVocabulary();
        for (Shot s : shots) {
            Scene scene = SceneParser.parse(DialogueParser.withoutDialogue(s.getPrompt()));
            assertEquals(1, scene.shots().size(), s.getPrompt());
            for (String w : DialogueParser.withoutDialogue(s.getPrompt()).toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                assertTrue(w.isEmpty() || vocabulary.contains(w), "the DiT does not know '" + w + "' in " + s.getPrompt());
            }
            assertTrue(s.getSettings().getSeed() >= 0 && s.getSettings().getSeed() < 1L << 31);
            assertEquals("dit", s.getSettings().getEngineId());
        }
        // Anna is the first cast member: a red circle in every shot she is in
        CastMember anna = b.cast().get(0);
        assertEquals("Anna", anna.name());
        assertEquals("red circle", anna.looks());
        assertTrue(anna.person());
        assertEquals("Anna walks through the quiet forest.", shots.get(0).getText());
        assertEquals("a red circle moves right over a grass background", shots.get(0).getPrompt());
        // "She stops ... and waits": the pronoun is Anna, who stays still
        assertTrue(shots.get(1).getPrompt().startsWith("a red circle stays still"), shots.get(1).getPrompt());
        // a counted thing
        assertEquals("three small green triangles rise over a grass background", shots.get(2).getPrompt());
        // Tom meets Anna: they head for each other; Tom speaks
        String meet = shots.get(4).getPrompt();
        assertTrue(meet.contains("a yellow star on the left moves right; a red circle on the right moves left"), meet);
        List<DialogueLine> lines = DialogueParser.parse(meet);
        assertEquals(1, lines.size(), meet);
        assertEquals("yellow star", lines.get(0).speaker());
        assertEquals("Good morning, Anna!", lines.get(0).text());
        // the city: the setting changes at the heading and stays
        for (int i = 5; i < 9; i++) {
            assertTrue(shots.get(i).getPrompt().contains("over a brick background"), shots.get(i).getPrompt());
            assertTrue(shots.get(i).getPrompt().contains("a red circle"), shots.get(i).getPrompt());
        }
        assertEquals("whispers", DialogueParser.parse(shots.get(8).getPrompt()).get(0).verb());
        assertEquals("red circle", DialogueParser.parse(shots.get(8).getPrompt()).get(0).speaker());
        // same characters, same setting: same seed, and a reference to the first such shot
        Shot city = shots.get(5);
        assertNull(city.getReferenceShot());
        for (int i = 6; i < 9; i++) {
            assertSame(city, shots.get(i).getReferenceShot(), shots.get(i).getId());
            assertEquals(city.getSettings().getSeed(), shots.get(i).getSettings().getSeed());
        }
        assertNull(shots.get(0).getReferenceShot());
        assertTrue(shots.get(0).getSettings().getSeed() != city.getSettings().getSeed());
        assertEquals("shot-01", shots.get(0).getId());
        assertEquals(b.totalSeconds(), shots.stream().mapToDouble(s -> s.getSettings().getSeconds()).sum(), 1e-9);
    }

    @Test
    void theSceneEngineIsToldAboutCollisions() throws Exception {
        Shot meet = plan("scene").shots().get(4);
        Scene scene = SceneParser.parse(DialogueParser.withoutDialogue(meet.getPrompt()));
        List<SceneObject> colliding = scene.shots().get(0).objects().stream().filter(o -> o.motions().contains(Motion.COLLIDE)).toList();
        assertEquals(2, colliding.size(), meet.getPrompt());
    }

    @Test
    void samePlanForTheSameTextAndSettings() throws Exception {
        Storyboard a = plan("scene");
        Storyboard b = plan("scene");
        assertTrue(EcoreUtil.equals(a.shots(), b.shots()));
        assertEquals(a.cast(), b.cast());
        Storyboard other = new StoryboardPlanner(StoryboardSettings.defaults().withSeed(43)).plan(sample());
        assertTrue(a.shots().get(0).getSettings().getSeed() != other.shots().get(0).getSettings().getSeed(), "the film seed matters");
    }

    @Test
    void savedIntoAProject(@TempDir Path dir) throws Exception {
        Storyboard b = plan("scene");
        Project p = b.toProject("sample");
        Path file = dir.resolve("film.tessera");
        ProjectStore.save(p, file);
        Project back = ProjectStore.load(file);
        assertEquals(b.shots().size(), back.getShots().size());
        assertTrue(EcoreUtil.equals(b.shots(), back.getShots()));
        assertNotNull(back.getShots().get(6).getReferenceShot());
        assertEquals("shot-06", back.getShots().get(6).getReferenceShot().getId());
    }

    private static Set<String> ditVocabulary() throws IOException {
        Path model = Path.of("../io.tessera.engine.dit/model/model.json");
        assertTrue(Files.exists(model), "the bundled DiT's model.json next to this bundle: " + model.toAbsolutePath());
        Set<String> words = new HashSet<>();
        new ObjectMapper().readTree(model.toFile()).get("vocabulary").forEach(n -> words.add(n.asText()));
        assertTrue(words.size() > 50);
        return words;
    }

    private static String describe(List<Shot> shots) {
        StringBuilder b = new StringBuilder();
        for (Shot s : shots) {
            b.append('\n').append(s.getId()).append(' ').append(s.getSettings().getSeconds()).append(" | ").append(s.getPrompt()).append(" | ").append(s.getText());
        }
        return b.toString();
    }
}
