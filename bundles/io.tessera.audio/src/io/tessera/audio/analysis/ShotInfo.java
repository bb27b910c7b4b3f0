package io.tessera.audio.analysis;

/**
 * One shot and what its background looks like, for choosing an ambience when the prompt does not say.
 *
 * @param index      shot number
 * @param firstFrame first frame (clip index)
 * @param lastFrame  last frame, inclusive
 * @param meanRgb    mean background colour, packed 0xRRGGBB
 * @param topRgb     mean colour of the upper third
 * @param bottomRgb  mean colour of the lower third
 * @param texture    mean absolute difference between neighbouring background pixels (0 = flat)
 */
public record ShotInfo(int index, int firstFrame, int lastFrame, int meanRgb, int topRgb, int bottomRgb, double texture) {

    public int frames() {
        return lastFrame - firstFrame + 1;
    }
}
