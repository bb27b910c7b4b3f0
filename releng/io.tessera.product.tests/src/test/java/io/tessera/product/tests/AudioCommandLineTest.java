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

/** Sound through the installed product: on generated clips, on a clip made by the ffmpeg CLI, and on bad input. */
class AudioCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void productIsBuilt() {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
    }

    @Test
    void aGeneratedClipHasSoundAndStaysSignedUnlessAskedForSilence() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        Tessera.Result made = Tessera.run(dir, "generate", "--engine", "scene", "--prompt", "two red metal balls bounce on a wooden floor", "--seconds", "3",
                "--size", "256x256", "--fps", "25", "--seed", "3", "-o", clip.toString(), "--json");
        assertEquals(0, made.exitCode(), made.err());
        assertEquals("tessera-scene-audio", JSON.readTree(made.out()).get("sound").get("generator").asText(), made.out());
        JsonNode probe = JSON.readTree(Tessera.run(dir, "probe", clip.toString(), "--json").out());
        assertEquals("aac", probe.get("audioCodec").asText(), probe.toString());
        assertEquals(2, probe.get("audioChannels").asInt());
        JsonNode verified = JSON.readTree(Tessera.run(dir, "verify", clip.toString(), "--json").out());
        assertTrue(verified.get("valid").asBoolean(), "the manifest covers the sound: " + verified);

        Path silent = dir.resolve("silent.mp4");
        assertEquals(0, Tessera.run(dir, "generate", "--engine", "scene", "--prompt", "two red balls bounce", "--seconds", "1", "--size", "128x128",
                "--no-audio", "-o", silent.toString()).exitCode());
        assertTrue(JSON.readTree(Tessera.run(dir, "probe", silent.toString(), "--json").out()).get("audioCodec").isNull());
    }

    @Test
    void aClipFromAnotherToolGetsSoundStemsAndAManifest() throws Exception {
        Path in = dir.resolve("ffmpeg.mp4");
        // a white ball bouncing between the side walls, drawn by ffmpeg: nothing of Tessera's in it
        Tessera.ffmpeg(dir, "-f", "lavfi", "-i", "color=c=0x2E6FB5:s=320x240:r=25:d=4", "-f", "lavfi", "-i", "color=c=white:s=40x40:r=25:d=4",
                "-filter_complex", "[0][1]overlay=x='if(lt(mod(t,2),1),mod(t,1)*280,(1-mod(t,1))*280)':y=100", "-c:v", "libx264",
                "-pix_fmt", "yuv420p", in.toString());
        Path out = dir.resolve("scored.mp4");
        Path stems = dir.resolve("stems");
        Tessera.Result r = Tessera.run(dir, "audio", in.toString(), "-o", out.toString(), "--prompt",
                "a white box slides over the sea and the white box says \"hello there\"", "--stems", stems.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode result = JSON.readTree(r.out());
        assertEquals("tessera-scene-audio", result.get("generator").asText());
        for (String f : new String[] { "mix.wav", "foley.wav", "motion.wav", "ambience.wav", "speech.wav", "sound.json", "mouths.json" }) {
            assertTrue(Files.size(stems.resolve(f)) > 100, f);
        }
        JsonNode sound = JSON.readTree(stems.resolve("sound.json").toFile());
        assertEquals("sea", sound.get("shots").get(0).get("ambience").asText(), sound.toString());
        assertTrue(sound.get("impacts").size() >= 2, "the box hits the side walls: " + sound.get("impacts"));
        assertEquals("hello there", sound.get("dialogue").get(0).get("text").asText(), sound.toString());
        assertEquals(-16, sound.get("loudness").get("integratedLufs").asDouble(), 0.5);
        JsonNode probe = JSON.readTree(Tessera.run(dir, "probe", out.toString(), "--json").out());
        assertEquals("aac", probe.get("audioCodec").asText());
        assertEquals(100, probe.get("frameCount").asInt(), "every picture kept");
        assertTrue(JSON.readTree(Tessera.run(dir, "verify", out.toString(), "--json").out()).get("valid").asBoolean());
    }

    @Test
    void interruptCancelsAndLeavesNothing() throws Exception {
        Path in = dir.resolve("long.mp4");
        assertEquals(0, Tessera.run(dir, "generate", "--engine", "scene", "--prompt", "two red balls bounce over grass", "--seconds", "60", "--fps", "24",
                "--size", "1280x720", "--seed", "2", "--no-audio", "--no-watermark", "-o", in.toString()).exitCode());
        Path work = Files.createDirectories(dir.resolve("work"));
        Path out = work.resolve("scored.mp4");
        Process p = Tessera.start(dir, "audio", in.toString(), "-o", out.toString());
        p.getOutputStream().close();
        java.io.InputStream err = p.getErrorStream();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        // wait until the pictures are being read, then press Ctrl-C
        while (!seen.toString().matches("(?s).*[1-9]\\d*%.*") && System.nanoTime() < deadline) {
            int c = err.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
        }
        assertTrue(p.isAlive(), "still working when interrupted: " + seen);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "exits after Ctrl-C");
        String rest = new String(err.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(130, p.exitValue(), seen + rest);
        try (java.util.stream.Stream<Path> files = Files.list(work)) {
            assertEquals(java.util.List.of(), files.toList(), "nothing left behind");
        }
    }

    @Test
    void badInputIsNamedAndLeavesNothing() throws Exception {
        Path broken = dir.resolve("broken.mp4");
        Files.writeString(broken, "this is not a video");
        Tessera.Result r = Tessera.run(dir, "audio", broken.toString(), "-o", dir.resolve("o.mp4").toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("broken.mp4"), r.err());
        assertFalse(Files.exists(dir.resolve("o.mp4")));
        Tessera.Result missing = Tessera.run(dir, "audio", dir.resolve("none.mp4").toString(), "-o", dir.resolve("o.mp4").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("none.mp4: no such file"), missing.err());
        Tessera.Result unknown = Tessera.run(dir, "audio", broken.toString(), "-o", dir.resolve("o.mp4").toString(), "--loudness", "-14");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("--loudness"), unknown.err());
        // the usage error says to try --help: it must work on the subcommand
        Tessera.Result help = Tessera.run(dir, "audio", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--stems") && help.out().contains("Usage: tessera audio"), help.out());
    }
}
