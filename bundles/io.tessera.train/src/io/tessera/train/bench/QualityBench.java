package io.tessera.train.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.engine.scene.Motion;

/**
 * Tessera-Bench prompt adherence: a clip's analysis scored against what its prompt asks for, attribute by attribute.
 * Count, colour, shape and motion are scored per object group of the prompt; background and temporal consistency
 * per clip. Motions other than the four straight ones are not scored (their direction is not defined).
 */
public final class QualityBench {
    public static final List<String> ATTRIBUTES = List.of("count", "colour", "shape", "motion", "background", "consistency"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    /** The attributes whose mean is the prompt-adherence figure. */
    public static final List<String> ADHERENCE = List.of("count", "colour", "shape", "motion", "background"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final Map<String, BackgroundClassifier> backgrounds = new LinkedHashMap<>();

    /** One clip's result: attribute → [right, asked], and what was seen, for the report. */
    public record ClipScore(String clip, String prompt, Map<String, int[]> attributes, List<String> notes) {

        double adherence() {
            int right = 0;
            int asked = 0;
            for (String a : ADHERENCE) {
                int[] v = attributes.get(a);
                right += v[0];
                asked += v[1];
            }
            return asked == 0 ? 1 : (double) right / asked;
        }
    }

    public ClipScore score(String clip, BenchPrompt prompt, ClipAnalysis a) {
        Map<String, int[]> s = new LinkedHashMap<>();
        for (String attr : ATTRIBUTES) {
            s.put(attr, new int[2]);
        }
        List<String> notes = new ArrayList<>();
        List<ClipAnalysis.Track> unclaimed = new ArrayList<>(a.objects());
        List<ClipAnalysis.Track> claimed = new ArrayList<>();
        for (BenchPrompt.Group g : prompt.groups()) {
            List<ClipAnalysis.Track> mine = new ArrayList<>();
            for (ClipAnalysis.Track t : unclaimed) {
                if (t.colour() == g.rgb()) {
                    mine.add(t);
                }
            }
            unclaimed.removeAll(mine);
            claimed.addAll(mine);
            add(s, "colour", !mine.isEmpty()); //$NON-NLS-1$
            int seen = a.count(g.rgb());
            add(s, "count", seen == g.count()); //$NON-NLS-1$
            String seenShape = mine.isEmpty() ? "none" : ClipAnalysis.majority(mine.stream().map(t -> t.shape().name()).toList()); //$NON-NLS-1$
            add(s, "shape", seenShape.equals(g.shape().name())); //$NON-NLS-1$
            String seenMotion = "none"; //$NON-NLS-1$
            if (isStraight(g.motion())) {
                seenMotion = mine.isEmpty() ? "none" : ClipAnalysis.majority(mine.stream().map(t -> direction(t, a)).toList()); //$NON-NLS-1$
                add(s, "motion", seenMotion.equals(g.motion().name())); //$NON-NLS-1$
            }
            notes.add(String.format(Locale.ROOT, "%d %s %s %s: saw %d (%d tracked), shape %s, motion %s", g.count(), g.colourName(), //$NON-NLS-1$
                    g.shape().name().toLowerCase(Locale.ROOT), g.motion() == null ? "-" : g.motion().name().toLowerCase(Locale.ROOT), seen, mine.size(), //$NON-NLS-1$
                    seenShape.toLowerCase(Locale.ROOT), seenMotion.toLowerCase(Locale.ROOT)));
        }
        String bg = backgrounds.computeIfAbsent(a.width() + "x" + a.height(), k -> new BackgroundClassifier(a.width(), a.height())) //$NON-NLS-1$
                .classify(a.background(), a.width(), a.height());
        add(s, "background", bg.equals(prompt.backgroundName())); //$NON-NLS-1$
        notes.add("background: asked " + prompt.backgroundName() + ", saw " + bg); //$NON-NLS-1$ //$NON-NLS-2$
        boolean steady = a.flicker() < 6;
        StringBuilder unsteady = new StringBuilder();
        // the asked-for objects keep their colour and size; pieces of a track broken by a crossing are not objects
        for (ClipAnalysis.Track t : claimed) {
            double[] st = a.steadiness(t);
            if (st[0] < 0.85 || st[1] > 0.25) {
                steady = false;
                unsteady.append(String.format(Locale.ROOT, " [%s: colour kept %.2f, odd sizes %.2f]", Palette.name(t.colour()), st[0], st[1])); //$NON-NLS-1$
            }
        }
        add(s, "consistency", steady); //$NON-NLS-1$
        notes.add(String.format(Locale.ROOT, "background flicker %.2f, %d objects tracked, %d not asked for%s", a.flicker(), a.objects().size(), //$NON-NLS-1$
                unclaimed.size(), unsteady));
        return new ClipScore(clip, prompt.text(), s, notes);
    }

    private static boolean isStraight(Motion m) {
        return m == Motion.LEFT || m == Motion.RIGHT || m == Motion.UP || m == Motion.DOWN;
    }

    /** Direction of the first ~3 s of a track (later it may have met a wall), or STILL under a 16th of the frame. */
    private static String direction(ClipAnalysis.Track t, ClipAnalysis a) {
        double[] d = t.displacement(24);
        double min = Math.max(a.width(), a.height()) / 16.0;
        if (Math.hypot(d[0], d[1]) < min) {
            return Motion.STILL.name();
        }
        if (Math.abs(d[0]) >= Math.abs(d[1])) {
            return d[0] > 0 ? Motion.RIGHT.name() : Motion.LEFT.name();
        }
        return d[1] > 0 ? Motion.DOWN.name() : Motion.UP.name();
    }

    private static void add(Map<String, int[]> s, String attr, boolean right) {
        int[] v = s.get(attr);
        v[0] += right ? 1 : 0;
        v[1]++;
    }

    /** Per-attribute accuracy over many clips, with the overall prompt adherence. */
    public record Report(List<ClipScore> clips, Map<String, int[]> totals, Boolean reproducible) {

        public static Report of(List<ClipScore> clips, Boolean reproducible) {
            Map<String, int[]> t = new LinkedHashMap<>();
            for (String a : ATTRIBUTES) {
                t.put(a, new int[2]);
            }
            for (ClipScore c : clips) {
                for (String a : ATTRIBUTES) {
                    t.get(a)[0] += c.attributes().get(a)[0];
                    t.get(a)[1] += c.attributes().get(a)[1];
                }
            }
            return new Report(clips, t, reproducible);
        }

        public double accuracy(String attribute) {
            int[] v = totals.get(attribute);
            return v[1] == 0 ? Double.NaN : (double) v[0] / v[1];
        }

        /** Mean of the adherence attributes' accuracies. */
        public double adherence() {
            return ADHERENCE.stream().mapToDouble(this::accuracy).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
        }

        /** Right answers over all attributes asked, adherence and consistency alike. */
        public double allAttributes() {
            int right = 0;
            int asked = 0;
            for (int[] v : totals.values()) {
                right += v[0];
                asked += v[1];
            }
            return asked == 0 ? Double.NaN : (double) right / asked;
        }

        public ObjectNode toJson(ObjectMapper json) {
            ObjectNode root = json.createObjectNode();
            root.put("clips", clips.size()).put("adherence", adherence()).put("allAttributes", allAttributes()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (reproducible != null) {
                root.put("reproducible", reproducible); //$NON-NLS-1$
            }
            ObjectNode attrs = root.putObject("attributes"); //$NON-NLS-1$
            for (String a : ATTRIBUTES) {
                attrs.putObject(a).put("right", totals.get(a)[0]).put("asked", totals.get(a)[1]).put("accuracy", accuracy(a)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            ArrayNode list = root.putArray("results"); //$NON-NLS-1$
            for (ClipScore c : clips) {
                ObjectNode o = list.addObject().put("clip", c.clip()).put("prompt", c.prompt()).put("adherence", c.adherence()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ObjectNode at = o.putObject("attributes"); //$NON-NLS-1$
                c.attributes().forEach((k, v) -> at.putArray(k).add(v[0]).add(v[1]));
                ArrayNode n = o.putArray("seen"); //$NON-NLS-1$
                c.notes().forEach(n::add);
            }
            return root;
        }

        public String toTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-12s %7s %7s %9s%n", "attribute", "right", "asked", "accuracy")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            for (String a : ATTRIBUTES) {
                int[] v = totals.get(a);
                b.append(String.format(Locale.ROOT, "%-12s %7d %7d %8.1f%%%n", a, v[0], v[1], 100 * accuracy(a))); //$NON-NLS-1$
            }
            b.append(String.format(Locale.ROOT, "%-12s %25.1f%%%n", "adherence", 100 * adherence())); //$NON-NLS-1$ //$NON-NLS-2$
            if (reproducible != null) {
                b.append(String.format(Locale.ROOT, "%-12s %26s%n", "reproducible", reproducible ? "yes" : "NO")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            return b.toString();
        }
    }
}
