package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An enterprise installation: the administrator's plugin_customization.ini beside bin/tessera allows only the scene
 * engine and makes watermarks mandatory; a user's own preferences cannot undo either.
 */
class DeploymentPolicyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path product;
    static Path state;

    @BeforeAll
    static void installWithPolicy() throws Exception {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
        assertTrue(Files.isRegularFile(Tessera.HOME.resolve("plugin_customization.ini")), "the product ships its settings file");
        product = dir.resolve("tessera");
        state = dir.resolve("state");
        Process cp = new ProcessBuilder("cp", "-a", Tessera.HOME.toString(), product.toString()).inheritIO().start();
        assertTrue(cp.waitFor(2, TimeUnit.MINUTES) && cp.exitValue() == 0);
        Files.writeString(product.resolve("plugin_customization.ini"), """
                io.tessera.core/engines.allowed=scene
                io.tessera.core/watermark.mandatory=true
                """);
    }

    @Test
    void onlyTheAllowedEngineIsOfferedAndUsed() throws Exception {
        JsonNode engines = JSON.readTree(Tessera.runIn(product, state, dir, "engines", "--json").out());
        for (JsonNode e : engines.get("engines")) {
            assertEquals(e.get("id").asText().equals("scene"), e.get("allowed").asBoolean(), e.toString());
            assertEquals(e.get("id").asText().equals("scene"), e.get("default").asBoolean(), "the default is the allowed engine: " + e);
        }
        Tessera.Result refused = Tessera.runIn(product, state, dir, "generate", "--engine", "dit", "--prompt", "a red circle", "--seconds", "1",
                "-o", "dit.mp4");
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("not allowed by the administrator"), refused.err());
        assertFalse(Files.exists(dir.resolve("dit.mp4")));
        Tessera.Result made = Tessera.runIn(product, state, dir, "generate", "--prompt", "a red circle", "--seconds", "1", "--size", "128x128",
                "--no-audio", "-o", "default.mp4", "--json");
        assertEquals(0, made.exitCode(), made.err());
        assertEquals("scene", JSON.readTree(made.out()).get("engine").asText(), made.out());
    }

    @Test
    void watermarksAreMandatoryAndAUserCannotTurnThatOff() throws Exception {
        // the user's own preferences (configuration scope in the per-user OSGi area) try to undo the policy
        Path userState = dir.resolve("user-state");
        Tessera.runIn(product, userState, dir, "engines");
        try (var configs = Files.list(userState)) {
            for (Path config : configs.filter(p -> p.getFileName().toString().startsWith("configuration-")).toList()) {
                Path settings = config.resolve(".settings");
                Files.createDirectories(settings);
                Files.writeString(settings.resolve("io.tessera.core.prefs"), "eclipse.preferences.version=1\nwatermark.mandatory=false\nengines.allowed=dit\nwatermark.visible.mandatory=true\n");
            }
        }
        for (Path s : List.of(state, userState)) {
            Tessera.Result r = Tessera.runIn(product, s, dir, "generate", "--prompt", "a red circle", "--seconds", "1", "--size", "128x128",
                    "--no-audio", "--no-watermark", "-o", "unmarked.mp4");
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("mandatory by policy"), r.err());
            assertFalse(Files.exists(dir.resolve("unmarked.mp4")));
        }
        // what the administrator left open the user may tighten: this proves the user's file is read at all
        Tessera.Result label = Tessera.runIn(product, userState, dir, "generate", "--prompt", "a red circle", "--seconds", "1", "--size", "128x128",
                "--no-audio", "--no-visible-watermark", "-o", "nolabel.mp4");
        assertEquals(1, label.exitCode(), label.err());
        assertTrue(label.err().contains("visible mark is mandatory"), label.err());
        assertEquals(0, Tessera.runIn(product, state, dir, "generate", "--prompt", "a red circle", "--seconds", "1", "--size", "128x128",
                "--no-audio", "--no-visible-watermark", "-o", "nolabel.mp4").exitCode(), "without the user's setting the label may go");
        Tessera.Result dit = Tessera.runIn(product, userState, dir, "generate", "--engine", "dit", "--prompt", "a red circle", "--seconds", "1",
                "-o", "dit.mp4");
        assertEquals(1, dit.exitCode(), "the user's engines.allowed does not widen the administrator's: " + dit.err());
    }
}
