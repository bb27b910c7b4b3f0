package io.tessera.engine.scene;

import java.util.List;

/**
 * The ground truth of one frame.
 *
 * @param frame index in the clip
 * @param shot index of the shot this frame belongs to
 * @param shotSeconds time since the shot started
 * @param background the shot's background
 * @param objects the objects, as drawn
 * @param events what happened in this frame
 * @param panX horizontal camera offset in pixels
 * @param zoom camera zoom, 1 = none
 */
public record FrameState(int frame, int shot, double shotSeconds, Background background, List<ObjectState> objects,
        List<SceneEvent> events, double panX, double zoom) {
}
