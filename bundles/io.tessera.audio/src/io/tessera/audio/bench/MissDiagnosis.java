package io.tessera.audio.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.audio.analysis.Impact;
import io.tessera.audio.analysis.SceneAnalysis;
import io.tessera.audio.analysis.SceneAnalyzer;
import io.tessera.audio.analysis.Track;
import io.tessera.engine.scene.ObjectState;
import io.tessera.engine.scene.SceneEvent;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * Why the bench missed what it missed, for whoever tunes the analysis (never for the generator, which must not see
 * the ground truth): each collision without a hit is told apart by where the chain broke — the pictures' analysis
 * found no impact, found one at the wrong time, or put one in time that the onset detector did not hear (and how
 * far the sound rose over what came before) — and tagged with what kind of collision it was. Each made-up onset is
 * told apart by whether the analysis put a hit there. The clip is analysed again from the file, exactly as the
 * generator did.
 */
final class MissDiagnosis {
    /** How far from a collision an analysed impact still counts as that collision's, found at the wrong time. */
    private static final double NEAR_SECONDS = 0.15;

    private final Map<String, Integer> causes = new TreeMap<>();
    private final Map<String, Integer> tags = new TreeMap<>();
    private final ArrayNode misses;
    private final ArrayNode timing;
    private final ArrayNode made;
    private final int width;
    private final int height;
    private final int fps;
    private final double tolerance;

    MissDiagnosis(ObjectMapper json, int width, int height, int fps, double toleranceSeconds) {
        this.misses = json.createArrayNode();
        this.timing = json.createArrayNode();
        this.made = json.createArrayNode();
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.tolerance = toleranceSeconds;
    }

