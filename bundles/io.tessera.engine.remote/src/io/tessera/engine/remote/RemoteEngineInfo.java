package io.tessera.engine.remote;

import java.util.List;

import io.tessera.core.engine.EngineLimits;

/**
 * An engine a Tessera server offers, as {@code GET /v1/engines} describes it.
 *
 * @param id the server's engine id (scene, dit, ...)
 * @param name its display name
 * @param version engine and model version, as the server's provenance records it
 * @param capabilities capability ids (t2v, t2i, ...)
 * @param limits what the server's engine accepts
 * @param isDefault whether the server uses it when a job names no engine
 */
public record RemoteEngineInfo(String id, String name, String version, List<String> capabilities, EngineLimits limits, boolean isDefault) {

    public RemoteEngineInfo {
        capabilities = List.copyOf(capabilities);
    }

    /** One line for people: {@code scene (Scene animatic) t2v t2i, up to 60 s, 3840x2160, 1-60 fps}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s (%s) %s, up to %.0f s, %dx%d, %d-%d fps", id, name, String.join(" ", capabilities), //$NON-NLS-1$ //$NON-NLS-2$
                limits.maxSeconds(), limits.maxWidth(), limits.maxHeight(), limits.minFps(), limits.maxFps());
    }
}
