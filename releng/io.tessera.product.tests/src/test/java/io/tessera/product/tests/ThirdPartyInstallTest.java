package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.awt.image.BufferedImage;

/**
 * A third party's extension (examples/: a film-grain editor operation and a frozen-frame detector, with its own
 * feature and update site) installed into a copy of the built product with the p2 director, as an administrator
 * would; the restarted product finds both contributions and uses them.
 */
class ThirdPartyInstallTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEATURE = "com.example.tessera.grain.feature.feature.group";

    @TempDir
    static Path dir;
    static Path product;
    static Path state;

    @BeforeAll
    static void install() throws Exception {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
        product = Tessera.copyWithFeature(dir, FEATURE);
        state = dir.resolve("state");
    }

    private static JsonNode contribution(JsonNode plugins, String point, String id) {
        for (JsonNode c : plugins.get(point)) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void theOriginalProductDoesNotHaveIt() throws Exception {
        JsonNode plugins = JSON.readTree(Tessera.run(dir, "plugins", "--json").out());
        assertEquals(null, contribution(plugins, "io.tessera.core.editorOperations", "com.example.film-grain"));
        assertTrue(contribution(plugins, "io.tessera.core.editorOperations", "crossfade") != null, plugins.toString());
    }

    @Test
    void theRestartedProductListsBothContributionsAndLoadsThem() throws Exception {
        Tessera.Result r = Tessera.runIn(product, state, dir, "plugins", "--check", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode plugins = JSON.readTree(r.out());
        JsonNode grain = contribution(plugins, "io.tessera.core.editorOperations", "com.example.film-grain");
        JsonNode frozen = contribution(plugins, "io.tessera.core.detectors", "com.example.frozen-frames");
        assertTrue(grain != null && frozen != null, r.out());
        assertEquals("com.example.tessera.grain", grain.get("contributor").asText());
        assertTrue(grain.get("problem").isNull() && frozen.get("problem").isNull(), r.out());
        assertEquals(0, plugins.get("broken").asInt(), r.out());
    }

    @Test
    void theRestartedWorkbenchShowsItsEffectAndDetector() throws Exception {
        Path work = Files.createDirectories(dir.resolve("studio"));
        JsonNode ui = Tessera.studioInventory(product, state, work);
        assertTrue(ui.get("title").asText().startsWith("Tessera Studio"), ui.toString());
        List<String> effects = new ArrayList<>();
        ui.get("effects").forEach(e -> effects.add(e.asText()));
        assertTrue(effects.contains("Film grain and vignette"), "the Timeline's effects: " + effects);
        boolean detectorShown = false;
        for (JsonNode c : ui.get("contributions")) {
            if (c.get("Id").asText().equals("com.example.frozen-frames")) {
                detectorShown = c.get("Contributed by").asText().equals("com.example.tessera.grain") && c.get("Problem").asText().isEmpty();
            }
        }
        assertTrue(detectorShown, "About > Contributions: " + ui.get("contributions"));
        // the screenshot of that window is kept beside the inventory; look at it when this fails
        assertTrue(Files.size(Path.of(ui.get("screenshot").asText())) > 10_000);
    }

    @Test
    void itsDetectorFindsAFrozenStretchInAClipFromAnotherTool() throws Exception {
        // one second of moving test pattern, then the last picture held for a second
        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=24:duration=1,tpad=stop_mode=clone:stop_duration=1", "-c:v", "libx264",
                "-pix_fmt", "yuv420p", "frozen.mp4");
        Tessera.Result r = Tessera.runIn(product, state, dir, "detect", "frozen.mp4", "--json");
        assertTrue(r.exitCode() == 0, r.err());
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(r.out()).findValues("detectors").forEach(list -> list.forEach(d -> {
            if (d.get("id").asText().equals("com.example.frozen-frames")) {
                d.get("findings").forEach(found::add);
            }
        }));
        assertEquals(1, found.size(), r.out());
        assertTrue(found.get(0).get("startFrame").asInt() >= 22 && found.get(0).get("startFrame").asInt() <= 25, found.toString());
        assertTrue(found.get(0).get("endFrame").asInt() >= 46, found.toString());
    }

    @Test
    void itsEffectIsAppliedWhenACutUsesIt() throws Exception {
        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "color=c=0x808080:s=320x240:r=24:d=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", "grey.mp4");
        String clip = """
                {"OTIO_SCHEMA": "Clip.2", "name": "grey",
                 "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                   "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 0.0},
                   "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 24.0}},
                 "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "grey.mp4"}},
                 "active_media_reference_key": "DEFAULT_MEDIA",
                 "metadata": {"tessera": {"effects": [EFFECTS]}}}""";
        String effect = "{\"operationId\": \"com.example.film-grain\", \"parameters\": [\"grain=0\", \"vignette=0.6\"]}";
        for (String variant : List.of("plain", "graded")) {
            Files.writeString(dir.resolve(variant + ".otio"), """
                    {"OTIO_SCHEMA": "Timeline.1", "tracks": {"OTIO_SCHEMA": "Stack.1", "children": [
                     {"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [CLIP]}]}}
                    """.replace("CLIP", clip.replace("EFFECTS", variant.equals("graded") ? effect : "")));
            assertEquals(0, Tessera.runIn(product, state, dir, "project", "import", variant + ".otio", "-o", variant + ".tessera").exitCode());
            Tessera.Result r = Tessera.runIn(product, state, dir, "render", variant + ".tessera", "-o", variant + ".mp4", "--no-watermark", "--json");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(JSON.readTree(r.out()).get("warnings").isEmpty(), r.out());
        }
        double[] plain = cornerAndCentre(dir.resolve("plain.mp4"));
        double[] graded = cornerAndCentre(dir.resolve("graded.mp4"));
        assertEquals(plain[0], plain[1], 6, "without the effect the grey is flat");
        assertTrue(graded[0] < graded[1] - 40, "the vignette darkens the corners: corner " + graded[0] + ", centre " + graded[1]);
        assertEquals(plain[1], graded[1], 6, "and leaves the centre");

        // the original product does not have the operation: the same cut renders, without it, and says so
        Tessera.Result without = Tessera.run(dir, "render", "graded.tessera", "-o", "without.mp4", "--no-watermark", "--json");
        assertEquals(0, without.exitCode(), without.err());
        assertFalse(JSON.readTree(without.out()).get("warnings").isEmpty(), without.out());
        assertTrue(without.out().contains("com.example.film-grain"), without.out());
    }

    /** Mean brightness of the top-left corner and of the centre of the middle frame. */
    private static double[] cornerAndCentre(Path mp4) throws Exception {
        Path png = mp4.resolveSibling(mp4.getFileName() + ".png");
        Tessera.ffmpeg(dir, "-i", mp4.toString(), "-vf", "select=eq(n\\,12)", "-frames:v", "1", png.toString());
        BufferedImage f = javax.imageio.ImageIO.read(png.toFile());
        return new double[] { mean(f, 0, 0, 20), mean(f, f.getWidth() / 2 - 10, f.getHeight() / 2 - 10, 20) };
    }

    private static double mean(BufferedImage f, int x0, int y0, int size) {
        double sum = 0;
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                int p = f.getRGB(x, y);
                sum += (((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF)) / 3.0;
            }
        }
        return sum / (size * size);
    }
}
