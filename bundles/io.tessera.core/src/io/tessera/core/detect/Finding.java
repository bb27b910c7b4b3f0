package io.tessera.core.detect;

/**
 * One thing a detector noticed.
 *
 * @param kind short machine-readable kind, e.g. {@code watermark}, {@code flicker}
 * @param score 0 (no evidence of generation) .. 1 (strong evidence)
 * @param startFrame first frame concerned, -1 for the whole file
 * @param endFrame last frame concerned, -1 for the whole file
 * @param message a sentence for people
 * @param region where in the picture, or null for the whole frame
 */
public record Finding(String kind, double score, long startFrame, long endFrame, String message, Region region) {

    public Finding {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score); //$NON-NLS-1$
        }
    }

    /** A finding about the whole frame. */
    public Finding(String kind, double score, long startFrame, long endFrame, String message) {
        this(kind, score, startFrame, endFrame, message, null);
    }

    /** Whether it concerns the whole file rather than some frames. */
    public boolean wholeFile() {
        return startFrame < 0;
    }

    /**
     * A rectangle as fractions of the frame's width and height, so it holds at any decoded size.
     *
     * @param x left edge, 0..1
     * @param y top edge, 0..1
     * @param width 0..1
     * @param height 0..1
     */
    public record Region(double x, double y, double width, double height) {

        public Region {
            if (!(x >= 0 && y >= 0 && width >= 0 && height >= 0 && x + width <= 1 + 1e-9 && y + height <= 1 + 1e-9)) {
                throw new IllegalArgumentException("region outside the frame: " + x + "," + y + " " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }

        /** The rectangle of pixels {@code [x0, x1) × [y0, y1)} in a {@code frameWidth}×{@code frameHeight} frame. */
        public static Region ofPixels(int x0, int y0, int x1, int y1, int frameWidth, int frameHeight) {
            int ax = Math.max(0, Math.min(x0, frameWidth));
            int ay = Math.max(0, Math.min(y0, frameHeight));
            int bx = Math.max(ax, Math.min(x1, frameWidth));
            int by = Math.max(ay, Math.min(y1, frameHeight));
            return new Region((double) ax / frameWidth, (double) ay / frameHeight, (double) (bx - ax) / frameWidth, (double) (by - ay) / frameHeight);
        }
    }
}
