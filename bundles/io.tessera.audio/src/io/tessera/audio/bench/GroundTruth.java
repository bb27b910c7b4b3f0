package io.tessera.audio.bench;

import java.util.ArrayList;
import java.util.List;

import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.ObjectState;
import io.tessera.engine.scene.SceneEvent;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneSimulation;

/**
 * What the scene engine knows about a clip it renders: the frames of its collisions and where its objects are. The
 * bench compares sound against this; the sound itself never sees it.
 *
 * @param hits    frames of bounces, wall hits and collisions, in order (several per frame collapse into one)
 * @param firstX  per frame, x of the first object as a fraction of the width (NaN when there is none)
 * @param events  every event but cuts, for {@link MissDiagnosis} to say what kind of collision a miss was
 * @param states  per frame, the objects as drawn, for the same
 */
public record GroundTruth(List<Integer> hits, double[] firstX, List<SceneEvent> events, List<List<ObjectState>> states) {

    public static GroundTruth of(String prompt, int width, int height, int fps, int frames, long seed) throws SceneParseException {
        SceneSimulation sim = new SceneSimulation(SceneParser.parse(prompt), width, height, fps, frames, seed);
        List<Integer> hits = new ArrayList<>();
        List<SceneEvent> events = new ArrayList<>();
        List<List<ObjectState>> states = new ArrayList<>();
        double[] x = new double[frames];
        while (sim.hasNext()) {
            FrameState s = sim.next();
            for (SceneEvent e : s.events()) {
                if (e.kind() != SceneEvent.Kind.CUT && (hits.isEmpty() || hits.get(hits.size() - 1) != e.frame())) {
                    hits.add(e.frame());
                }
                if (e.kind() != SceneEvent.Kind.CUT) {
                    events.add(e);
                }
            }
            List<ObjectState> objects = s.objects();
            states.add(objects);
            x[s.frame()] = objects.isEmpty() ? Double.NaN : objects.get(0).x() / width;
        }
        return new GroundTruth(List.copyOf(hits), x, List.copyOf(events), List.copyOf(states));
    }

    /**
     * Hits grouped into collisions a listener can tell apart: hits closer than {@code gapSeconds} (a ball touching
     * twice in two frames, two walls at a corner) are one collision. Each group is {first, last} frame.
     */
    public List<int[]> collisions(double fps, double gapSeconds) {
        List<int[]> out = new ArrayList<>();
        for (int f : hits) {
            if (!out.isEmpty() && (f - out.get(out.size() - 1)[1]) / fps < gapSeconds) {
                out.get(out.size() - 1)[1] = f;
            } else {
                out.add(new int[] { f, f });
            }
        }
        return out;
    }
}
