package io.tessera.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.engine.scene.Background;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneObject;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.Vocabulary;

class ShapesWorldDatasetTest {

    @Test
    void everySampledCaptionParsesToTheSampledObjects() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Set<String> phrasings = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            CaptionSampler.Caption c = CaptionSampler.sample(random);
            Scene scene = SceneParser.parse(c.text());
            List<SceneObject> objects = scene.shots().get(0).objects();
            int expected = c.objects().stream().mapToInt(CaptionSampler.ObjectSpec::count).sum();
            assertEquals(expected, objects.size(), c.text());
            int k = 0;
            for (CaptionSampler.ObjectSpec spec : c.objects()) {
                for (int n = 0; n < spec.count(); n++, k++) {
                    SceneObject o = objects.get(k);
                    assertEquals(Vocabulary.SHAPES.get(spec.shape()), o.shape(), c.text());
                    assertEquals((int) Vocabulary.COLOURS.get(spec.colour()), o.rgb(), c.text());
                    assertTrue(o.motions().contains(spec.motion()), c.text() + " " + o.motions());
                }
            }
            String bg = c.background();
            Background parsed = scene.shots().get(0).background();
            if (Vocabulary.COLOURS.containsKey(bg)) {
                assertEquals((int) Vocabulary.COLOURS.get(bg), parsed.rgb(), c.text());
            } else {
                assertEquals(Vocabulary.TEXTURES.get(bg), parsed.texture(), c.text());
            }
            phrasings.add(c.text().replaceAll("[a-z]+", "w").substring(0, Math.min(8, c.text().length())));
        }
        assertTrue(phrasings.size() >= 3, "several sentence shapes: " + phrasings);
    }

    @Test
    void writesShardsDeterministicallyAndResumes(@TempDir Path dir) throws Exception {
        ShapesWorldDataset.Spec spec = new ShapesWorldDataset.Spec(32, 32, 8, 6, 5, 2, 42);
        assertEquals(3, ShapesWorldDataset.write(spec, dir.resolve("a"), new NullProgressMonitor()));
        assertEquals(2 * spec.bytesPerClip(), Files.size(dir.resolve("a/shard-00000.frames")));
        assertEquals(1 * spec.bytesPerClip(), Files.size(dir.resolve("a/shard-00002.frames")));
        List<String> lines = Files.readAllLines(dir.resolve("a/shard-00001.jsonl"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"caption\"") && lines.get(0).contains("\"boxes\""), lines.get(0));

        assertEquals(0, ShapesWorldDataset.write(spec, dir.resolve("a"), new NullProgressMonitor()), "complete: nothing to redo");
        Files.delete(dir.resolve("a/shard-00001.frames"));
        assertEquals(1, ShapesWorldDataset.write(spec, dir.resolve("a"), new NullProgressMonitor()), "resumes the missing shard");

        ShapesWorldDataset.write(spec, dir.resolve("b"), new NullProgressMonitor());
        for (String f : new String[] { "shard-00000.frames", "shard-00001.frames", "shard-00001.jsonl", "shard-00002.frames" }) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        ShapesWorldDataset.Spec other = new ShapesWorldDataset.Spec(32, 32, 8, 6, 5, 2, 43);
        assertThrows(java.io.IOException.class, () -> ShapesWorldDataset.write(other, dir.resolve("a"), new NullProgressMonitor()));
    }
}
