package io.tessera.engine.scene;

/**
 * Something that happened at a frame: the ground truth the quality benchmark and the sound designer use.
 *
 * @param frame the frame index in the clip
 * @param kind what happened
 * @param first the object concerned (index into {@link FrameState#objects()}), -1 for none
 * @param second the other object of a collision, -1 otherwise
 */
public record SceneEvent(int frame, Kind kind, int first, int second) {

    public enum Kind {
        /** an object hit the floor */
        BOUNCE,
        /** an object hit a side wall or the ceiling */
        WALL,
        /** two objects touched */
        COLLISION,
        /** a new shot starts */
        CUT
    }
}
