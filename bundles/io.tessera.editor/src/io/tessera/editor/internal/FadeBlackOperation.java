package io.tessera.editor.internal;

import java.util.List;
import java.util.Map;

import io.tessera.core.edit.EditorOperation;
import io.tessera.media.VideoFrame;

/**
 * Through black: the first half takes the outgoing picture down to black, the second brings the incoming one up.
 * A fade out to black is the same with a black incoming picture, a fade in with a black outgoing one; then the
 * whole range is one fade. The renderer says which with the parameter {@value #SIDE}: out, in or through.
 */
public final class FadeBlackOperation implements EditorOperation {
    public static final String SIDE = "side"; //$NON-NLS-1$

    @Override
    public VideoFrame apply(List<VideoFrame> inputs, double progress, Map<String, String> parameters) {
        VideoFrame a = inputs.get(0);
        VideoFrame b = inputs.get(1);
        String side = parameters.getOrDefault(SIDE, "through"); //$NON-NLS-1$
        boolean outOnly = side.equals("out"); //$NON-NLS-1$
        boolean inOnly = side.equals("in"); //$NON-NLS-1$
        VideoFrame black = VideoFrame.blank(a.width(), a.height());
        if (outOnly) {
            return Blend.mix(a, black, progress);
        }
        if (inOnly) {
            return Blend.mix(black, b, progress);
        }
        return progress < 0.5 ? Blend.mix(a, black, progress * 2) : Blend.mix(black, b, progress * 2 - 1);
    }
}