    /**
     * Looks at one clip: {@code groups} as the bench counted them, {@code heard} every onset (any may answer for a
     * collision), {@code onsets} those inside the frames counted (which alone can be false).
     */
    void clip(Path file, String prompt, GroundTruth truth, List<int[]> groups, List<int[]> allGroups, List<Double> heard, List<Double> onsets, float[] mono,
            int rate)
            throws IOException {
        SceneAnalysis analysis = analyse(file);
        double[] energy = OnsetDetector.energies(mono, rate);
        double peak = 0;
        for (double e : energy) {
            peak = Math.max(peak, e);
        }
        for (int[] g : groups) {
            // how the analysis timed each collision, found or not, in frames after its first frame
            for (Impact i : analysis.impacts()) {
                if (Math.abs(i.at() - g[0]) <= 3) {
                    timing.add(Math.round((i.at() - g[0]) * 10) / 10.0);
                }
            }
            double a = g[0] / (double) fps;
            double b = g[1] / (double) fps;
            if (heard.stream().anyMatch(t -> t >= a - tolerance && t <= b + tolerance)) {
                continue;
            }
            ObjectNode m = misses.addObject().put("file", file.getFileName().toString()).put("prompt", prompt).put("frames", g[0] + "-" + g[1]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List<String> tagList = describe(truth, g, allGroups, analysis);
            Impact nearest = null;
            double offset = Double.POSITIVE_INFINITY;
            for (Impact i : analysis.impacts()) {
                double t = i.seconds(fps);
                double d = t < a ? t - a : t > b ? t - b : 0;
                if (Math.abs(d) < Math.abs(offset)) {
                    offset = d;
                    nearest = i;
                }
            }
            String cause;
            if (nearest != null && Math.abs(offset) <= tolerance) {
                cause = "impact in time, onset not heard"; //$NON-NLS-1$
                int w = (int) Math.round(nearest.seconds(fps) / 0.002);
                double after = mean(energy, w, w + 3);
                double before = mean(energy, w - 15, w);
                double rise = 10 * Math.log10(Math.max(1e-20, after) / Math.max(1e-20, before));
                double level = 10 * Math.log10(Math.max(1e-20, after) / Math.max(1e-20, peak));
                m.put("riseDb", round(rise)).put("levelDb", round(level)); //$NON-NLS-1$ //$NON-NLS-2$
                double start = nearest.seconds(fps);
                boolean gap = heard.stream().anyMatch(t -> t < start && t > start - 0.05);
                tagList.add(gap ? "within 50 ms of an onset before" : rise < OnsetDetector.RISE_DB ? "masked (rise under 6 dB)" //$NON-NLS-1$ //$NON-NLS-2$
                        : level < -OnsetDetector.RANGE_DB ? "too quiet (30 dB under the loudest)" : "rise outside the window"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (nearest != null && Math.abs(offset) <= NEAR_SECONDS) {
                cause = offset < 0 ? "impact too early" : "impact too late"; //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                cause = "no impact found"; //$NON-NLS-1$
            }
            if (nearest != null && Math.abs(offset) <= NEAR_SECONDS) {
                m.put("impactOffsetMs", round(offset * 1000)).put("impactKind", nearest.kind().name()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            m.put("cause", cause); //$NON-NLS-1$
            // what was around it, both ways, for reading one case
            ArrayNode around = m.putArray("impactsAround"); //$NON-NLS-1$
            for (Impact i : analysis.impacts()) {
                if (Math.abs(i.at() - g[0]) <= 6) {
                    around.add(String.format(java.util.Locale.ROOT, "%.2f %s x%.2f y%.2f v%.2f", i.at(), i.kind(), i.x(), i.y(), i.speed())); //$NON-NLS-1$
                }
            }
            ArrayNode truthAround = m.putArray("truthAround"); //$NON-NLS-1$
            for (SceneEvent e : truth.events()) {
                if (Math.abs(e.frame() - g[0]) <= 6) {
                    ObjectState o = truth.states().get(e.frame()).get(e.first());
                    truthAround.add(String.format(java.util.Locale.ROOT, "%d %s %d/%d x%.2f y%.2f r%.1f", e.frame(), e.kind(), e.first(), e.second(), o.x() / width, //$NON-NLS-1$
                            o.y() / height, o.radius()));
                }
            }
            ArrayNode t = m.putArray("tags"); //$NON-NLS-1$
            tagList.forEach(t::add);
            causes.merge(cause, 1, Integer::sum);
            for (String tag : tagList) {
                tags.merge(cause + " / " + tag, 1, Integer::sum); //$NON-NLS-1$
            }
        }
        for (double t : onsets) {
            boolean near = groups.stream().anyMatch(g -> t >= g[0] / (double) fps - AudioBench.FALSE_ONSET_SECONDS && t <= g[1] / (double) fps + AudioBench.FALSE_ONSET_SECONDS);
            if (near) {
                continue;
            }
            Impact nearest = null;
            for (Impact i : analysis.impacts()) {
                if (nearest == null || Math.abs(i.seconds(fps) - t) < Math.abs(nearest.seconds(fps) - t)) {
                    nearest = i;
                }
            }
            boolean ours = nearest != null && Math.abs(nearest.seconds(fps) - t) <= tolerance;
            boolean excluded = allGroups.stream().anyMatch(g -> t >= g[0] / (double) fps - AudioBench.FALSE_ONSET_SECONDS && t <= g[1] / (double) fps + AudioBench.FALSE_ONSET_SECONDS);
            String cause = ours ? "false: analysis made up a " + nearest.kind().name() + (excluded ? " (next to an edge-frame collision)" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : "false: onset without an impact"; //$NON-NLS-1$
            made.addObject().put("file", file.getFileName().toString()).put("prompt", prompt).put("seconds", round(t)).put("cause", cause); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            causes.merge(cause, 1, Integer::sum);
        }
    }

    /** What kind of collision the group was, and what about it might be hard to see. */
    private List<String> describe(GroundTruth truth, int[] g, List<int[]> allGroups, SceneAnalysis analysis) {
        List<String> out = new ArrayList<>();
        List<SceneEvent> events = truth.events().stream().filter(e -> e.frame() >= g[0] && e.frame() <= g[1]).toList();
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        java.util.Set<Integer> objects = new java.util.TreeSet<>();
        for (SceneEvent e : events) {
            kinds.add(e.kind().name());
            objects.add(e.first());
            if (e.second() >= 0) {
                objects.add(e.second());
            }
        }
        out.add("kind " + String.join("+", kinds)); //$NON-NLS-1$ //$NON-NLS-2$
        List<ObjectState> now = truth.states().get(g[0]);
        out.add(now.size() + " objects"); //$NON-NLS-1$
        // touching or overlapping another object (their regions are one) at the frame of the hit
        for (int o : objects) {
            ObjectState s = now.get(o);
            boolean fused = false;
            for (int k = 0; k < now.size(); k++) {
                ObjectState n = now.get(k);
                if (k != o && Math.hypot(s.x() - n.x(), s.y() - n.y()) < 1.4 * (s.radius() + n.radius()) + 3) {
                    fused = true;
                }
            }
            if (fused && !kinds.equals(java.util.Set.of("COLLISION"))) { //$NON-NLS-1$
                out.add("against a wall while next to another object"); //$NON-NLS-1$
            }
            if (s.radius() < 0.06 * Math.min(width, height)) {
                out.add("small object"); //$NON-NLS-1$
            }
            if (g[0] >= 1) {
                ObjectState p = truth.states().get(g[0] - 1).get(o);
                double v = Math.hypot(s.x() - p.x(), s.y() - p.y());
                if (v < 1.5) {
                    out.add("slow (under 1.5 px a frame)"); //$NON-NLS-1$
                }
            }
            if (!tracked(analysis, s, g[0])) {
                out.add("object not tracked at the hit"); //$NON-NLS-1$
            }
        }
        if (kinds.contains("COLLISION")) { //$NON-NLS-1$
            // were the two already touching in the frames before (fused regions, touching again after a bounce)?
            SceneEvent c = events.stream().filter(e -> e.kind() == SceneEvent.Kind.COLLISION).findFirst().orElseThrow();
            int near = 0;
            for (int f = Math.max(0, g[0] - 6); f < g[0]; f++) {
                ObjectState a = truth.states().get(f).get(c.first());
                ObjectState b = truth.states().get(f).get(c.second());
                if (Math.hypot(a.x() - b.x(), a.y() - b.y()) < 1.4 * (a.radius() + b.radius()) + 3) {
                    near++;
                }
            }
            if (near >= 2) {
                out.add("pair close together in the frames before"); //$NON-NLS-1$
            }
        }
        int index = allGroups.indexOf(allGroups.stream().filter(x -> x[0] == g[0]).findFirst().orElse(null));
        if (index > 0 && (g[0] - allGroups.get(index - 1)[1]) / (double) fps < 0.2) {
            out.add("under 200 ms after another collision"); //$NON-NLS-1$
        }
        if (index >= 0 && index + 1 < allGroups.size() && (allGroups.get(index + 1)[0] - g[1]) / (double) fps < 0.2) {
            out.add("under 200 ms before another collision"); //$NON-NLS-1$
        }
        return out;
    }

    /** Whether some analysed track is where the object is at that frame. */
    private boolean tracked(SceneAnalysis analysis, ObjectState s, int frame) {
        for (Track t : analysis.tracks()) {
            if (t.covers(frame)) {
                int k = t.at(frame);
                double dx = t.x()[k] * width - s.x();
                double dy = t.y()[k] * height - s.y();
                if (Math.hypot(dx, dy) < 1.5 * s.radius() + 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static SceneAnalysis analyse(Path file) throws IOException {
        try (Mp4VideoReader r = Mp4VideoReader.open(file)) {
            SceneAnalyzer analyzer = new SceneAnalyzer(Math.max(1, Math.round(r.info().fps())));
            for (VideoFrame f; (f = r.nextFrame()) != null;) {
                analyzer.accept(f);
            }
            return analyzer.finish();
        }
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(v.length, to); i++) {
            s += v[i];
            n++;
        }
        return s / Math.max(1, n);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    ObjectNode report(ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        ObjectNode c = out.putObject("causes"); //$NON-NLS-1$
        causes.forEach(c::put);
        ObjectNode t = out.putObject("tags"); //$NON-NLS-1$
        tags.forEach(t::put);
        out.set("misses", misses); //$NON-NLS-1$
        out.set("timing", timing); //$NON-NLS-1$
        out.set("falseOnsets", made); //$NON-NLS-1$
        return out;
    }
}
