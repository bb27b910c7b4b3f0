package io.tessera.detection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.detect.Finding;

/** A report as JSON: what {@code tessera detect --json} prints, one object per file. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static ObjectNode of(DetectionReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", r.file().toString()); //$NON-NLS-1$
        o.put("sha256", r.sha256()); //$NON-NLS-1$
        o.put("verdict", r.verdict().label()); //$NON-NLS-1$
        o.put("score", r.score()); //$NON-NLS-1$
        ArrayNode reasons = o.putArray("reasons"); //$NON-NLS-1$
        r.reasons().forEach(reasons::add);
        o.put("width", r.width()).put("height", r.height()).put("fps", r.fps()).put("frames", r.frames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        o.put("created", r.created().toString()); //$NON-NLS-1$
        ArrayNode detectors = o.putArray("detectors"); //$NON-NLS-1$
        for (DetectorEvidence e : r.evidence()) {
            ObjectNode d = detectors.addObject();
            d.put("id", e.detectorId()).put("name", e.name()).put("weight", e.weight()).put("score", e.score()).put("seconds", e.seconds()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            if (e.failed()) {
                d.put("error", e.error()); //$NON-NLS-1$
                d.put("unavailable", e.unavailable()); //$NON-NLS-1$
            }
            ArrayNode findings = d.putArray("findings"); //$NON-NLS-1$
            for (Finding f : e.findings()) {
                ObjectNode j = findings.addObject();
                j.put("kind", f.kind()).put("score", f.score()).put("startFrame", f.startFrame()).put("endFrame", f.endFrame()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .put("message", f.message()); //$NON-NLS-1$
                if (f.region() != null) {
                    j.putObject("region").put("x", f.region().x()).put("y", f.region().y()).put("width", f.region().width()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            .put("height", f.region().height()); //$NON-NLS-1$
                }
            }
        }
        return o;
    }
}
