package io.tessera.engine.dit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.tessera.engine.dit.model.DitModel;
import io.tessera.engine.dit.model.VideoDiffusion;

/** The trained model shipped in the bundle loads from the bundle and generates. */
class BundledModelTest {

    @Test
    void bundledModelLoadsAndGeneratesAWindow() throws Exception {
        DitModel model = ModelAccess.get(null);
        assertEquals(128, model.config().width());
        assertTrue(model.parameterCount() > 1_000_000, "a trained model, not a test fixture: " + model.parameterCount());
        assertTrue(model.config().vocabulary().containsAll(List.of("red", "circle", "moves", "right", "background")));
        List<byte[]> frames = new ArrayList<>();
        DjlRuntime.call(() -> {
            new VideoDiffusion(model).generate(VideoDiffusion.Job.text("a red circle moves right over a checkerboard background", 128, 128, 16,
                    new VideoDiffusion.Settings(10, 4f, VideoDiffusion.Sampler.EULER, 1)), frames::add, new NullProgressMonitor());
            return null;
        });
        assertEquals(16, frames.size());
        byte[] f = frames.get(8);
        assertEquals(128 * 128 * 3, f.length);
        double sum = 0;
        double sq = 0;
        for (byte b : f) {
            sum += b & 0xFF;
            sq += (b & 0xFF) * (b & 0xFF);
        }
        double mean = sum / f.length;
        // a checkerboard is the background with the most contrast the model knows: black and white squares
        assertTrue(sq / f.length - mean * mean > 1500, "the frame shows the asked-for checkerboard: variance " + (sq / f.length - mean * mean));
    }
}
