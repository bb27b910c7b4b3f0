package io.tessera.engine.dit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.registry.EngineRegistry;
import io.tessera.engine.dit.model.DitModel;
import io.tessera.engine.dit.model.ModelConfig;
import io.tessera.media.Images;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/** The engine through the registry and pipeline, in the OSGi framework, writing real MP4 files. */
class DitEngineTest {
    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void tinyModel() throws Exception {
        model = dir.resolve("tiny-model");
        DjlRuntime.call(() -> {
            ModelConfig c = new ModelConfig(ModelConfig.FORMAT, 32, 32, 8, 8, 4, 4, 1f, java.util.List.of(8, 8, 8, 8), java.util.List.of(8, 8, 8, 8), 2,
                    2, 32, 1, 2, 1, 12, java.util.List.of("a", "red", "circle", "moves", "right", "blue", "background", "over"));
            try (DitModel m = DitModel.create(c, 1)) {
                m.save(model, true);
            }
            return null;
        });
    }

    private static GenerationRequest.Builder request(String prompt) {
        return GenerationRequest.builder(prompt).seconds(1.5).fps(12).size(48, 32).seed(3).steps(2).option("model", model.toString()); //$NON-NLS-1$
    }

    private static GenerationResult run(GenerationRequest r, Path out) throws Exception {
        return new GenerationPipeline().run(new GenerationPlan(r, "dit", out, null), new NullProgressMonitor()); //$NON-NLS-1$
    }

    @Test
    void isTheDefaultEngineWithAllCapabilities() {
        var d = EngineRegistry.getDefault().defaultEngine().orElseThrow();
        assertEquals("dit", d.id());
        for (String cap : new String[] { "t2v", "t2i", "i2v", "v2v", "extend" }) {
            assertTrue(d.can(io.tessera.core.engine.EngineCapability.valueOf(switch (cap) {
            case "t2v" -> "TEXT_TO_VIDEO";
            case "t2i" -> "TEXT_TO_IMAGE";
            case "i2v" -> "IMAGE_TO_VIDEO";
            case "v2v" -> "VIDEO_TO_VIDEO";
            default -> "EXTEND";
            })), cap);
        }
    }

