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

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.engine.VideoFormat;
import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.ObjectState;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.engine.scene.SceneRenderer;
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
    void aCrowdedGroupStillStartsApart() throws Exception {
        // three big squares drifting left all start in the band at the right: 24 tries of it used to leave two on top
        // of each other, which reads as two squares, not three
        List<String> overlaps = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            SceneSimulation sim = new SceneSimulation(SceneParser.parse("three big green squares drift left over a white background"), 128, 128, 8, 24,
                    seed);
            List<io.tessera.engine.scene.ObjectState> start = sim.next().objects();
            assertEquals(3, start.size());
            for (int i = 0; i < start.size(); i++) {
                for (int j = i + 1; j < start.size(); j++) {
                    double[] a = start.get(i).bounds();
                    double[] b = start.get(j).bounds();
                    // upright squares: apart when their boxes are apart along x or along y
                    double gap = Math.max(Math.max(a[0], b[0]) - Math.min(a[2], b[2]), Math.max(a[1], b[1]) - Math.min(a[3], b[3]));
                    if (gap <= 0) {
                        overlaps.add("seed " + seed + ": squares " + i + " and " + j + " overlap by " + Math.round(-gap) + " px " + start);
                    }
                }
            }
        }
        assertTrue(overlaps.isEmpty(), overlaps.toString());
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
    void spokenLinesAndMaterialsAreForTheSoundAndDrawNothing() throws Exception {
        String talking = "a red metal ball bounces on a wooden floor and the red ball says \"watch out!\"";
        engine.validate(GenerationRequest.builder(talking).build());
        List<VideoFrame> said = render(talking, 1, 8, 96, 96, 5);
        List<VideoFrame> plain = render("a red ball bounces on a wooden floor", 1, 8, 96, 96, 5);
        for (int i = 0; i < plain.size(); i++) {
            assertArrayEquals(plain.get(i).rgb(), said.get(i).rgb(), "frame " + i);
        }
        InvalidRequestException words = assertThrows(InvalidRequestException.class,
                () -> engine.validate(GenerationRequest.builder("a red dragon says \"hi\"").build()));
        assertTrue(words.getMessage().contains("dragon") && !words.getMessage().contains("hi"), words.getMessage());
    }

    @Test
    void badRequestsNameTheProblem() {
        InvalidRequestException words = assertThrows(InvalidRequestException.class,
                () -> engine.validate(GenerationRequest.builder("a red dragon flies").build()));
        assertTrue(words.getMessage().contains("dragon"), words.getMessage());
        InvalidRequestException option = assertThrows(InvalidRequestException.class,
                () -> engine.validate(GenerationRequest.builder("a red circle").option("style", "noir").build()));
        assertTrue(option.getMessage().contains("style"), option.getMessage());
        InvalidRequestException options = assertThrows(InvalidRequestException.class, () -> engine
                .validate(GenerationRequest.builder("a red circle").option("style", "noir").option("lens", "wide").build()));
        assertTrue(options.getMessage().contains("'lens'") && options.getMessage().contains("'style'"), options.getMessage());
    }

    @Test
    void limitsAreCheckedAndMatchPluginXml() throws Exception {
        GenerationRequest.Builder ok = GenerationRequest.builder("a red circle");
        engine.validate(ok.seconds(60).size(3840, 2160).fps(60).build());
        engine.validate(GenerationRequest.builder("a red circle").seconds(0.5).size(16, 16).fps(1).build());
        for (GenerationRequest bad : List.of(GenerationRequest.builder("a red circle").seconds(60.5).build(),
                GenerationRequest.builder("a red circle").size(14, 14).build(),
                GenerationRequest.builder("a red circle").size(33, 32).build(),
                GenerationRequest.builder("a red circle").fps(61).build())) {
            assertThrows(InvalidRequestException.class, () -> engine.validate(bad), bad.toString());
            assertThrows(InvalidRequestException.class, () -> engine.generate(bad, new Collect(), new NullProgressMonitor()));
        }
        IConfigurationElement e = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("io.tessera.core.engines"))
                .filter(c -> "scene".equals(c.getAttribute("id"))).findFirst().orElseThrow();
        assertEquals("Scene animatic", e.getAttribute("name"));
        assertEquals("10", e.getAttribute("priority"));
        assertEquals(SceneEngine.LIMITS.maxSeconds(), Double.parseDouble(e.getAttribute("maxSeconds")));
        assertEquals(SceneEngine.LIMITS.minSize(), Integer.parseInt(e.getAttribute("minSize")));
        assertEquals(SceneEngine.LIMITS.maxWidth(), Integer.parseInt(e.getAttribute("maxWidth")));
        assertEquals(SceneEngine.LIMITS.maxHeight(), Integer.parseInt(e.getAttribute("maxHeight")));
        assertEquals(SceneEngine.LIMITS.minFps(), Integer.parseInt(e.getAttribute("minFps")));
        assertEquals(SceneEngine.LIMITS.maxFps(), Integer.parseInt(e.getAttribute("maxFps")));
        assertEquals(List.of("t2v", "t2i"), Arrays.stream(e.getChildren("capability")).map(c -> c.getAttribute("id")).toList());
    }

    @Test
    void collidersBounceOffEachOther() {
        SceneSimulation sim = new SceneSimulation(parse("two blue circles collide"), 160, 120, 24, 96, 5);
        List<FrameState> states = new ArrayList<>();
        while (sim.hasNext()) {
            states.add(sim.next());
        }
        SceneEvent hit = states.stream().flatMap(s -> s.events().stream()).filter(e -> e.kind() == SceneEvent.Kind.COLLISION)
                .findFirst().orElseThrow();
        assertEquals(0, hit.first());
        assertEquals(1, hit.second());
        int f = hit.frame();
        assertTrue(f > 2 && f < 90, "collides mid-clip at " + f);
        ObjectState a = states.get(f).objects().get(0);
        ObjectState b = states.get(f).objects().get(1);
        assertTrue(Math.hypot(a.x() - b.x(), a.y() - b.y()) <= a.radius() + b.radius() + 1, "touching when the event is recorded");
        double before = states.get(f - 1).objects().get(0).x() - states.get(f - 2).objects().get(0).x();
        double after = states.get(f + 2).objects().get(0).x() - states.get(f + 1).objects().get(0).x();
        assertTrue(before > 0 && after < 0, "the left circle comes back: " + before + " then " + after);
    }

    @Test
    void drawnPixelsMatchTheGroundTruth() throws Exception {
        Scene scene = parse("a red circle moves right over a blue background");
        SceneSimulation sim = new SceneSimulation(scene, 160, 120, 12, 24, 4);
        SceneRenderer renderer = new SceneRenderer(160, 120, 4);
        while (sim.hasNext()) {
            FrameState s = sim.next();
            double[] blob = blob(renderer.render(s), Colour.RED);
            ObjectState o = s.objects().get(0);
            assertEquals(o.x(), blob[0] + 0.5, 0.6, "x at frame " + s.frame());
            assertEquals(o.y(), blob[1] + 0.5, 0.6, "y at frame " + s.frame());
            double[] box = o.bounds();
            assertTrue(blob[3] <= box[2] - box[0] + 1, "inside its bounding box");
        }
    }

    @Test
    void aCutShowsTheNextShot() throws Exception {
        String prompt = "a white square on a dark background; cut to a red ring that grows";
        List<VideoFrame> frames = render(prompt, 2, 10, 128, 96, 2);
        SceneSimulation sim = new SceneSimulation(parse(prompt), 128, 96, 10, 20, 2);
        int cut = -1;
        while (sim.hasNext()) {
            for (SceneEvent e : sim.next().events()) {
                if (e.kind() == SceneEvent.Kind.CUT) {
                    cut = e.frame();
                }
            }
        }
        assertEquals(10, cut);
        assertEquals(0, components(frames.get(cut - 1), Colour.RED));
        assertEquals(1, components(frames.get(cut), Colour.RED));
        double[] ring = blob(frames.get(cut), Colour.RED);
        assertFalse(Colour.RED.at(frames.get(cut), (int) ring[0], (int) ring[1]), "a ring has a hole");
        assertTrue(blob(frames.get(19), Colour.RED)[2] > ring[2] * 1.5, "and grows");
        int bg = frames.get(0).rgbAt(1, 1);
        assertTrue((bg >> 16 & 0xff) < 60 && (bg >> 8 & 0xff) < 60, "dark background: " + Integer.toHexString(bg));
    }

    @Test
    void texturesLookLikeTheirNames() throws Exception {
        assertTrue(mean(render("a ball over a grass background", 0.1, 10, 64, 64, 1).get(0))[1] > 110);
        double[] night = mean(render("a ball at night", 0.1, 10, 64, 64, 1).get(0));
        assertTrue(night[0] + night[1] + night[2] < 150, "night is dark");
        VideoFrame sky = render("a tiny ball in the corner over a sky background", 0.1, 10, 64, 64, 1).get(0);
        assertTrue((sky.rgbAt(32, 0) & 0xff) < (sky.rgbAt(32, 63) & 0xff), "sky lightens towards the horizon");
        VideoFrame board = render("a tiny dot in the corner on a checkerboard", 0.1, 10, 64, 64, 1).get(0);
        assertTrue(java.util.stream.IntStream.range(0, 64).map(x -> board.rgbAt(x, 32)).distinct().count() >= 2);
        VideoFrame a = render("a tiny dot over water", 1, 10, 64, 64, 1).get(0);
        VideoFrame b = render("a tiny dot over water", 1, 10, 64, 64, 1).get(5);
        assertFalse(Arrays.equals(a.rgb(), b.rgb()), "water waves move");
    }

    @Test
    void theCameraPansTheBackground() throws Exception {
        List<VideoFrame> frames = render("a ball stays still over a brick background, camera pans left", 1, 10, 64, 64, 1);
        assertFalse(Arrays.equals(frames.get(0).rgb(), frames.get(9).rgb()));
    }

    @Test
    void estimateScalesWithPixels() {
        CostEstimate small = engine.estimate(GenerationRequest.builder("a ball").size(256, 256).seconds(10).build());
        CostEstimate big = engine.estimate(GenerationRequest.builder("a ball").size(1280, 720).seconds(10).build());
        assertTrue(small.computeSeconds() > 0 && big.computeSeconds() > small.computeSeconds() * 10);
        assertTrue(big.peakMemoryBytes() > small.peakMemoryBytes());
        assertEquals(0, small.money());
    }

    private static Scene parse(String prompt) {
        try {
            return SceneParser.parse(prompt);
        } catch (SceneParseException e) {
            throw new AssertionError(e);
        }
    }

    private static double[] mean(VideoFrame f) {
        double[] m = new double[3];
        for (int i = 0; i < f.rgb().length; i++) {
            m[i % 3] += f.rgb()[i] & 0xff;
        }
        int n = f.width() * f.height();
        return new double[] { m[0] / n, m[1] / n, m[2] / n };
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
