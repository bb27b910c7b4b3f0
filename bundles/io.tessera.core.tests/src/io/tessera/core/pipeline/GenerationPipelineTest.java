package io.tessera.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.store.ProjectStore;

class GenerationPipelineTest {
    private final GenerationPipeline pipeline = new GenerationPipeline();

    private static GenerationRequest request() {
        return GenerationRequest.builder("stripes").seconds(1).fps(12).size(64, 48).seed(3).build();
    }

    @Test
    void writesAnMp4WhoseFramesShowWhatTheEngineMade(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("clip.mp4");
        GenerationResult r = pipeline.run(new GenerationPlan(request(), "test-stripes", out, null), new NullProgressMonitor());
        assertEquals(12, r.frames());
        assertEquals("stripes-1", r.engineVersion());
        assertEquals(64, r.sha256().length());
        int frames = 0;
        int firstBar = -1;
        int lastBar = -1;
        try (Mp4VideoReader reader = Mp4VideoReader.open(out)) {
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                int bar = brightestColumn(f);
                if (frames == 0) {
                    firstBar = bar;
                }
                lastBar = bar;
                frames++;
            }
        }
        assertEquals(12, frames);
        assertTrue(firstBar < 10 && lastBar > 45, "the bar sweeps right: " + firstBar + " -> " + lastBar);
        assertFalse(Files.exists(GenerationPipeline.partFileFor(out)));
    }

    @Test
    void sameSeedAndSettingsGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.mp4");
        Path b = dir.resolve("b.mp4");
        pipeline.run(new GenerationPlan(request(), "test-stripes", a, null), new NullProgressMonitor());
        pipeline.run(new GenerationPlan(request(), "test-stripes", b, null), new NullProgressMonitor());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void anEngineThatCrashesLeavesNoFileAndIsNamed(@TempDir Path dir) {
        Path out = dir.resolve("crash.mp4");
        GenerationException e = assertThrows(GenerationException.class,
                () -> pipeline.run(new GenerationPlan(request(), "test-throws-while-generating", out, null), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("test-throws-while-generating"), e.getMessage());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(GenerationPipeline.partFileFor(out)));
    }

    @Test
    void unknownEngineAndOutOfRangeSettingsAreBadInput(@TempDir Path dir) {
        Path out = dir.resolve("x.mp4");
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> pipeline.run(new GenerationPlan(request(), "no-such-engine", out, null), new NullProgressMonitor()));
        assertTrue(unknown.getMessage().contains("no-such-engine") && unknown.getMessage().contains("test-stripes"), unknown.getMessage());
        GenerationRequest tooLong = request().toBuilder().seconds(10.5).build();
        InvalidRequestException limit = assertThrows(InvalidRequestException.class,
                () -> pipeline.run(new GenerationPlan(tooLong, "test-stripes", out, null), new NullProgressMonitor()));
        assertTrue(limit.getMessage().contains("--seconds"), limit.getMessage());
        GenerationRequest badOption = request().toBuilder().option("colour", "red").build();
        InvalidRequestException option = assertThrows(InvalidRequestException.class,
                () -> pipeline.run(new GenerationPlan(badOption, "test-stripes", out, null), new NullProgressMonitor()));
        assertTrue(option.getMessage().contains("colour"), option.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void cancellingLeavesNoOutput(@TempDir Path dir) {
        Path out = dir.resolve("cancelled.mp4");
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int worked;

            @Override
            public void worked(int work) {
                if (++worked == 3) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> pipeline.run(new GenerationPlan(request(), "test-stripes", out, null), monitor));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(GenerationPipeline.partFileFor(out)));
    }

    @Test
    void aJobRecordsTheClipAndItsProvenanceInTheProject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("clips/take.mp4");
        Path projectFile = dir.resolve("film.tessera");
        GenerationJob job = new GenerationJob(new GenerationPlan(request(), "test-stripes", out, projectFile), pipeline);
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        Project project = ProjectStore.load(projectFile);
        assertEquals(1, project.getShots().size());
        MediaAsset asset = project.getAssets().get(0);
        assertEquals(job.result().assetId(), asset.getId());
        assertEquals("clips/take.mp4", asset.getFile());
        assertEquals(job.result().sha256(), asset.getSha256());
        assertEquals("test-stripes", asset.getProvenance().getEngineId());
        assertEquals(3L, asset.getProvenance().getSeed());
        assertEquals("stripes", asset.getProvenance().getPrompt());
        assertEquals(64, asset.getProvenance().getSettings().getWidth());
        assertEquals(project.getShots().get(0).getSelectedTake(), asset);
    }

    private static int brightestColumn(VideoFrame f) {
        int best = 0;
        long bestSum = -1;
        for (int x = 0; x < f.width(); x++) {
            long sum = 0;
            for (int y = 0; y < f.height(); y++) {
                sum += f.rgbAt(x, y) & 0xff;
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = x;
            }
        }
        return best;
    }
}
