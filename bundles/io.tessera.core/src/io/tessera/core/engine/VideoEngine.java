package io.tessera.core.engine;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A contribution to {@code io.tessera.core.engines}. Implementations must be deterministic: the same request
 * (including its seed) gives the same frames. They check {@code monitor.isCanceled()} often and throw
 * {@link org.eclipse.core.runtime.OperationCanceledException} when it is set.
 */
public interface VideoEngine {

    /** Refuses a request the engine cannot honour, before any work starts; the message names the setting or words. */
    void validate(GenerationRequest request) throws InvalidRequestException;

    /** Streams the frames of the request into the sink, window by window. */
    void generate(GenerationRequest request, FrameSink sink, IProgressMonitor monitor) throws GenerationException;

    CostEstimate estimate(GenerationRequest request);

    /** Version of the engine and its model, recorded in provenance. */
    String version();

    /**
     * SHA-256 (hex) of the model weights this request would use, recorded in the provenance manifest; null for
     * engines without a model.
     */
    default String modelHash(GenerationRequest request) {
        return null;
    }

    /**
     * Null when the engine can be used as installed; else why not, in words for the user (for example a remote engine
     * that has no server configured). Lists show such an engine as unavailable, not as broken.
     */
    default String unavailableReason() {
        return null;
    }
}
