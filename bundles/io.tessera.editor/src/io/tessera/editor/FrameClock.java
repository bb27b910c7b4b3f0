package io.tessera.editor;

/**
 * Timeline times are kept in seconds but always land on frame boundaries of the timeline's rate: every edit snaps
 * what it is given, and the renderer turns times into frame numbers with the same rounding.
 */
public record FrameClock(int fps) {

    public FrameClock {
        if (fps < 1) {
            throw new IllegalArgumentException("fps must be at least 1, not " + fps); //$NON-NLS-1$
        }
    }

    /** The nearest frame number; a time a hair below a boundary (from float arithmetic) counts as on it. */
    public long frame(double seconds) {
        return Math.round(seconds * fps);
    }

    public double seconds(long frame) {
        return (double) frame / fps;
    }

    public double snap(double seconds) {
        return seconds(frame(seconds));
    }

    /** Half a frame: two times closer than this are the same frame. */
    public double tolerance() {
        return 0.5 / fps;
    }

    public boolean same(double a, double b) {
        return frame(a) == frame(b);
    }
}
