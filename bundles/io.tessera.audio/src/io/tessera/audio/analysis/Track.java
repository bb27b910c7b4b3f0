package io.tessera.audio.analysis;

/**
 * One object followed through a shot. Arrays run over the frames from {@link #firstFrame()} to {@link #lastFrame()}
 * inclusive; frames where the object was hidden or merged with another are filled in from its neighbours.
 * Positions are fractions of the frame (0..1), {@code size} is the square root of the share of the frame it covers,
 * {@code speed} is in frame widths per second.
 *
 * @param id         index in {@link SceneAnalysis#tracks()}
 * @param shot       the shot it belongs to
 * @param firstFrame first frame seen (clip frame index)
 * @param x          centre x per frame
 * @param y          centre y per frame
 * @param size       size per frame
 * @param speed      speed per frame, smoothed
 * @param rgb        typical colour, packed 0xRRGGBB
 * @param observed   how many frames it was actually seen in
 */
public record Track(int id, int shot, int firstFrame, float[] x, float[] y, float[] size, float[] speed, int rgb, int observed) {

    public int lastFrame() {
        return firstFrame + x.length - 1;
    }

    public boolean covers(int frame) {
        return frame >= firstFrame && frame <= lastFrame();
    }

    /** Index into the arrays for a clip frame, clamped to the track's span. */
    public int at(int frame) {
        return Math.max(0, Math.min(x.length - 1, frame - firstFrame));
    }

    public double meanSize() {
        double s = 0;
        for (float v : size) {
            s += v;
        }
        return s / size.length;
    }
}
