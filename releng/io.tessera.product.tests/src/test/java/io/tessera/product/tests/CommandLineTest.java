package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The `tessera` command of the built product, end to end. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void productIsBuilt() {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
    }

    @Test
    void versionAndHelp() throws Exception {
        Tessera.Result r = Tessera.run(dir, "--version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("tessera 0.1.0"), r.out());
        Tessera.Result help = Tessera.run(dir, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("generate") && help.out().contains("probe"), help.out());
    }

    @Test
    void enginesListsTheSceneEngineFoundThroughTheExtensionPoint() throws Exception {
        Tessera.Result r = Tessera.run(dir, "engines", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("io.tessera.core.engines", root.get("extensionPoint").asText());
        JsonNode scene = null;
        for (JsonNode e : root.get("engines")) {
            if (e.get("id").asText().equals("scene")) {
                scene = e;
            }
        }
        assertTrue(scene != null, r.out());
        assertEquals("io.tessera.engine.scene", scene.get("contributor").asText());
        assertTrue(scene.get("capabilities").toString().contains("t2v"));
    }

    @Test
    void generatesAClipThatShowsWhatWasAskedForAndProbesIt() throws Exception {
        Path out = dir.resolve("red.mp4");
        Path project = dir.resolve("film.tessera");
        Tessera.Result r = Tessera.run(dir, "generate", "--engine", "scene", "--prompt",
                "a red circle moves right over a blue background", "--seconds", "3", "--fps", "12", "--size", "160x120",
                "--seed", "5", "--project", project.toString(), "-o", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode result = JSON.readTree(r.out());
        assertEquals(36, result.get("frames").asInt());
        assertTrue(Files.size(out) > 1000);

        Tessera.Result probe = Tessera.run(dir, "probe", out.toString(), "--json");
        assertEquals(0, probe.exitCode(), probe.err());
        JsonNode info = JSON.readTree(probe.out());
        assertEquals(160, info.get("width").asInt());
        assertEquals(120, info.get("height").asInt());
        assertEquals(3.0, info.get("durationSeconds").asDouble(), 0.1);
        assertEquals("h264", info.get("videoCodec").asText());

        List<double[]> redCentres = new ArrayList<>();
        int blueBackgroundFrames = 0;
        int frames = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(out.toFile()); Java2DFrameConverter conv = new Java2DFrameConverter()) {
            grabber.start();
            for (Frame f; (f = grabber.grabImage()) != null;) {
                java.awt.image.BufferedImage img = conv.convert(f);
                frames++;
                double sx = 0, sy = 0;
                int red = 0, blue = 0;
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        int p = img.getRGB(x, y);
                        int rr = p >> 16 & 0xff, gg = p >> 8 & 0xff, bb = p & 0xff;
                        if (rr > 150 && gg < 110 && bb < 110) {
                            red++;
                            sx += x;
                            sy += y;
                        } else if (bb > rr + 30 && bb > gg) {
                            blue++;
                        }
                    }
                }
                if (red > 30) {
                    redCentres.add(new double[] { sx / red, sy / red });
                }
                if (blue > img.getWidth() * img.getHeight() / 2) {
                    blueBackgroundFrames++;
                }
            }
        }
        assertEquals(36, frames);
        assertTrue(redCentres.size() >= 30, "a red blob is visible in most frames: " + redCentres.size());
        assertTrue(redCentres.get(redCentres.size() - 1)[0] > redCentres.get(0)[0] + 20,
                "the red circle moves right: " + redCentres.get(0)[0] + " -> " + redCentres.get(redCentres.size() - 1)[0]);
        assertTrue(blueBackgroundFrames >= 30, "the background is blue: " + blueBackgroundFrames);

        Tessera.Result show = Tessera.run(dir, "project", "show", project.toString(), "--json");
        assertEquals(0, show.exitCode(), show.err());
        JsonNode p = JSON.readTree(show.out());
        assertEquals("scene", p.get("assets").get(0).get("provenance").get("engineId").asText());
        assertEquals(5, p.get("assets").get(0).get("provenance").get("seed").asLong());
        assertEquals(result.get("sha256").asText(), p.get("assets").get(0).get("sha256").asText());
    }

    @Test
    void sameSeedGivesTheSameMediaData() throws Exception {
        String[] common = { "generate", "--engine", "scene", "--prompt", "two green squares bounce", "--seconds", "2",
                "--fps", "10", "--size", "96x64", "--seed", "11" };
        Path a = dir.resolve("a.mp4");
        Path b = dir.resolve("b.mp4");
        assertEquals(0, Tessera.run(dir, concat(common, "-o", a.toString())).exitCode());
        assertEquals(0, Tessera.run(dir, concat(common, "-o", b.toString())).exitCode());
        // the signed manifest records when each file was made; everything else is identical
        JsonNode ma = JSON.readTree(Tessera.run(dir, "verify", a.toString(), "--json").out()).get("manifest").get("media");
        JsonNode mb = JSON.readTree(Tessera.run(dir, "verify", b.toString(), "--json").out()).get("manifest").get("media");
        assertEquals(ma, mb);
        assertEquals(64, ma.get("mediaDataSha256").asText().length());
    }

    @Test
    void badInputExitsWithOneAndNamesTheProblem() throws Exception {
        Tessera.Result unknownOption = Tessera.run(dir, "generate", "--prompt", "a red circle", "--colour", "red", "-o", "x.mp4");
        assertEquals(1, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("--colour"), unknownOption.err());

        Tessera.Result tooLong = Tessera.run(dir, "generate", "--prompt", "a red circle", "--seconds", "60.5", "-o", "x.mp4");
        assertEquals(1, tooLong.exitCode());
        assertTrue(tooLong.err().contains("--seconds"), tooLong.err());

        Tessera.Result zero = Tessera.run(dir, "generate", "--prompt", "a red circle", "--size", "0x128", "-o", "x.mp4");
        assertEquals(1, zero.exitCode());
        assertTrue(zero.err().contains("--size"), zero.err());

        Tessera.Result engine = Tessera.run(dir, "generate", "--prompt", "a red circle", "--engine", "nope", "-o", "x.mp4");
        assertEquals(1, engine.exitCode());
        assertTrue(engine.err().contains("nope") && engine.err().contains("scene"), engine.err());

        Tessera.Result words = Tessera.run(dir, "generate", "--engine", "scene", "--prompt", "a red dragon breathes fire", "-o", "x.mp4");
        assertEquals(1, words.exitCode());
        assertTrue(words.err().contains("dragon") && words.err().contains("breathes") && words.err().contains("fire"), words.err());
        assertFalse(words.err().contains("%"), "refused before any work started: " + words.err());
        assertFalse(Files.exists(dir.resolve("x.mp4")));

        Path broken = dir.resolve("broken.mp4");
        Files.writeString(broken, "this is not a video");
        Tessera.Result probe = Tessera.run(dir, "probe", broken.toString());
        assertEquals(1, probe.exitCode());
        assertTrue(probe.err().contains("broken.mp4"), probe.err());

        Path corrupt = dir.resolve("corrupt.tessera");
        Files.writeString(corrupt, "<?xml version=\"1.0\"?>\n<tessera:Project xmlns:tessera=\"http://tessera.io/model/1.0\"\n  name=\"x\">\n<shots");
        Tessera.Result intoCorrupt = Tessera.run(dir, "generate", "--prompt", "a red circle", "--project", corrupt.toString(), "-o", "y.mp4");
        assertEquals(1, intoCorrupt.exitCode(), intoCorrupt.err());
        assertTrue(intoCorrupt.err().contains("corrupt.tessera") && !intoCorrupt.err().contains("%"), "refused before generating: " + intoCorrupt.err());
        assertFalse(Files.exists(dir.resolve("y.mp4")));

        Tessera.Result unwritable = Tessera.run(dir, "generate", "--prompt", "a red circle", "-o", "/proc/tessera-test.mp4");
        assertEquals(1, unwritable.exitCode(), unwritable.err());
        assertTrue(unwritable.err().contains("/proc/tessera-test.mp4"), unwritable.err());

        Tessera.Result show = Tessera.run(dir, "project", "show", corrupt.toString());
        assertEquals(1, show.exitCode());
        assertTrue(show.err().contains("corrupt.tessera") && show.err().contains("line"), show.err());
    }

    @Test
    void interruptCancelsTheJobAndLeavesNoOutput() throws Exception {
        Path out = dir.resolve("long.mp4");
        Process p = Tessera.start(dir, "generate", "--engine", "scene", "--prompt", "a red circle moves right over a grass background",
                "--seconds", "60", "--fps", "30", "--size", "1280x720", "--seed", "1", "-o", out.toString());
        p.getOutputStream().close();
        InputStream err = p.getErrorStream();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // wait until frames are being written, then press Ctrl-C
        while (!seen.toString().matches("(?s).*[1-9]\\d*%.*") && System.nanoTime() < deadline) {
            int c = err.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
        }
        assertTrue(p.isAlive(), "still generating when interrupted: " + seen);
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "a part file is being written");
        }
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits after Ctrl-C");
        String rest = new String(err.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(130, p.exitValue(), seen + rest);
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing left behind");
        }
    }

    @Test
    void imageAndEstimate() throws Exception {
        Path png = dir.resolve("still.png");
        Tessera.Result image = Tessera.run(dir, "image", "--engine", "scene", "--prompt", "a big yellow star in the center over a night background",
                "--size", "64x48", "--seed", "2", "-o", png.toString());
        assertEquals(0, image.exitCode(), image.err());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(64, img.getWidth());
        int centre = img.getRGB(32, 24);
        assertTrue((centre >> 16 & 0xff) > 200 && (centre >> 8 & 0xff) > 170 && (centre & 0xff) < 100,
                "a yellow star in the centre: " + Integer.toHexString(centre));

        Tessera.Result shortClip = Tessera.run(dir, "estimate", "--engine", "scene", "--prompt", "a red circle", "--seconds", "5", "--json");
        Tessera.Result longClip = Tessera.run(dir, "estimate", "--engine", "scene", "--prompt", "a red circle", "--seconds", "50", "--json");
        assertEquals(0, shortClip.exitCode(), shortClip.err());
        double a = JSON.readTree(shortClip.out()).get("computeSeconds").asDouble();
        double b = JSON.readTree(longClip.out()).get("computeSeconds").asDouble();
        assertEquals(10, b / a, 0.5, "cost grows with duration");
        assertEquals(1, Tessera.run(dir, "estimate", "--prompt", "a red dragon", "--json").exitCode());
    }

    @Test
    void trainDataWritesAResumableDataset() throws Exception {
        Path data = dir.resolve("data");
        Tessera.Result r = Tessera.run(dir, "train", "data", "-o", data.toString(), "--clips", "6", "--size", "32x32", "--frames", "4",
                "--clips-per-shard", "4");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(4L * 32 * 32 * 3 * 4, Files.size(data.resolve("shard-00000.frames")));
        assertEquals(2, Files.readAllLines(data.resolve("shard-00001.jsonl")).size());
        Tessera.Result again = Tessera.run(dir, "train", "data", "-o", data.toString(), "--clips", "6", "--size", "32x32", "--frames",
                "4", "--clips-per-shard", "4");
        assertTrue(again.out().contains("0 written now"), again.out());
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
