package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * A plugin that fails (examples/com.example.tessera.broken: an effect and a detector that throw, an operation whose
 * class is missing, an exporter whose constructor throws), installed from its update site: it is reported by name
 * and skipped; the product, its workbench and every job still work.
 */
class BrokenPluginIsolationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path product;
    static Path state;

    @BeforeAll
    static void installTheBrokenPlugin() throws Exception {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
        product = Tessera.copyWithFeature(dir, "com.example.tessera.broken.feature.feature.group");
        state = dir.resolve("state");
    }

    @Test
    void theWorkbenchStartsWithTheBrokenPluginAndNamesItsProblems() throws Exception {
        Path work = Files.createDirectories(dir.resolve("studio"));
        JsonNode ui = Tessera.studioInventory(product, state, work);
        assertTrue(ui.get("title").asText().startsWith("Tessera Studio"), ui.toString());
        List<String> transitions = new ArrayList<>();
        ui.get("transitions").forEach(t -> transitions.add(t.asText()));
        assertTrue(transitions.containsAll(List.of("Crossfade", "Fade through black", "Wipe")), "the Timeline's own transitions: " + transitions);
        // contributions load when first used (a broken one then falls back and is marked): About lists each with its bundle
        List<String> listed = new ArrayList<>();
        for (JsonNode c : ui.get("contributions")) {
            if (c.get("Contributed by").asText().equals("com.example.tessera.broken")) {
                listed.add(c.get("Id").asText());
            }
        }
        assertTrue(listed.containsAll(List.of("com.example.broken-effect", "com.example.missing-class", "com.example.broken-detector",
                "com.example.broken-exporter")), "About > Contributions: " + ui.get("contributions"));
    }

    @Test
    void theBrokenContributionsAreNamedAndTheRestLoads() throws Exception {
        Tessera.Result r = Tessera.runIn(product, state, dir, "plugins", "--check", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode plugins = JSON.readTree(r.out());
        List<String> broken = new ArrayList<>();
        plugins.fields().forEachRemaining(point -> {
            if (point.getValue().isArray()) {
                point.getValue().forEach(c -> {
                    if (c.has("problem") && !c.get("problem").isNull()) {
                        broken.add(c.get("id").asText());
                        assertTrue(c.get("contributor").asText().equals("com.example.tessera.broken"), c.toString());
                    }
                });
            }
        });
        assertEquals(List.of("com.example.missing-class", "com.example.broken-exporter"), broken, r.out());
        assertEquals(2, plugins.get("broken").asInt());
        Tessera.Result engines = Tessera.runIn(product, state, dir, "engines");
        assertEquals(0, engines.exitCode(), engines.err());
    }

    @Test
    void aDetectorThatThrowsIsReportedAndTheVerdictStillComes() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        Tessera.Result made = Tessera.runIn(product, state, dir, "generate", "--engine", "scene", "--prompt", "a red circle bounces", "--seconds", "1",
                "--size", "128x128", "--no-audio", "-o", clip.toString());
        assertEquals(0, made.exitCode(), made.err());
        Tessera.Result r = Tessera.runIn(product, state, dir, "detect", clip.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertEquals("generated", report.findValue("verdict").asText(), r.out());
        List<String> errors = new ArrayList<>();
        report.findValues("detectors").forEach(list -> list.forEach(d -> {
            if (d.has("error")) {
                errors.add(d.get("id").asText() + ": " + d.get("error").asText());
            }
        }));
        assertEquals(1, errors.size(), r.out());
        assertTrue(errors.get(0).startsWith("com.example.broken-detector") && errors.get(0).contains("failing on purpose"), errors.toString());
    }

    @Test
    void aCutUsingTheThrowingEffectStillRendersAndSaysWhy() throws Exception {
        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=24:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", "src.mp4");
        Files.writeString(dir.resolve("cut.otio"), """
                {"OTIO_SCHEMA": "Timeline.1", "tracks": {"OTIO_SCHEMA": "Stack.1", "children": [
                 {"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [
                  {"OTIO_SCHEMA": "Clip.2", "name": "src",
                   "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                     "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 0.0},
                     "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 24.0}},
                   "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "src.mp4"}},
                   "active_media_reference_key": "DEFAULT_MEDIA",
                   "metadata": {"tessera": {"effects": [{"operationId": "com.example.broken-effect", "parameters": []}]}}}]}]}}
                """);
        assertEquals(0, Tessera.runIn(product, state, dir, "project", "import", "cut.otio", "-o", "cut.tessera").exitCode());
        Tessera.Result r = Tessera.runIn(product, state, dir, "render", "cut.tessera", "-o", "cut.mp4", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode result = JSON.readTree(r.out());
        assertEquals(24, result.get("frames").asInt());
        assertEquals(1, result.get("warnings").size(), r.out());
        assertTrue(result.get("warnings").get(0).asText().contains("com.example.broken-effect"), r.out());
        assertTrue(Files.size(dir.resolve("cut.mp4")) > 1000);
    }
}
