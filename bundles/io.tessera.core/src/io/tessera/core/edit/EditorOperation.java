package io.tessera.core.edit;

import java.util.List;
import java.util.Map;

import io.tessera.media.VideoFrame;

/**
 * A contribution to {@code io.tessera.core.editorOperations}: an effect (one input) or a transition (two inputs)
 * applied frame by frame over a time range.
 */
public interface EditorOperation {

    /**
     * @param inputs one frame for an effect, the outgoing and incoming frames for a transition
     * @param progress position in the operation's time range, 0 .. 1
     * @param parameters the operation's declared parameters, as the user set them
     */
    VideoFrame apply(List<VideoFrame> inputs, double progress, Map<String, String> parameters);
}
