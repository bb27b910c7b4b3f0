package io.tessera.editor.internal;

import java.util.List;
import java.util.Map;

import io.tessera.core.edit.EditorOperation;
import io.tessera.media.VideoFrame;

/** A dissolve: each pixel moves linearly from the outgoing to the incoming picture. */
public final class CrossfadeOperation implements EditorOperation {

    @Override
    public VideoFrame apply(List<VideoFrame> inputs, double progress, Map<String, String> parameters) {
        return Blend.mix(inputs.get(0), inputs.get(1), progress);
    }
}
