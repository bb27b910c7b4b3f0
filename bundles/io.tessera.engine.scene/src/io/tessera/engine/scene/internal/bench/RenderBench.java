package io.tessera.engine.scene.internal.bench;

import java.util.Locale;

import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneRenderer;
import io.tessera.engine.scene.SceneSimulation;

/** Scene engine render speed (simulation + rasterising, no encoding), one thread. Usage: RenderBench [frames]. */
public final class RenderBench {
    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        // a light scene and a heavy one: ten large spinning polygons, animated water, a zoom (the slowest paths)
        String[] prompts = { "a red circle moves right over a blue sky background; a green square bounces, "
                + "three small yellow stars spin", "ten big orange stars spin over water, camera zooms in" };
        for (String prompt : prompts) {
            run(prompt, frames);
        }
    }

    private static void run(String prompt, int frames) throws Exception {
        Scene scene = SceneParser.parse(prompt);
        System.out.println("prompt: " + prompt);
        for (int[] size : new int[][] { { 256, 256 }, { 1280, 720 } }) {
            double best = Double.MAX_VALUE;
            int n = size[0] > 1000 ? frames / 4 : frames;
            for (int r = 0; r < 3; r++) {
                SceneSimulation sim = new SceneSimulation(scene, size[0], size[1], 24, n, 7);
                SceneRenderer renderer = new SceneRenderer(size[0], size[1], 7);
                long t0 = System.nanoTime();
                long checksum = 0;
                while (sim.hasNext()) {
                    checksum += renderer.render(sim.next()).rgb()[0];
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                if (checksum == 42) {
                    // keeps the JIT from discarding the frames
                    System.out.print("");
                }
            }
            System.out.printf(Locale.ROOT, "%dx%d: %d frames, %.1f frames/s, %.2f ns/pixel%n", size[0], size[1], n, n / best,
                    best * 1e9 / ((double) n * size[0] * size[1]));
        }
    }
}
