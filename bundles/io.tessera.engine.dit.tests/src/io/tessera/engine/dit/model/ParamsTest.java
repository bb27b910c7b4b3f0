package io.tessera.engine.dit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.engine.dit.internal.DjlRuntime;

/** Model folders: saved and loaded exactly; broken descriptors and weights named in the error. */
class ParamsTest {
    @TempDir
    Path dir;

    @Test
    void modelFolderRoundTrip() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = TinyModels.randomised(2)) {
                m.save(dir.resolve("f32"), false);
                m.save(dir.resolve("f16"), true);
                try (DitModel a = DitModel.load(dir.resolve("f32")); DitModel b = DitModel.load(dir.resolve("f16"))) {
                    assertEquals(m.config(), a.config());
                    for (String name : m.params().arrays().keySet()) {
                        float[] want = m.params().get(name).toFloatArray();
                        assertArrayEquals(want, a.params().get(name).toFloatArray(), name);
                        float[] half = b.params().get(name).toFloatArray();
                        for (int i = 0; i < want.length; i++) {
                            assertEquals(want[i], half[i], Math.abs(want[i]) * 1e-3 + 1e-4, name);
                        }
                    }
                }
            }
            return null;
        });
    }

    @Test
    void brokenFoldersAreNamed() throws Exception {
        DjlRuntime.call(() -> {
            IOException none = assertThrows(IOException.class, () -> DitModel.load(dir));
            assertTrue(none.getMessage().contains("model.json"), none.getMessage());
            try (DitModel m = TinyModels.randomised(2)) {
                m.save(dir.resolve("m"), false);
            }
            Path cfg = dir.resolve("m/model.json");
            Files.writeString(cfg, Files.readString(cfg).replace("\"dim\" : 32", "\"dim\" : 33"));
            IOException dim = assertThrows(IOException.class, () -> DitModel.load(dir.resolve("m")));
            assertTrue(dim.getMessage().contains("\"dim\""), dim.getMessage());
            Files.writeString(cfg, Files.readString(cfg).replace("\"dim\" : 33", "\"dim\" : 64"));
            IOException shape = assertThrows(IOException.class, () -> DitModel.load(dir.resolve("m")));
            assertTrue(shape.getMessage().contains("shape"), shape.getMessage());
            Files.writeString(dir.resolve("m/weights.bin"), "not weights");
            IOException junk = assertThrows(IOException.class, () -> DitModel.load(dir.resolve("m")));
            assertTrue(junk.getMessage().contains("weights.bin"), junk.getMessage());
            return null;
        });
    }
}
