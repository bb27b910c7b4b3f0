package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Marks, manifests and keys through the installed product, on its own clips and on files made by the ffmpeg CLI. */
class WatermarkCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void productIsBuilt() {
        assertTrue(Tessera.installed(), "the product must be built first: " + Tessera.HOME);
    }

    private JsonNode json(String... args) throws Exception {
        Tessera.Result r = Tessera.run(dir, args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void generatedClipsAreMarkedSignedAndVerifiable() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        JsonNode made = json("generate", "--engine", "scene", "--prompt", "two red circles bounce over a sky background", "--seconds", "3",
                "--size", "640x360", "--seed", "3", "-o", clip.toString(), "--json");
        String payload = made.get("watermark").get("payload").asText();
        assertEquals(16, payload.length());

        JsonNode verified = json("verify", clip.toString(), "--json");
        assertTrue(verified.get("valid").asBoolean(), verified.toString());
        assertTrue(verified.get("trusted").asBoolean(), "signed with this installation's key");
        JsonNode manifest = verified.get("manifest");
        assertEquals("created", manifest.get("action").asText());
        assertEquals("scene", manifest.get("engine").get("id").asText());
        assertEquals("two red circles bounce over a sky background", manifest.get("prompt").asText());
        assertEquals(3, manifest.get("seed").asLong());
        assertEquals(payload, manifest.get("watermark").get("payload").asText());

        JsonNode extracted = json("watermark", "extract", clip.toString(), "--json");
        assertTrue(extracted.get("found").asBoolean(), extracted.toString());
        assertEquals(payload, extracted.get("payload").asText());
        assertTrue(extracted.get("pValue").asDouble() < 1e-5);

        // one byte of the media data
        Path tampered = dir.resolve("tampered.mp4");
        Files.copy(clip, tampered);
        try (RandomAccessFile f = new RandomAccessFile(tampered.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0xFF);
        }
        Tessera.Result bad = Tessera.run(dir, "verify", tampered.toString());
        assertEquals(1, bad.exitCode(), bad.out());
        assertTrue(bad.out().contains("media data (mdat) was changed"), bad.out());
    }

    @Test
    void visibleLabelSitsInItsCornerAndCanBeLeftOut() throws Exception {
        Path labelled = dir.resolve("labelled.mp4");
        Path clean = dir.resolve("clean.mp4");
        String[] common = { "generate", "--engine", "scene", "--prompt", "a blue square over a grey background", "--seconds", "1", "--fps",
                "8", "--size", "320x180", "--seed", "1" };
        assertEquals(0, Tessera.run(dir, concat(common, "-o", labelled.toString())).exitCode());
        assertEquals(0, Tessera.run(dir, concat(common, "--no-visible-watermark", "-o", clean.toString())).exitCode());
        java.awt.image.BufferedImage a = firstFrame(labelled);
        java.awt.image.BufferedImage b = firstFrame(clean);
        double corner = difference(a, b, 200, 150, 320, 180);
        double elsewhere = difference(a, b, 0, 0, 120, 60);
        assertTrue(corner > 10, "the label changes the bottom-right corner: " + corner);
        assertTrue(elsewhere < 3, "and nothing else visibly: " + elsewhere);
        Tessera.Result unmarked = Tessera.run(dir, concat(common, "--no-watermark", "-o", dir.resolve("none.mp4").toString()));
        assertEquals(0, unmarked.exitCode(), unmarked.err());
        JsonNode none = json("verify", dir.resolve("none.mp4").toString(), "--json");
        assertFalse(none.get("found").asBoolean());
        assertFalse(json("watermark", "extract", dir.resolve("none.mp4").toString(), "--json").get("found").asBoolean());
    }

    @Test
    void aProjectCanTurnTheLabelOffButNotTheMark() throws Exception {
        Path project = dir.resolve("p.tessera");
        assertEquals(0, Tessera.run(dir, "project", "new", project.toString(), "--no-visible-watermark").exitCode());
        assertFalse(json("project", "show", project.toString(), "--json").get("visibleWatermark").asBoolean());
        String[] common = { "generate", "--engine", "scene", "--prompt", "a blue square over a grey background", "--seconds", "1", "--fps",
                "8", "--size", "320x180", "--seed", "1" };
        Path inProject = dir.resolve("in-project.mp4");
        Path labelled = dir.resolve("labelled.mp4");
        assertEquals(0, Tessera.run(dir, concat(common, "--project", project.toString(), "-o", inProject.toString())).exitCode());
        assertEquals(0, Tessera.run(dir, concat(common, "-o", labelled.toString())).exitCode());
        double corner = difference(firstFrame(labelled), firstFrame(inProject), 200, 150, 320, 180);
        assertTrue(corner > 10, "the project's clip has no label in the corner: " + corner);
        assertTrue(json("watermark", "extract", inProject.toString(), "--json").get("found").asBoolean(), "the invisible mark stays");
        assertTrue(json("verify", inProject.toString(), "--json").get("valid").asBoolean(), "and the manifest");
    }

    @Test
    void policyCanMakeTheMarksMandatory() throws Exception {
        Path ini = dir.resolve("policy.ini");
        Files.writeString(ini, "io.tessera.core/watermark.mandatory=true\nio.tessera.core/watermark.visible.mandatory=true\n");
        Tessera.EXTRA_VMARGS.set("-Declipse.pluginCustomization=" + ini);
        try {
            String[] common = { "generate", "--engine", "scene", "--prompt", "a red circle", "--seconds", "1", "--fps", "4", "--size", "64x64",
                    "--seed", "1" };
            Tessera.Result refused = Tessera.run(dir, concat(common, "--no-watermark", "-o", dir.resolve("x.mp4").toString()));
            assertEquals(1, refused.exitCode());
            assertTrue(refused.err().contains("mandatory by policy"), refused.err());
            assertFalse(Files.exists(dir.resolve("x.mp4")));
            Tessera.Result noLabel = Tessera.run(dir, concat(common, "--no-visible-watermark", "-o", dir.resolve("y.mp4").toString()));
            assertEquals(1, noLabel.exitCode());
            assertEquals(0, Tessera.run(dir, concat(common, "-o", dir.resolve("z.mp4").toString())).exitCode());
        } finally {
            Tessera.EXTRA_VMARGS.remove();
        }
    }

    @Test
    void filesMadeByOtherToolsCanBeMarkedSignedAndChecked() throws Exception {
        Path foreign = dir.resolve("foreign.mp4");
        ffmpeg("-f", "lavfi", "-i", "mandelbrot=s=640x360:r=25", "-t", "3", "-c:v", "libx264", "-pix_fmt", "yuv420p", foreign.toString());

        Tessera.Result notFound = Tessera.run(dir, "verify", foreign.toString());
        assertEquals(0, notFound.exitCode());
        assertTrue(notFound.out().contains("no Tessera provenance manifest found"), notFound.out());
        Tessera.Result noMark = Tessera.run(dir, "watermark", "extract", foreign.toString());
        assertEquals(0, noMark.exitCode());
        assertTrue(noMark.out().contains("no Tessera watermark found"), noMark.out());

        Path marked = dir.resolve("marked.mp4");
        JsonNode embed = json("watermark", "embed", foreign.toString(), "--payload", "00112233445566ff", "-o", marked.toString(), "--json");
        assertEquals("00112233445566ff", embed.get("payload").asText());
        Path reencoded = dir.resolve("reencoded.mp4");
        ffmpeg("-i", marked.toString(), "-vf", "crop=512:288", "-c:v", "libx264", "-crf", "28", reencoded.toString());
        assertEquals("00112233445566ff", json("watermark", "extract", reencoded.toString(), "--json").get("payload").asText());
        Path frames = Files.createDirectories(dir.resolve("frames"));
        ffmpeg("-i", marked.toString(), "-vf", "fps=10", frames.resolve("f%03d.png").toString());
        assertEquals("00112233445566ff", json("watermark", "extract", frames.toString(), "--json").get("payload").asText(),
                "a folder of frames exported by another tool");
        JsonNode manifest = json("verify", marked.toString(), "--json").get("manifest");
        assertEquals("watermarked", manifest.get("action").asText());
        assertEquals("foreign.mp4", manifest.get("parents").get(0).get("file").asText());

        Path copy = dir.resolve("signed.mp4");
        Files.copy(foreign, copy);
        Path key = dir.resolve("key.pem");
        json("sign", copy.toString(), "--export-public-key", key.toString(), "--json");
        assertTrue(Files.readString(key).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertTrue(json("verify", copy.toString(), "--key", key.toString(), "--json").get("valid").asBoolean());
        assertEquals(ffprobeFrames(foreign), ffprobeFrames(copy), "the signed file still plays in other tools");

        Path broken = dir.resolve("broken.mp4");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(foreign), 300));
        Tessera.Result corrupt = Tessera.run(dir, "watermark", "extract", broken.toString());
        assertEquals(1, corrupt.exitCode());
        assertTrue(corrupt.err().contains("broken.mp4"), corrupt.err());
        Tessera.Result badPayload = Tessera.run(dir, "watermark", "embed", foreign.toString(), "--payload", "xyz", "-o", dir.resolve("n.mp4").toString());
        assertEquals(1, badPayload.exitCode());
        assertTrue(badPayload.err().contains("--payload"), badPayload.err());
    }

    private void ffmpeg(String... args) throws Exception {
        Tessera.ffmpeg(dir, args);
    }

    private static long ffprobeFrames(Path file) throws Exception {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames",
                "-of", "csv=p=0", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), "ffprobe failed on " + file);
        return Long.parseLong(out);
    }

    private static java.awt.image.BufferedImage firstFrame(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile()); Java2DFrameConverter conv = new Java2DFrameConverter()) {
            grabber.start();
            Frame f = grabber.grabImage();
            java.awt.image.BufferedImage img = conv.convert(f);
            java.awt.image.BufferedImage copy = new java.awt.image.BufferedImage(img.getWidth(), img.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            copy.getGraphics().drawImage(img, 0, 0, null);
            grabber.stop();
            return copy;
        }
    }

    /** Mean absolute RGB difference over a rectangle. */
    private static double difference(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
            }
        }
        return sum / (3.0 * (x1 - x0) * (y1 - y0));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
