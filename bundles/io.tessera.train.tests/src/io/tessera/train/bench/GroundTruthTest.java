package io.tessera.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneRenderer;
import io.tessera.engine.scene.SceneSimulation;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;

/**
 * The checker proved on ground truth: scene-engine clips of the public prompt set, written as real MP4 and read back,
 * are scored against their prompts (what the checker gets right is its accuracy); and the same clip scored against
 * another prompt must fail.
 */
class GroundTruthTest {
    @TempDir
    Path dir;

    static Path render(String prompt, Path file, long seed) throws Exception {
        SceneSimulation sim = new SceneSimulation(SceneParser.parse(prompt), 128, 128, 8, 24, seed);
        SceneRenderer r = new SceneRenderer(128, 128, seed);
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(128, 128, 8))) {
            while (sim.hasNext()) {
                FrameState s = sim.next();
                w.writeFrame(new VideoFrame(128, 128, r.render(s).rgb()));
            }
        }
        return file;
    }

    @Test
    void scoresSceneEngineGroundTruthAtLeast98Percent() throws Exception {
        List<String> prompts = PromptSet.publicSet();
        assertTrue(prompts.size() >= 40, "the public set has " + prompts.size() + " prompts");
        QualityBench bench = new QualityBench();
        List<QualityBench.ClipScore> scores = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            Path clip = render(prompts.get(i), dir.resolve("gt-" + i + ".mp4"), i + 1);
            scores.add(bench.score(clip.getFileName().toString(), BenchPrompt.parse(prompts.get(i)), ClipAnalysis.of(clip)));
        }
        QualityBench.Report report = QualityBench.Report.of(scores, null);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson(new ObjectMapper()));
        System.out.println(report.toTable());
        StringBuilder wrong = new StringBuilder();
        for (QualityBench.ClipScore s : scores) {
            for (var e : s.attributes().entrySet()) {
                if (e.getValue()[0] < e.getValue()[1]) {
                    wrong.append(s.prompt()).append(" -> ").append(e.getKey()).append(": ").append(s.notes()).append('\n');
                }
            }
        }
        System.out.println(wrong);
        // measured 2026-12-03: 98.0 % of all attributes (345 of 352), 98.4 % adherence (docs/BENCHMARKS.md; the goal is 98 %),
        // and 97.4 % and 98.6 % on two other seed sets of the same prompts. The misses left are shapes of small objects and
        // objects crossing each other over a checkerboard; see the printed list
        assertTrue(report.allAttributes() >= 0.975, report.toTable() + wrong + json.length());
        assertTrue(report.adherence() >= 0.98, report.toTable() + wrong);
        assertTrue(report.accuracy("background") >= 0.97 && report.accuracy("colour") >= 0.97 && report.accuracy("motion") >= 0.97
                && report.accuracy("count") >= 0.97, report.toTable());
    }

    @Test
    void aClipScoredAgainstAnotherPromptFails() throws Exception {
        Path clip = render("a big red circle moves right over a sky background", dir.resolve("red.mp4"), 3);
        QualityBench bench = new QualityBench();
        ClipAnalysis a = ClipAnalysis.of(clip);
        QualityBench.ClipScore right = bench.score("red", BenchPrompt.parse("a big red circle moves right over a sky background"), a);
        QualityBench.ClipScore wrong = bench.score("red", BenchPrompt.parse("two blue squares move left over a grass background"), a);
        assertEquals(1.0, right.adherence(), 1e-9, right.notes().toString());
        assertEquals(0, wrong.attributes().get("colour")[0], wrong.notes().toString());
        assertEquals(0, wrong.attributes().get("background")[0], wrong.notes().toString());
        assertTrue(wrong.adherence() < 0.2, wrong.notes().toString());
    }
}
