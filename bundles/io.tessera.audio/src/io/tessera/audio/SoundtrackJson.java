package io.tessera.audio;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.audio.analysis.Impact;
import io.tessera.audio.analysis.SceneAnalysis;
import io.tessera.audio.analysis.ShotInfo;
import io.tessera.audio.analysis.Track;

/** The side files of a sound track: what the analysis found and placed ({@code sound.json}), and mouth envelopes. */
public final class SoundtrackJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SoundtrackJson() {
    }

    public static byte[] describe(Soundtrack s) {
        SceneAnalysis a = s.analysis();
        ObjectNode root = JSON.createObjectNode();
        root.put("sampleRate", s.sampleRate()).put("seconds", s.frames() / (double) s.sampleRate()).put("fps", a.fps()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        root.putObject("loudness").put("integratedLufs", round(s.loudness().integratedLufs())) //$NON-NLS-1$ //$NON-NLS-2$
                .put("truePeakDbtp", round(s.loudness().truePeakDbtp())).put("gainDb", round(s.loudness().gainDb())); //$NON-NLS-1$ //$NON-NLS-2$
        ArrayNode shots = root.putArray("shots"); //$NON-NLS-1$
        for (ShotInfo shot : a.shots()) {
            shots.addObject().put("firstFrame", shot.firstFrame()).put("lastFrame", shot.lastFrame()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("ambience", s.settings().get(shot.index())); //$NON-NLS-1$
        }
        ArrayNode objects = root.putArray("objects"); //$NON-NLS-1$
        for (Track t : a.tracks()) {
            objects.addObject().put("id", t.id()).put("firstFrame", t.firstFrame()).put("lastFrame", t.lastFrame()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("colour", String.format("#%06X", t.rgb())).put("size", round(t.meanSize())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        ArrayNode impacts = root.putArray("impacts"); //$NON-NLS-1$
        for (Impact i : a.impacts()) {
            impacts.addObject().put("frame", i.frame()).put("seconds", round(i.seconds(a.fps()))) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT)).put("x", round(i.x())).put("y", round(i.y())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("speed", round(i.speed())).put("object", i.first()).put("other", i.second()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        ArrayNode lines = root.putArray("dialogue"); //$NON-NLS-1$
        for (Soundtrack.PlacedLine l : s.lines()) {
            lines.addObject().put("speaker", l.speaker()).put("text", l.text()).put("start", round(l.startSeconds())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("end", round(l.endSeconds())).put("object", l.track()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ArrayNode warnings = root.putArray("warnings"); //$NON-NLS-1$
        s.warnings().forEach(warnings::add);
        return bytes(root);
    }

    /** Mouth-open values per video frame and speaker: {"fps": 24, "speakers": {"red circle": [0, 0.4, ...]}}. */
    public static byte[] mouths(Map<String, float[]> mouths, double fps) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fps", fps); //$NON-NLS-1$
        ObjectNode speakers = root.putObject("speakers"); //$NON-NLS-1$
        for (Map.Entry<String, float[]> e : mouths.entrySet()) {
            ArrayNode values = speakers.putArray(e.getKey());
            for (float v : e.getValue()) {
                values.add(Math.round(v * 1000) / 1000.0);
            }
        }
        return bytes(root);
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }
}
