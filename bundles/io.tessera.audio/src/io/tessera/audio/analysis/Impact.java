package io.tessera.audio.analysis;

/**
 * A collision seen in the pictures: a sudden change of velocity against a frame edge, or two objects meeting.
 *
 * @param frame  the first frame that shows the contact
 * @param at     when its sound starts, in frames (a fraction of a frame: contacts happen between frames)
 * @param kind   what was hit
 * @param x      where, as a fraction of the frame width
 * @param y      where, as a fraction of the frame height
 * @param speed  how hard: the change of velocity, in frame widths per second
 * @param size   size of the (larger) object involved, as in {@link Track#size()}
 * @param first  the track that hit
 * @param second the other track of a collision between objects, or -1
 */
public record Impact(int frame, double at, Kind kind, double x, double y, double speed, double size, int first, int second) {

    public enum Kind {
        /** bottom edge: an object lands */
        FLOOR,
        /** a side or top edge */
        WALL,
        /** two objects */
        OBJECT
    }

    public double seconds(double fps) {
        return at / fps;
    }
}
