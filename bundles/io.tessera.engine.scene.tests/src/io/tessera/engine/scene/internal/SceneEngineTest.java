package io.tessera.engine.scene.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.engine.VideoFormat;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneEvent;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneSimulation;
import io.tessera.media.VideoFrame;

class SceneEngineTest {
    private final SceneEngine engine = new SceneEngine();

    static final class Collect implements FrameSink {
        final List<VideoFrame> frames = new ArrayList<>();
        VideoFormat format;

        @Override
        public void open(VideoFormat f) {
            format = f;
        }

        @Override
        public void accept(VideoFrame frame) {
            frames.add(frame);
        }
    }

    private List<VideoFrame> render(String prompt, double seconds, int fps, int w, int h, long seed) throws Exception {
        Collect sink = new Collect();
        engine.generate(GenerationRequest.builder(prompt).seconds(seconds).fps(fps).size(w, h).seed(seed).build(), sink,
                new NullProgressMonitor());
        return sink.frames;
    }

    @Test
    void isContributedThroughTheEnginesExtensionPoint() throws Exception {
        IConfigurationElement scene = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("io.tessera.core.engines"))
                .filter(e -> "scene".equals(e.getAttribute("id"))).findFirst().orElseThrow();
        assertEquals("io.tessera.engine.scene", scene.getContributor().getName());
        assertTrue(scene.createExecutableExtension("class") instanceof VideoEngine);
    }

    @Test
    void aRedCircleMovesRightOverABlueBackground() throws Exception {
        List<VideoFrame> frames = render("a red circle moves right over a blue background", 2, 12, 160, 120, 4);
        assertEquals(24, frames.size());
        double[] first = blob(frames.get(0), Colour.RED);
        double[] last = blob(frames.get(23), Colour.RED);
        assertTrue(last[0] > first[0] + 40, "moves right: " + first[0] + " -> " + last[0]);
        assertEquals(first[1], last[1], 2, "stays at the same height");
        double area = first[2];
        double r = Math.sqrt(area / Math.PI);
        assertTrue(r > 5 && r < 15, "a medium circle: r=" + r);
        // round: the blob's extent matches its area's radius
        assertTrue(Math.abs(first[3] / 2 - r) < 1.5, "width " + first[3] + " vs radius " + r);
        int corner = frames.get(0).rgbAt(2, 2);
        assertTrue((corner & 0xff) > 200 && (corner >> 16 & 0xff) < 80, "blue background: " + Integer.toHexString(corner));
    }

    @Test
    void threeYellowSquaresAreThreeBlobs() throws Exception {
        VideoFrame f = render("three small yellow squares on a black background", 1, 4, 200, 150, 9).get(0);
        assertEquals(3, components(f, Colour.YELLOW));
    }

    @Test
    void colliderEventsHappen() throws Exception {
        Scene scene = SceneParser.parse("two blue circles collide");
        SceneSimulation sim = new SceneSimulation(scene, 160, 120, 24, 72, 3);
        List<SceneEvent> events = new ArrayList<>();
        while (sim.hasNext()) {
            events.addAll(sim.next().events());
        }
        assertTrue(events.stream().anyMatch(e -> e.kind() == SceneEvent.Kind.COLLISION), events.toString());
        SceneSimulation bounce = new SceneSimulation(SceneParser.parse("a green ball bounces"), 160, 120, 24, 72, 3);
        List<SceneEvent> floor = new ArrayList<>();
        while (bounce.hasNext()) {
            floor.addAll(bounce.next().events());
        }
        assertTrue(floor.stream().anyMatch(e -> e.kind() == SceneEvent.Kind.BOUNCE), floor.toString());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherFrames() throws Exception {
        String p = "two green squares bounce over a grass background, a star spins";
        List<VideoFrame> a = render(p, 1, 8, 96, 64, 11);
        List<VideoFrame> b = render(p, 1, 8, 96, 64, 11);
        List<VideoFrame> c = render(p, 1, 8, 96, 64, 12);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).rgb(), b.get(i).rgb());
        }
        assertFalse(Arrays.equals(a.get(4).rgb(), c.get(4).rgb()));
    }

    @Test
    void sixtySecondsStreamEveryFrame() throws Exception {
        int[] count = new int[1];
        engine.generate(GenerationRequest.builder("a red ring orbits; then a blue star falls").seconds(60).fps(8).size(32, 32).seed(1).build(),
                new FrameSink() {
                    @Override
                    public void open(VideoFormat format) {
                    }

                    @Override
                    public void accept(VideoFrame frame) {
                        count[0]++;
                    }
                }, new NullProgressMonitor());
        assertEquals(480, count[0]);
    }

    @Test
    void cancellingStopsPromptly() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        int[] count = new int[1];
        assertThrows(OperationCanceledException.class, () -> engine.generate(
                GenerationRequest.builder("a red circle").seconds(60).fps(30).size(64, 64).build(), new FrameSink() {
                    @Override
                    public void open(VideoFormat format) {
                    }

                    @Override
                    public void accept(VideoFrame frame) {
                        if (++count[0] == 5) {
                            monitor.setCanceled(true);
                        }
                    }
                }, monitor));
        assertEquals(5, count[0]);
    }

    @Test
    void badRequestsNameTheProblem() {
        InvalidRequestException words = assertThrows(InvalidRequestException.class,
                () -> engine.validate(GenerationRequest.builder("a red dragon flies").build()));
        assertTrue(words.getMessage().contains("dragon"), words.getMessage());
        InvalidRequestException option = assertThrows(InvalidRequestException.class,
                () -> engine.validate(GenerationRequest.builder("a red circle").option("style", "noir").build()));
        assertTrue(option.getMessage().contains("style"), option.getMessage());
    }

    enum Colour {
        RED {
            @Override
            boolean matches(int r, int g, int b) {
                return r > 170 && g < 90 && b < 90;
            }
        },
        YELLOW {
            @Override
            boolean matches(int r, int g, int b) {
                return r > 180 && g > 160 && b < 90;
            }
        };

        abstract boolean matches(int r, int g, int b);

        boolean at(VideoFrame f, int x, int y) {
            int c = f.rgbAt(x, y);
            return matches(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
        }
    }

    /** {centre x, centre y, area, width} of the pixels of a colour. */
    static double[] blob(VideoFrame f, Colour colour) {
        double sx = 0, sy = 0;
        int n = 0, minX = Integer.MAX_VALUE, maxX = -1;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (colour.at(f, x, y)) {
                    sx += x;
                    sy += y;
                    n++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
        }
        assertTrue(n > 0, "no " + colour + " pixels");
        return new double[] { sx / n, sy / n, n, maxX - minX + 1 };
    }

    static int components(VideoFrame f, Colour colour) {
        int w = f.width(), h = f.height();
        boolean[] seen = new boolean[w * h];
        int count = 0;
        for (int i = 0; i < w * h; i++) {
            if (seen[i] || !colour.at(f, i % w, i / w)) {
                continue;
            }
            count++;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(i);
            seen[i] = true;
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int x = p % w, y = p / w;
                int[][] next = { { x + 1, y }, { x - 1, y }, { x, y + 1 }, { x, y - 1 } };
                for (int[] q : next) {
                    if (q[0] >= 0 && q[1] >= 0 && q[0] < w && q[1] < h) {
                        int j = q[1] * w + q[0];
                        if (!seen[j] && colour.at(f, q[0], q[1])) {
                            seen[j] = true;
                            queue.add(j);
                        }
                    }
                }
            }
        }
        return count;
    }
}
