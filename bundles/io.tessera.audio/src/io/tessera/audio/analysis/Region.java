package io.tessera.audio.analysis;

/**
 * One foreground region of a proxy frame, in proxy pixels.
 *
 * @param area pixels
 * @param cx   centroid x
 * @param cy   centroid y
 * @param minX leftmost column
 * @param minY top row
 * @param maxX rightmost column
 * @param maxY bottom row
 * @param rgb  mean colour, packed 0xRRGGBB
 */
public record Region(int area, double cx, double cy, int minX, int minY, int maxX, int maxY, int rgb) {

    /** Sum of the channel differences of two packed colours (0..765): how the tracker and the prompt's colours compare. */
    public static int colourDistance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) + Math.abs((a & 0xFF) - (b & 0xFF));
    }

    boolean contains(double x, double y, double margin) {
        return x >= minX - margin && x <= maxX + margin && y >= minY - margin && y <= maxY + margin;
    }
}
