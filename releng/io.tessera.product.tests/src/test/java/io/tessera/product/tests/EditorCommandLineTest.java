package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Storyboards, renders and OTIO exchange through the installed product, as a writer or an editor would use them. */
class EditorCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void productIsBuilt() {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
    }

    @Test
    void anArticleBecomesASignedFilmAndASecondRenderReusesTheShots() throws Exception {
        Files.writeString(dir.resolve("article.txt"), """
                Anna walks through the green forest on a bright morning.
                Three birds fly over the trees while she listens.

                At the sea the waves roll in and Anna jumps over the water.
                """);
        Tessera.Result planned = Tessera.run(dir, "storyboard", "article.txt", "-o", "film.tessera", "--engine", "scene", "--seed", "5",
                "--shots-out", "shots.yaml", "--json");
        assertEquals(0, planned.exitCode(), planned.err());
        JsonNode plan = JSON.readTree(planned.out());
        int shots = plan.get("count").asInt();
        assertTrue(shots >= 2, planned.out());
        assertTrue(Files.readString(dir.resolve("shots.yaml")).contains("prompt:"), "an editable shot list");

        Tessera.Result rendered = Tessera.run(dir, "render", "film.tessera", "-o", "film.mp4", "--json");
        assertEquals(0, rendered.exitCode(), rendered.err());
        JsonNode film = JSON.readTree(rendered.out());
        assertEquals(shots, film.get("shotsGenerated").asInt());
        assertEquals(shots, film.get("parents").size(), "the manifest names every take as a parent");
        JsonNode probe = JSON.readTree(Tessera.run(dir, "probe", "film.mp4", "--json").out());
        assertEquals(film.get("frames").asLong(), probe.get("frameCount").asLong(), probe.toString());
        assertEquals("aac", probe.get("audioCodec").asText());
        JsonNode verified = JSON.readTree(Tessera.run(dir, "verify", "film.mp4", "--json").out());
        assertTrue(verified.get("valid").asBoolean(), verified.toString());

        Tessera.Result again = Tessera.run(dir, "render", "film.tessera", "-o", "again.mp4", "--json");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(0, JSON.readTree(again.out()).get("shotsGenerated").asInt(), "takes already made are not made again");
        assertEquals(film.get("frames").asLong(), JSON.readTree(again.out()).get("frames").asLong());
    }

    @Test
    void aCutGoesToOtioAndComesBack() throws Exception {
        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=24:duration=4", "-f", "lavfi", "-i", "sine=frequency=440:duration=4",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "a.mp4");
        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "smptebars=size=320x240:rate=24:duration=4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "b.mp4");
        // written by hand from the OpenTimelineIO file format: a clip, a dissolve, a clip
        Files.writeString(dir.resolve("cut.otio"), """
                {"OTIO_SCHEMA": "Timeline.1", "name": "hand cut", "metadata": {"otherTool": {"version": 3}},
                 "tracks": {"OTIO_SCHEMA": "Stack.1", "name": "tracks", "children": [
                  {"OTIO_SCHEMA": "Track.1", "name": "V1", "kind": "Video", "children": [
                   {"OTIO_SCHEMA": "Clip.2", "name": "a",
                    "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                      "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 12.0},
                      "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 48.0}},
                    "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "a.mp4"}},
                    "active_media_reference_key": "DEFAULT_MEDIA"},
                   {"OTIO_SCHEMA": "Transition.1", "name": "dissolve", "transition_type": "SMPTE_Dissolve",
                    "in_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 6.0},
                    "out_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 6.0}},
                   {"OTIO_SCHEMA": "Clip.2", "name": "b",
                    "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                      "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 24.0},
                      "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 36.0}},
                    "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "b.mp4"}},
                    "active_media_reference_key": "DEFAULT_MEDIA"}
                  ]}]}}
                """);
        Tessera.Result imported = Tessera.run(dir, "project", "import", "cut.otio", "-o", "cut.tessera", "--json");
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(1, JSON.readTree(imported.out()).get("transitions").asInt(), imported.out());
        Tessera.Result rendered = Tessera.run(dir, "render", "cut.tessera", "-o", "cut.mp4", "--no-watermark", "--json");
        assertEquals(0, rendered.exitCode(), rendered.err());
        assertEquals(84, JSON.readTree(rendered.out()).get("frames").asInt(), "2 s + 1.5 s at 24 fps");
        // a stretch of the cut: frames 12 .. 36, with its sound
        Tessera.Result part = Tessera.run(dir, "render", "cut.tessera", "-o", "part.mp4", "--no-watermark", "--range", "0.5:1.5", "--json");
        assertEquals(0, part.exitCode(), part.err());
        assertEquals(24, JSON.readTree(part.out()).get("frames").asInt(), part.out());
        JsonNode partProbe = JSON.readTree(Tessera.run(dir, "probe", "part.mp4", "--json").out());
        assertEquals(24, partProbe.get("frameCount").asLong(), partProbe.toString());
        assertEquals("aac", partProbe.get("audioCodec").asText());
        Tessera.Result outside = Tessera.run(dir, "render", "cut.tessera", "-o", "outside.mp4", "--range", "9:12");
        assertEquals(1, outside.exitCode(), outside.err());
        assertTrue(outside.err().contains("holds no frame"), outside.err());
        assertFalse(Files.exists(dir.resolve("outside.mp4")));
        Tessera.Result nonsense = Tessera.run(dir, "render", "cut.tessera", "-o", "nonsense.mp4", "--range", "3:1");
        assertEquals(1, nonsense.exitCode(), nonsense.err());
        assertTrue(nonsense.err().contains("--range must be FROM:TO"), nonsense.err());

        Tessera.Result exported = Tessera.run(dir, "project", "export", "cut.tessera", "-o", "back.otio");
        assertEquals(0, exported.exitCode(), exported.err());
        JsonNode back = JSON.readTree(dir.resolve("back.otio").toFile());
        JsonNode track = back.get("tracks").get("children").get(0).get("children");
        assertEquals("Clip.2", track.get(0).get("OTIO_SCHEMA").asText());
        assertEquals(12.0, track.get(0).get("source_range").get("start_time").get("value").asDouble(), 1e-9);
        assertEquals("Transition.1", track.get(1).get("OTIO_SCHEMA").asText());
        assertEquals(6.0, track.get(1).get("in_offset").get("value").asDouble(), 1e-9);
        assertEquals(36.0, track.get(2).get("source_range").get("duration").get("value").asDouble(), 1e-9);
    }

    @Test
    void badInputIsNamedAndLeavesNothingBehind() throws Exception {
        Files.writeString(dir.resolve("future.otio"), """
                {"OTIO_SCHEMA": "Timeline.7", "tracks": {"OTIO_SCHEMA": "Stack.1", "children": []}}
                """);
        Tessera.Result unknown = Tessera.run(dir, "project", "import", "future.otio", "-o", "p.tessera");
        assertEquals(1, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("Timeline.7"), unknown.err());
        assertFalse(Files.exists(dir.resolve("p.tessera")));

        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=24:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "gone.mp4");
        Files.writeString(dir.resolve("cut.otio"), """
                {"OTIO_SCHEMA": "Timeline.1", "tracks": {"OTIO_SCHEMA": "Stack.1", "children": [
                 {"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [
                  {"OTIO_SCHEMA": "Clip.1", "name": "gone",
                   "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                     "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 0.0},
                     "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 24.0}},
                   "media_reference": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "gone.mp4"}}]}]}}
                """);
        assertEquals(0, Tessera.run(dir, "project", "import", "cut.otio", "-o", "p.tessera").exitCode());
        Files.delete(dir.resolve("gone.mp4"));
        byte[] before = Files.readAllBytes(dir.resolve("p.tessera"));
        Tessera.Result missing = Tessera.run(dir, "render", "p.tessera", "-o", "out.mp4");
        assertEquals(1, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("gone.mp4"), missing.err());
        assertFalse(Files.exists(dir.resolve("out.mp4")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("p.tessera"))), "the project is left as it was");

        Files.writeString(dir.resolve("broken.tessera"), "<?xml version=\"1.0\"?><tessera:Project");
        Tessera.Result corrupt = Tessera.run(dir, "render", "broken.tessera", "-o", "out.mp4");
        assertEquals(1, corrupt.exitCode(), corrupt.err());
        assertTrue(corrupt.err().contains("broken.tessera"), corrupt.err());

        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Tessera.Result empty = Tessera.run(dir, "storyboard", "empty.txt", "-o", "e.tessera");
        assertEquals(1, empty.exitCode(), empty.err());
        assertFalse(Files.exists(dir.resolve("e.tessera")));
    }
}
