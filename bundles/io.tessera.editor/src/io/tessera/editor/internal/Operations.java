package io.tessera.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tessera.core.edit.EditorOperation;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.media.VideoFrame;

/**
 * The editor operations a render calls, found in the registry by id. Contributed code is foreign: when an
 * operation is missing, fails to load or throws, the render goes on without it (a transition becomes a
 * crossfade, an effect is left out), the contribution is marked broken, and a warning says so.
 */
public final class Operations {
    private final Map<String, Optional<ContributionDescriptor<EditorOperation>>> found = new HashMap<>();
    /** The first thing said about each operation: after it failed once, it is skipped without saying so again. */
    private final Map<String, String> warnings = new java.util.LinkedHashMap<>();
    private final EditorOperation crossfade = new CrossfadeOperation();

    public VideoFrame transition(String id, List<VideoFrame> inputs, double progress, Map<String, String> parameters) {
        VideoFrame out = call(id, inputs, progress, parameters, "transition"); //$NON-NLS-1$
        return out != null ? out : crossfade.apply(inputs, progress, parameters);
    }

    public VideoFrame effect(String id, VideoFrame input, double progress, Map<String, String> parameters) {
        VideoFrame out = call(id, List.of(input), progress, parameters, "effect"); //$NON-NLS-1$
        return out != null ? out : input;
    }

    private VideoFrame call(String id, List<VideoFrame> inputs, double progress, Map<String, String> parameters, String what) {
        Optional<ContributionDescriptor<EditorOperation>> d = found.computeIfAbsent(id, k -> Registries.editorOperations().find(k));
        if (d.isEmpty()) {
            warnings.putIfAbsent(id, what + " '" + id + "' is not installed; " + fallback(what)); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        Optional<EditorOperation> op = d.get().instance();
        if (op.isEmpty()) {
            warnings.putIfAbsent(id, what + " '" + id + "' could not be loaded (" + d.get().problem().map(s -> s.getMessage()).orElse("?") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "); " + fallback(what)); //$NON-NLS-1$
            return null;
        }
        try {
            VideoFrame out = op.get().apply(inputs, progress, parameters);
            VideoFrame first = inputs.get(0);
            if (out == null || out.width() != first.width() || out.height() != first.height()) {
                throw new IllegalStateException("returned " + (out == null ? "no frame" : out.width() + "x" + out.height() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " for a " + first.width() + "x" + first.height() + " input")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return out;
        } catch (RuntimeException | LinkageError e) {
            d.get().markBroken(e);
            warnings.putIfAbsent(id, what + " '" + id + "' from " + d.get().contributor() + " failed (" + e + "); " + fallback(what)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return null;
        }
    }

    private static String fallback(String what) {
        return what.equals("effect") ? "left out" : "drawn as a crossfade"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public List<String> warnings() {
        return new ArrayList<>(warnings.values());
    }

    /** key=value strings as a map; a string without '=' is a flag set to "true". */
    public static Map<String, String> parameters(List<String> pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq < 0) {
                m.put(p.trim(), "true"); //$NON-NLS-1$
            } else {
                m.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