    @Test
    void writesAnMp4OfTheRequestedSizeRateAndLength() throws Exception {
        Path out = dir.resolve("t2v.mp4");
        GenerationResult r = run(request("a red circle moves right").build(), out);
        assertEquals(18, r.frames());
        MediaInfo info = MediaProbe.probe(out);
        assertEquals(48, info.width());
        assertEquals(32, info.height());
        assertEquals(12.0, info.fps(), 0.01);
        assertEquals(18, info.frameCount());
        Path again = dir.resolve("t2v-again.mp4");
        run(request("a red circle moves right").build(), again);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(out), Files.readAllBytes(again)), "same request and seed, same bytes");
    }

    @Test
    void imageToVideoVideoToVideoAndExtension() throws Exception {
        Path png = dir.resolve("start.png");
        byte[] rgb = new byte[48 * 32 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) 220;
        }
        Images.writePng(new VideoFrame(48, 32, rgb), png);
        Path i2v = dir.resolve("i2v.mp4");
        assertEquals(18, run(request("a red circle").source(png).build(), i2v).frames());
        Path v2v = dir.resolve("v2v.mp4");
        assertEquals(18, run(request("a blue circle").source(i2v).strength(0.5).build(), v2v).frames());
        Path ext = dir.resolve("extended.mp4");
        GenerationResult e = run(request("a red circle").source(i2v).option("extend", "forward").build(), ext);
        assertEquals(36, e.frames(), "the clip and 1.5 s more");
        try (Mp4VideoReader a = Mp4VideoReader.open(i2v); Mp4VideoReader b = Mp4VideoReader.open(ext)) {
            VideoFrame fa = a.nextFrame();
            VideoFrame fb = b.nextFrame();
            assertEquals(fa.width(), fb.width());
        }
        Path loop = dir.resolve("loop.mp4");
        assertEquals(36, run(request("a red circle").source(i2v).option("extend", "loop").build(), loop).frames());
        Path shot2 = dir.resolve("shot2.mp4");
        assertEquals(18, run(request("a red circle moves right").source(i2v).option("reference", "last").build(), shot2).frames(),
                "a new shot from the last frame of the first");
        Path back = dir.resolve("back.mp4");
        assertEquals(36, run(request("a red circle").source(i2v).option("extend", "backward").build(), back).frames());
    }

    @Test
    void badRequestsAreRefusedWithTheirName() {
        DitEngine engine = new DitEngine();
        InvalidRequestException option = assertThrows(InvalidRequestException.class,
                () -> engine.validate(request("a red circle").option("temperature", "2").build()));
        assertTrue(option.getMessage().contains("'temperature'"), option.getMessage());
        InvalidRequestException tooLong = assertThrows(InvalidRequestException.class, () -> engine.validate(request("a red circle").seconds(60.5).build()));
        assertTrue(tooLong.getMessage().contains("--seconds 60.5"), tooLong.getMessage());
        InvalidRequestException zero = assertThrows(InvalidRequestException.class, () -> engine.validate(request("a red circle").size(0, 0).build()));
        assertTrue(zero.getMessage().contains("--size 0x0"), zero.getMessage());
        InvalidRequestException words = assertThrows(InvalidRequestException.class,
                () -> engine.validate(request("a red dragon moves right over a blue castle").build()));
        assertTrue(words.getMessage().contains("'dragon', 'castle'"), words.getMessage());
        InvalidRequestException sampler = assertThrows(InvalidRequestException.class,
                () -> engine.validate(request("a red circle").option("sampler", "ddim").build()));
        assertTrue(sampler.getMessage().contains("sampler=ddim"), sampler.getMessage());
        InvalidRequestException noModel = assertThrows(InvalidRequestException.class,
                () -> engine.validate(request("a red circle").option("model", dir.resolve("nowhere").toString()).build()));
        assertTrue(noModel.getMessage().contains("nowhere"), noModel.getMessage());
        assertFalse(DitEngine.isImage(Path.of("clip.mp4")));
    }

    @Test
    void preferenceChoosesTheModelFolder() throws Exception {
        var node = org.eclipse.core.runtime.preferences.ConfigurationScope.INSTANCE.getNode("io.tessera.engine.dit");
        node.put(ModelLocator.PREFERENCE, model.toString());
        try {
            assertEquals(32, ModelAccess.get(null).config().width(), "the preference's model");
        } finally {
            node.remove(ModelLocator.PREFERENCE);
        }
        assertEquals(128, ModelAccess.get(null).config().width(), "the bundled model again");
    }

    @Test
    void gridKeepsAspectAndTrainedTokenCount() {
        ModelConfig c = new ModelConfig(ModelConfig.FORMAT, 128, 128, 8, 16, 8, 8, 1f, java.util.List.of(16, 32, 64, 64), java.util.List.of(32, 48, 64, 96), 2,
                4, 256, 6, 4, 2, 32, java.util.List.of("a"));
        assertEquals(128, DitEngine.grid(c, 256, 256)[0]);
        int[] wide = DitEngine.grid(c, 1280, 720);
        assertEquals(160, wide[0]);
        assertEquals(96, wide[1]);
        int[] tall = DitEngine.grid(c, 720, 1280);
        assertEquals(96, tall[0]);
    }

    @Test
    void estimateGrowsWithDurationAndSteps() {
        DitEngine engine = new DitEngine();
        var a = engine.estimate(request("a red circle").seconds(2).build());
        var b = engine.estimate(request("a red circle").seconds(20).build());
        var c = engine.estimate(request("a red circle").seconds(20).steps(8).build());
        assertTrue(b.computeSeconds() > 5 * a.computeSeconds(), a + " / " + b);
        assertTrue(c.computeSeconds() > b.computeSeconds(), b + " | " + c);
        assertEquals(b.peakMemoryBytes(), c.peakMemoryBytes(), "memory does not grow with steps");
    }
}
