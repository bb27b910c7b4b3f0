package io.tessera.editor.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.model.Shot;

class ShotListTest {
    private static final StoryboardSettings SETTINGS = StoryboardSettings.defaults().withSeed(42);

    @ParameterizedTest
    @EnumSource(ShotList.Format.class)
    void readsBackWhatItWrote(ShotList.Format format) throws Exception {
        List<Shot> planned = new StoryboardPlanner(SETTINGS).plan(StoryboardPlannerTest.sample()).shots();
        String written = ShotList.write(planned, format);
        List<Shot> read = ShotList.read(written, format, SETTINGS);
        assertTrue(EcoreUtil.equals(planned, read), written);
        assertEquals("shot-06", read.get(7).getReferenceShot().getId());
        if (format == ShotList.Format.YAML) {
            assertTrue(written.startsWith("shots:"), written);
        }
    }

    @Test
    void filesByExtension(@TempDir Path dir) throws Exception {
        List<Shot> planned = new StoryboardPlanner(SETTINGS).plan("Anna walks in the forest. She meets Tom.").shots();
        Path yaml = dir.resolve("shots.yml");
        ShotList.write(planned, yaml);
        assertTrue(Files.readString(yaml).contains("prompt:"));
        assertTrue(EcoreUtil.equals(planned, ShotList.read(yaml, SETTINGS)));
        ShotListException e = assertThrows(ShotListException.class, () -> ShotList.read(dir.resolve("none.json"), SETTINGS));
        assertTrue(e.getMessage().contains("none.json") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void handWrittenDefaults() throws Exception {
        List<Shot> s = ShotList.read("- prompt: a red ball falls\n  seconds: 2.51\n- prompt: a blue box\n  text: one two three four five six seven eight nine ten eleven twelve\n  reference: shot-01\n",
                ShotList.Format.YAML, SETTINGS.withFps(24));
        assertEquals("shot-01", s.get(0).getId());
        assertEquals(60 / 24.0, s.get(0).getSettings().getSeconds(), 1e-12, "whole frames");
        assertEquals(4.5, s.get(1).getSettings().getSeconds(), 1e-12, "from the text's reading time");
        assertEquals("scene", s.get(1).getSettings().getEngineId());
        assertEquals(s.get(0), s.get(1).getReferenceShot());
    }

    private static String error(String content, ShotList.Format f) {
        return assertThrows(ShotListException.class, () -> ShotList.read(content, f, SETTINGS)).getMessage();
    }

    @Test
    void badListsAreRefusedNamingShotAndField() {
        assertEquals("shot 'a': unknown field 'secs' (a shot has id, text, prompt, seconds, seed, engine, reference)",
                error("{\"shots\": [{\"id\": \"a\", \"prompt\": \"a red ball\", \"secs\": 3}]}", ShotList.Format.JSON));
        assertEquals("shot 'b': field 'seconds' must be in (0, 60], got 75",
                error("shots:\n- {id: a, prompt: a red ball}\n- {id: b, prompt: a red ball, seconds: 75}\n", ShotList.Format.YAML));
        assertTrue(error("[{\"id\": \"a\", \"prompt\": \"x\", \"seconds\": 0}]", ShotList.Format.JSON).contains("'seconds' must be in (0, 60]"));
        assertEquals("shot 'a': field 'id': 'a' is used by an earlier shot too",
                error("- {id: a, prompt: x}\n- {id: a, prompt: y}\n", ShotList.Format.YAML));
        assertEquals("shot 'b': field 'reference': there is no shot 'zz'",
                error("- {id: a, prompt: x}\n- {id: b, prompt: y, reference: zz}\n", ShotList.Format.YAML));
        assertEquals("shot 2: field 'prompt' is missing or empty", error("- {prompt: x}\n- {text: hello}\n", ShotList.Format.YAML));
        assertEquals("shot 'a': field 'seed' must be a whole number >= 0, got -3", error("- {id: a, prompt: x, seed: -3}\n", ShotList.Format.YAML));
        assertTrue(error("{\"shots\": [", ShotList.Format.JSON).startsWith("not valid JSON"));
        assertEquals("unknown field 'fps' at the top of the shot list (it holds only 'shots')", error("fps: 24\nshots: []\n", ShotList.Format.YAML));
        assertEquals("the shot list is empty", error("  \n", ShotList.Format.YAML));
    }
}
