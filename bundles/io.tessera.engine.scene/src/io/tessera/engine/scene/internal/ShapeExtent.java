package io.tessera.engine.scene.internal;

import io.tessera.engine.scene.Shape;

/**
 * How far a drawn shape reaches from its centre in a direction, at its current rotation: what it touches a wall or the
 * floor with. A triangle standing on its base reaches half as far down as a circle of the same radius; without this
 * it would bounce on air.
 */
public final class ShapeExtent {
    private ShapeExtent() {
    }

    /** The support of the shape (radius {@code r}, rotated by {@code angle}) along the unit vector (dx, dy). */
    public static double reach(Shape shape, double r, double angle, double dx, double dy) {
        // the rasterizer turns the picture by +angle: turn the direction by -angle into the shape's own frame
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double ux = dx * cos + dy * sin;
        double uy = -dx * sin + dy * cos;
        return switch (shape) {
            case CIRCLE, RING -> r;
            case SQUARE -> box(ux, uy, 0.86 * r, 0.86 * r);
            case RECTANGLE -> box(ux, uy, 1.3 * r, 0.62 * r);
            case DIAMOND -> box((ux + uy) * 0.70710678, (uy - ux) * 0.70710678, 0.74 * r, 0.74 * r);
            default -> polygon(ShapeRasterizer.polygon(shape, r), ux, uy);
        };
    }

    private static double box(double ux, double uy, double bx, double by) {
        return bx * Math.abs(ux) + by * Math.abs(uy);
    }

    private static double polygon(double[] v, double ux, double uy) {
        double m = 0;
        for (int i = 0; i < v.length; i += 2) {
            m = Math.max(m, v[i] * ux + v[i + 1] * uy);
        }
        return m;
    }
}
