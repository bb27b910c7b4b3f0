package io.tessera.editor.render;

/**
 * A stretch of a timeline's output frames, {@code first} included, {@code end} not (the frame after the out mark),
 * as marked in and out on the timeline.
 */
public record FrameRange(long first, long end) {

    public FrameRange {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("a frame range needs 0 <= first < end, not [" + first + ", " + end + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    public long length() {
        return end - first;
    }

    /** This range cut to a timeline of {@code frames} frames, or null when nothing of it is left. */
    public FrameRange within(long frames) {
        long e = Math.min(end, frames);
        return e > first ? new FrameRange(first, e) : null;
    }
}
