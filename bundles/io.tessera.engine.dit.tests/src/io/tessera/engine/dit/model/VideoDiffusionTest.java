package io.tessera.engine.dit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDManager;
import io.tessera.engine.dit.internal.DjlRuntime;

/** Windowed sampling: determinism, length, and the known-frame conditioning of image-to-video, extension and SDEdit. */
class VideoDiffusionTest {
    private static final VideoDiffusion.Settings SETTINGS = new VideoDiffusion.Settings(3, 3f, VideoDiffusion.Sampler.EULER, 42);

    private static List<byte[]> run(DitModel m, VideoDiffusion.Job job) throws Exception {
        List<byte[]> frames = new ArrayList<>();
        DjlRuntime.call(() -> {
            new VideoDiffusion(m).generate(job, frames::add, new NullProgressMonitor());
            return null;
        });
        return frames;
    }

    @Test
    void sameSeedSameFramesOtherSeedOtherFrames() throws Exception {
        try (DitModel m = TinyModels.randomised(7)) {
            VideoDiffusion.Job job = VideoDiffusion.Job.text("a red circle moves right", 32, 32, 8, SETTINGS);
            List<byte[]> a = run(m, job);
            List<byte[]> b = run(m, job);
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), "frame " + i);
            }
            List<byte[]> c = run(m, VideoDiffusion.Job.text("a red circle moves right", 32, 32, 8,
                    new VideoDiffusion.Settings(3, 3f, VideoDiffusion.Sampler.EULER, 43)));
            assertFalse(java.util.Arrays.equals(a.get(3), c.get(3)));
        }
        try (DitModel again = TinyModels.randomised(7)) {
            List<byte[]> fresh = run(again, VideoDiffusion.Job.text("a red circle moves right", 32, 32, 8, SETTINGS));
            try (DitModel m = TinyModels.randomised(7)) {
                assertArrayEquals(run(m, VideoDiffusion.Job.text("a red circle moves right", 32, 32, 8, SETTINGS)).get(5), fresh.get(5),
                        "a reloaded model gives the same frames");
            }
        }
    }

    @Test
    void longClipsAreGeneratedWindowByWindowToTheExactLength() throws Exception {
        try (DitModel m = TinyModels.randomised(8)) {
            // window 8, context 4: 8 + 4 + 4 + 4 + 3 frames = 5 windows
            List<byte[]> frames = run(m, VideoDiffusion.Job.text("a blue square moves left", 32, 32, 23,
                    new VideoDiffusion.Settings(2, 1f, VideoDiffusion.Sampler.HEUN, 1)));
            assertEquals(23, frames.size());
            assertEquals(32 * 32 * 3, frames.get(22).length);
            assertEquals(5, new CostModel(m.config()).windows(23));
            // continuation windows share their context: the first window's frames do not depend on the clip's length
            List<byte[]> shorter = run(m, VideoDiffusion.Job.text("a blue square moves left", 32, 32, 8,
                    new VideoDiffusion.Settings(2, 1f, VideoDiffusion.Sampler.HEUN, 1)));
            for (int i = 0; i < 8; i++) {
                assertArrayEquals(shorter.get(i), frames.get(i));
            }
        }
    }

    @Test
    void imageToVideoStartsFromTheImageLatentExactly() throws Exception {
        try (DitModel m = TinyModels.randomised(9)) {
            byte[] image = TinyModels.frame(32, 32, 1);
            List<byte[]> frames = run(m, new VideoDiffusion.Job("a red circle", 32, 32, 8, SETTINGS, List.of(image), true, List.of(), null, 1f));
            assertEquals(8, frames.size());
            byte[] reconstructed = DjlRuntime.call(() -> {
                try (NDManager s = m.manager().newSubManager()) {
                    return VideoDiffusion.fromPixels(m.autoencoder().decode(m.autoencoder().encode(VideoDiffusion.toPixels(s, List.of(image), 32, 32)))).get(0);
                }
            });
            assertArrayEquals(reconstructed, frames.get(0), "frame 0 is the image as the autoencoder sees it");
        }
    }

    @Test
    void extensionAndLoopsAreConditionedOnBothEnds() throws Exception {
        try (DitModel m = TinyModels.randomised(10)) {
            List<byte[]> clip = List.of(TinyModels.frame(32, 32, 1), TinyModels.frame(32, 32, 2), TinyModels.frame(32, 32, 3), TinyModels.frame(32, 32, 4));
            List<byte[]> forward = run(m, new VideoDiffusion.Job("a red circle", 32, 32, 4, SETTINGS, clip, false, List.of(), null, 1f));
            List<byte[]> loop = run(m, new VideoDiffusion.Job("a red circle", 32, 32, 4, SETTINGS, clip.subList(2, 4), false, clip.subList(0, 2), null, 1f));
            List<byte[]> other = run(m, new VideoDiffusion.Job("a red circle", 32, 32, 4, SETTINGS, clip.subList(2, 4), false,
                    List.of(TinyModels.frame(32, 32, 9), TinyModels.frame(32, 32, 8)), null, 1f));
            assertEquals(4, forward.size());
            assertEquals(4, loop.size());
            assertFalse(java.util.Arrays.equals(loop.get(3), other.get(3)), "the frames a loop leads into shape the bridge");
        }
    }

    @Test
    void sdeditStrengthZeroReturnsTheSourceAndOneIgnoresIt() throws Exception {
        try (DitModel m = TinyModels.randomised(11)) {
            List<byte[]> source = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                source.add(TinyModels.frame(32, 32, 20 + i));
            }
            VideoDiffusion.FrameSource src = i -> i < source.size() ? source.get(i) : null;
            List<byte[]> kept = run(m, new VideoDiffusion.Job("a red circle", 32, 32, 8, SETTINGS, List.of(), false, List.of(), src, 0f));
            byte[] reconstructed = DjlRuntime.call(() -> {
                try (NDManager s = m.manager().newSubManager()) {
                    return VideoDiffusion.fromPixels(m.autoencoder().decode(m.autoencoder().encode(VideoDiffusion.toPixels(s, source.subList(5, 6), 32, 32)))).get(0);
                }
            });
            assertArrayEquals(reconstructed, kept.get(5), "strength 0 keeps the source");
            List<byte[]> restyled = run(m, new VideoDiffusion.Job("a red circle", 32, 32, 8, SETTINGS, List.of(), false, List.of(), src, 0.5f));
            assertFalse(java.util.Arrays.equals(kept.get(5), restyled.get(5)));
        }
    }

    @Test
    void cancellingStopsBetweenSteps() throws Exception {
        try (DitModel m = TinyModels.randomised(12)) {
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class, () -> DjlRuntime.call(() -> {
                new VideoDiffusion(m).generate(VideoDiffusion.Job.text("a red circle", 32, 32, 8, SETTINGS), f -> {
                }, cancelled);
                return null;
            }));
        }
    }
}
