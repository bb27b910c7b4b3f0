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

    /** The two as one region: pieces of one object. */
    static Region union(Region a, Region b) {
        int n = a.area + b.area;
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = ((a.rgb >> shift & 0xFF) * a.area + (b.rgb >> shift & 0xFF) * b.area) / n;
            rgb |= c << shift;
        }
        return new Region(n, (a.cx * a.area + b.cx * b.area) / n, (a.cy * a.area + b.cy * b.area) / n, Math.min(a.minX, b.minX), Math.min(a.minY, b.minY),
                Math.max(a.maxX, b.maxX), Math.max(a.maxY, b.maxY), rgb);
    }

    /** Pixels between two regions' boxes (0 when they overlap or touch). */
    static int gap(Region a, Region b) {
        int dx = Math.max(0, Math.max(a.minX - b.maxX, b.minX - a.maxX) - 1);
        int dy = Math.max(0, Math.max(a.minY - b.maxY, b.minY - a.maxY) - 1);
        return Math.max(dx, dy);
    }

    boolean contains(double x, double y, double margin) {
        return x >= minX - margin && x <= maxX + margin && y >= minY - margin && y <= maxY + margin;
    }
}
