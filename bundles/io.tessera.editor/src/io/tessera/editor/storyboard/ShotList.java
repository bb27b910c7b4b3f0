package io.tessera.editor.storyboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.tessera.model.Shot;

/**
 * A shot list people edit by hand, as JSON or YAML: {@code shots:} a list of {@code id, text, prompt, seconds, seed,
 * engine, reference}. Only {@code prompt} is required; a missing id is {@code shot-NN} by position, missing seconds
 * come from the text's reading time, a missing seed from the film seed and the id, a missing engine from the
 * settings. Reading checks every shot and gives the same model objects the planner makes; a bad list is refused with
 * a message naming the shot and the field.
 */
public final class ShotList {
    /** The two notations. */
    public enum Format {
        JSON, YAML;

        /** The format a file name says (.json, .yaml, .yml), or null. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".json")) { //$NON-NLS-1$
                return JSON;
            }
            if (n.endsWith(".yaml") || n.endsWith(".yml")) { //$NON-NLS-1$ //$NON-NLS-2$
                return YAML;
            }
            return null;
        }
    }

    public static final Set<String> FIELDS = Set.of("id", "text", "prompt", "seconds", "seed", "engine", "reference"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final String FIELD_LIST = "id, text, prompt, seconds, seed, engine, reference"; //$NON-NLS-1$

    private ShotList() {
    }

    private static ObjectMapper mapper(Format f) {
        ObjectMapper m = f == Format.YAML
                ? new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
                : new ObjectMapper();
        return m.enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The shots as a shot list. */
    public static String write(List<Shot> shots, Format format) {
        ObjectMapper m = mapper(format);
        ObjectNode root = m.createObjectNode();
        ArrayNode list = root.putArray("shots"); //$NON-NLS-1$
        for (Shot s : shots) {
            ObjectNode o = list.addObject();
            o.put("id", s.getId()); //$NON-NLS-1$
            if (s.getText() != null) {
                o.put("text", s.getText()); //$NON-NLS-1$
            }
            o.put("prompt", s.getPrompt()); //$NON-NLS-1$
            o.put("seconds", s.getSettings().getSeconds()); //$NON-NLS-1$
            o.put("seed", s.getSettings().getSeed()); //$NON-NLS-1$
            o.put("engine", s.getSettings().getEngineId()); //$NON-NLS-1$
            if (s.getReferenceShot() != null) {
                o.put("reference", s.getReferenceShot().getId()); //$NON-NLS-1$
            }
        }
        try {
            return m.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a shot list: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** Writes the shots to {@code file}, in the format its name says (YAML unless it ends in .json). */
    public static void write(List<Shot> shots, Path file) throws IOException {
        Format f = Format.of(file);
        Path abs = file.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(tmp, write(shots, f == null ? Format.YAML : f), StandardCharsets.UTF_8);
        Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a shot list file (.json, .yaml or .yml). */
    public static List<Shot> read(Path file, StoryboardSettings settings) throws ShotListException {
        Format f = Format.of(file);
        if (f == null) {
            throw new ShotListException(file + ": not a shot list (the name must end in .json, .yaml or .yml)"); //$NON-NLS-1$
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ShotListException(file + ": no such file", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new ShotListException(file + ": cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        try {
            return read(content, f, settings);
        } catch (ShotListException e) {
            throw new ShotListException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** Reads a shot list; the settings give fps, size, sampling and the defaults. */
    public static List<Shot> read(String content, Format format, StoryboardSettings settings) throws ShotListException {
        if (content == null || content.isBlank()) {
            throw new ShotListException("the shot list is empty"); //$NON-NLS-1$
        }
        JsonNode root;
        try {
            root = mapper(format).readTree(content);
        } catch (JsonProcessingException e) {
            throw new ShotListException("not valid " + format + ": " + e.getOriginalMessage() //$NON-NLS-1$ //$NON-NLS-2$
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        JsonNode list = root;
        if (root != null && root.isObject()) {
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!name.equals("shots")) { //$NON-NLS-1$
                    throw new ShotListException("unknown field '" + name + "' at the top of the shot list (it holds only 'shots')"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            list = root.get("shots"); //$NON-NLS-1$
        }
        if (list == null || !list.isArray()) {
            throw new ShotListException("a shot list is a list of shots, or an object with a 'shots' list"); //$NON-NLS-1$
        }
        if (list.isEmpty()) {
            throw new ShotListException("the shot list has no shots"); //$NON-NLS-1$
        }
        List<Shot> shots = new ArrayList<>();
        Map<String, Shot> byId = new LinkedHashMap<>();
        Map<Shot, String> references = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = "shot " + (i + 1); //$NON-NLS-1$
            if (!n.isObject()) {
                throw new ShotListException(where + ": a shot is an object with the fields " + FIELD_LIST); //$NON-NLS-1$
            }
            String id = text(n, "id", where); //$NON-NLS-1$
            if (id != null) {
                if (id.isBlank()) {
                    throw new ShotListException(where + ": field 'id' is empty"); //$NON-NLS-1$
                }
                where = "shot '" + id + "'"; //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                id = String.format("shot-%02d", i + 1); //$NON-NLS-1$
            }
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!FIELDS.contains(name)) {
                    throw new ShotListException(where + ": unknown field '" + name + "' (a shot has " + FIELD_LIST + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            if (byId.containsKey(id)) {
                throw new ShotListException(where + ": field 'id': '" + id + "' is used by an earlier shot too"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String prompt = text(n, "prompt", where); //$NON-NLS-1$
            if (prompt == null || prompt.isBlank()) {
                throw new ShotListException(where + ": field 'prompt' is missing or empty"); //$NON-NLS-1$
            }
            String text = text(n, "text", where); //$NON-NLS-1$
            double seconds;
            JsonNode sec = n.get("seconds"); //$NON-NLS-1$
            if (sec == null || sec.isNull()) {
                seconds = settings.shotSeconds(text == null ? 0 : StoryboardPlanner.words(text));
            } else {
                if (!sec.isNumber()) {
                    throw new ShotListException(where + ": field 'seconds' must be a number, got " + sec); //$NON-NLS-1$
                }
                double s = sec.asDouble();
                if (!(s > 0 && s <= 60)) {
                    throw new ShotListException(where + ": field 'seconds' must be in (0, 60], got " + sec.asText()); //$NON-NLS-1$
                }
                seconds = Math.min(60, settings.frames(s) / (double) settings.fps());
            }
            long seed;
            JsonNode sd = n.get("seed"); //$NON-NLS-1$
            if (sd == null || sd.isNull()) {
                seed = StoryboardPlanner.seed(settings.filmSeed(), id);
            } else {
                if (!sd.isIntegralNumber() || !sd.canConvertToLong() || sd.asLong() < 0) {
                    throw new ShotListException(where + ": field 'seed' must be a whole number >= 0, got " + sd); //$NON-NLS-1$
                }
                seed = sd.asLong();
            }
            String engine = text(n, "engine", where); //$NON-NLS-1$
            if (engine != null && engine.isBlank()) {
                throw new ShotListException(where + ": field 'engine' is empty"); //$NON-NLS-1$
            }
            Shot shot = StoryboardPlanner.shot(id, text, prompt, seconds, seed, engine == null ? settings.engineId() : engine, settings);
            String ref = text(n, "reference", where); //$NON-NLS-1$
            if (ref != null) {
                references.put(shot, ref);
            }
            byId.put(id, shot);
            shots.add(shot);
        }
        for (Shot s : shots) {
            String ref = references.get(s);
            if (ref == null) {
                continue;
            }
            Shot target = byId.get(ref);
            if (target == null) {
                throw new ShotListException("shot '" + s.getId() + "': field 'reference': there is no shot '" + ref + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (target == s) {
                throw new ShotListException("shot '" + s.getId() + "': field 'reference' names the shot itself"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            s.setReferenceShot(target);
        }
        return shots;
    }

    private static String text(JsonNode n, String field, String where) throws ShotListException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            if (field.equals("id") && v.isIntegralNumber()) { //$NON-NLS-1$
                return v.asText();
            }
            throw new ShotListException(where + ": field '" + field + "' must be text, got " + v); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return v.asText();
    }
}
