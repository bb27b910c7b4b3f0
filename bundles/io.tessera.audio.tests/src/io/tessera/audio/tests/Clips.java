package io.tessera.audio.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tessera.core.audio.ClipView;
import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.SceneEvent;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneRenderer;
import io.tessera.engine.scene.SceneSimulation;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;

/** Real H.264 clips of scene-engine prompts for the tests, with the engine's own list of hits beside them. */
final class Clips {
    record Clip(Path file, int fps, int frames, List<Integer> hits, double[] firstX, List<Integer> cuts, List<Integer> landings) {
    }

    private Clips() {
    }

    static Clip render(Path file, String prompt, int width, int height, int fps, double seconds, long seed) throws Exception {
        return render(file, prompt, width, height, fps, seconds, seed, f -> {
        });
    }

    /** As above, with {@code overlay} drawn over every frame (a caption, a label) before it is encoded. */
    static Clip render(Path file, String prompt, int width, int height, int fps, double seconds, long seed, java.util.function.Consumer<VideoFrame> overlay)
            throws Exception {
        int frames = (int) Math.round(seconds * fps);
        SceneSimulation sim = new SceneSimulation(SceneParser.parse(prompt), width, height, fps, frames, seed);
        SceneRenderer renderer = new SceneRenderer(width, height, seed);
        List<Integer> hits = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();
        List<Integer> landings = new ArrayList<>();
        double[] x = new double[frames];
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(width, height, fps))) {
            while (sim.hasNext()) {
                FrameState s = sim.next();
                for (SceneEvent e : s.events()) {
                    if (e.kind() == SceneEvent.Kind.BOUNCE) {
                        landings.add(e.frame());
                    }
                    if (e.kind() == SceneEvent.Kind.CUT) {
                        cuts.add(e.frame());
                    } else if (hits.isEmpty() || hits.get(hits.size() - 1) != e.frame()) {
                        hits.add(e.frame());
                    }
                }
                x[s.frame()] = s.objects().isEmpty() ? Double.NaN : s.objects().get(0).x() / width;
                VideoFrame frame = renderer.render(s);
                overlay.accept(frame);
                w.writeFrame(frame);
            }
        }
        return new Clip(file, fps, frames, hits, x, cuts, landings);
    }

    /** A clip whose every frame is the same picture. */
    static Path still(Path file, int width, int height, int fps, int frames, int rgb) throws IOException {
        try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(width, height, fps))) {
            for (int i = 0; i < frames; i++) {
                VideoFrame f = VideoFrame.blank(width, height);
                for (int p = 0; p < width * height; p++) {
                    f.rgb()[3 * p] = (byte) (rgb >> 16);
                    f.rgb()[3 * p + 1] = (byte) (rgb >> 8);
                    f.rgb()[3 * p + 2] = (byte) rgb;
                }
                w.writeFrame(f);
            }
        }
        return file;
    }

    /** The clip's frames, one at a time, as the sound stage hands them to an audio generator. */
    static ClipView view(Path file, long seed) throws IOException {
        return new io.tessera.core.internal.FileClipView(file, seed);
    }
}
