package com.example.tessera.broken.internal;

import java.util.List;
import java.util.Map;

import io.tessera.core.edit.EditorOperation;
import io.tessera.media.VideoFrame;

/** Fails on every frame, as a buggy third-party effect would. */
public final class ThrowingEffect implements EditorOperation {
    @Override
    public VideoFrame apply(List<VideoFrame> inputs, double progress, Map<String, String> parameters) {
        throw new IllegalStateException("example effect failing on purpose"); //$NON-NLS-1$
    }
}
