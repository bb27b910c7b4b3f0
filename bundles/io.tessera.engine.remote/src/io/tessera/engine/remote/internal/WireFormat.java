package io.tessera.engine.remote.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.EngineCapability;
import io.tessera.core.engine.EngineLimits;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.registry.EngineDescriptor;
import io.tessera.core.watermark.Marking;
import io.tessera.engine.remote.RemoteEngineInfo;

/**
 * The JSON of the /v1 API, both ways, in one place so client and server cannot drift apart. A job is
 * {@code {"prompt", "seconds", "size": "WxH", "fps", "seed", "steps", "guidance", "engine", "options": {}, "watermark":
 * "all"|"invisible"|"none", "audio"}}; only prompt is required.
 */
public final class WireFormat {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> JOB_FIELDS = Set.of("prompt", "seconds", "size", "fps", "seed", "steps", "guidance", "engine", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "options", "watermark", "audio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private WireFormat() {
    }

    /** A job as the server parsed it. */
    public record Job(GenerationRequest request, String engine, Marking marking, boolean audio) {
    }

    public static ObjectNode job(GenerationRequest r, String engine, Marking marking, boolean audio) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("prompt", r.prompt()).put("seconds", r.seconds()).put("size", r.width() + "x" + r.height()).put("fps", r.fps()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .put("seed", r.seed()).put("steps", r.steps()).put("guidance", r.guidance()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (engine != null) {
            o.put("engine", engine); //$NON-NLS-1$
        }
        ObjectNode options = o.putObject("options"); //$NON-NLS-1$
        r.options().forEach(options::put);
        o.put("watermark", marking.visible() ? "all" : marking.invisible() ? "invisible" : "none").put("audio", audio); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        return o;
    }

    /** Parses a job; anything wrong is a 400 naming the field. */
    public static Job job(JsonNode o) throws WireError {
        if (o == null || !o.isObject()) {
            throw WireError.badRequest(null, "the body must be a JSON object"); //$NON-NLS-1$
        }
        for (Iterator<String> names = o.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!JOB_FIELDS.contains(name)) {
                throw WireError.badRequest(name, "unknown field '" + name + "'; known: " + String.join(", ", new java.util.TreeSet<>(JOB_FIELDS))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        JsonNode prompt = o.get("prompt"); //$NON-NLS-1$
        if (prompt == null || !prompt.isTextual() || prompt.asText().isBlank()) {
            throw WireError.badRequest("prompt", "prompt must be a non-empty string"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        GenerationRequest.Builder b = GenerationRequest.builder(prompt.asText());
        b.seconds(number(o, "seconds", 4, 0)); //$NON-NLS-1$
        b.fps((int) integer(o, "fps", 24, 1)); //$NON-NLS-1$
        b.seed(integer(o, "seed", 0, 0)); //$NON-NLS-1$
        b.steps((int) integer(o, "steps", 20, 1)); //$NON-NLS-1$
        b.guidance(number(o, "guidance", 4.0, 0)); //$NON-NLS-1$
        String size = text(o, "size", "256x256"); //$NON-NLS-1$ //$NON-NLS-2$
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x"); //$NON-NLS-1$
        try {
            if (wh.length != 2) {
                throw new NumberFormatException();
            }
            b.size(Integer.parseInt(wh[0].trim()), Integer.parseInt(wh[1].trim()));
        } catch (NumberFormatException e) {
            throw WireError.badRequest("size", "size '" + size + "' is not like 1280x720"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        JsonNode options = o.get("options"); //$NON-NLS-1$
        if (options != null && !options.isNull()) {
            if (!options.isObject()) {
                throw WireError.badRequest("options", "options must be an object of strings"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode()) {
                    throw WireError.badRequest("options." + e.getKey(), "option '" + e.getKey() + "' must be a string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                b.option(e.getKey(), e.getValue().asText());
            }
        }
        String watermark = text(o, "watermark", "all"); //$NON-NLS-1$ //$NON-NLS-2$
        Marking marking = switch (watermark) {
            case "all" -> Marking.ALL; //$NON-NLS-1$
            case "invisible" -> new Marking(true, false); //$NON-NLS-1$
            case "none" -> Marking.NONE; //$NON-NLS-1$
            default -> throw WireError.badRequest("watermark", "watermark '" + watermark + "' is not all, invisible or none"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
        JsonNode audio = o.get("audio"); //$NON-NLS-1$
        if (audio != null && !audio.isBoolean()) {
            throw WireError.badRequest("audio", "audio must be true or false"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String engine = o.hasNonNull("engine") ? text(o, "engine", null) : null; //$NON-NLS-1$ //$NON-NLS-2$
        return new Job(b.build(), engine, marking, audio == null || audio.asBoolean());
    }

    public static ObjectNode engine(EngineDescriptor d, String version, boolean isDefault) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("id", d.id()).put("name", d.name()).put("version", version).put("default", isDefault); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ArrayNode caps = e.putArray("capabilities"); //$NON-NLS-1$
        d.capabilities().forEach(c -> caps.add(c.id()));
        EngineLimits l = d.limits();
        e.putObject("limits").put("maxSeconds", l.maxSeconds()).put("minSize", l.minSize()).put("maxWidth", l.maxWidth()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .put("maxHeight", l.maxHeight()).put("minFps", l.minFps()).put("maxFps", l.maxFps()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return e;
    }

    public static List<RemoteEngineInfo> engines(JsonNode root) {
        List<RemoteEngineInfo> list = new ArrayList<>();
        for (JsonNode e : root.path("engines")) { //$NON-NLS-1$
            List<String> caps = new ArrayList<>();
            e.path("capabilities").forEach(c -> caps.add(c.asText())); //$NON-NLS-1$
            JsonNode l = e.path("limits"); //$NON-NLS-1$
            EngineLimits d = EngineLimits.DEFAULT;
            EngineLimits limits = new EngineLimits(l.path("maxSeconds").asDouble(d.maxSeconds()), l.path("minSize").asInt(d.minSize()), //$NON-NLS-1$ //$NON-NLS-2$
                    l.path("maxWidth").asInt(d.maxWidth()), l.path("maxHeight").asInt(d.maxHeight()), l.path("minFps").asInt(d.minFps()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    l.path("maxFps").asInt(d.maxFps())); //$NON-NLS-1$
            list.add(new RemoteEngineInfo(e.path("id").asText(), e.path("name").asText(), e.path("version").asText(), caps, limits, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    e.path("default").asBoolean())); //$NON-NLS-1$
        }
        return list;
    }

    /** Whether a remote engine with these capability ids can make what the request asks. */
    public static boolean can(RemoteEngineInfo info, EngineCapability capability) {
        return info.capabilities().contains(capability.id());
    }

    private static double number(JsonNode o, String field, double fallback, double min) throws WireError {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber() || !(n.asDouble() >= min) || Double.isInfinite(n.asDouble())) {
            throw WireError.badRequest(field, field + " must be a number >= " + min + ", got " + n); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return n.asDouble();
    }

    private static long integer(JsonNode o, String field, long fallback, long min) throws WireError {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || (!field.equals("seed") && n.asLong() > Integer.MAX_VALUE)) { //$NON-NLS-1$
            throw WireError.badRequest(field, field + " must be an integer >= " + min + ", got " + n); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return n.asLong();
    }

    private static String text(JsonNode o, String field, String fallback) throws WireError {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual()) {
            throw WireError.badRequest(field, field + " must be a string, got " + n); //$NON-NLS-1$
        }
        return n.asText();
    }
}
