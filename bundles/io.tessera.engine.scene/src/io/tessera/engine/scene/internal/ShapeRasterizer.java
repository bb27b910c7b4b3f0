package io.tessera.engine.scene.internal;

import io.tessera.engine.scene.ObjectState;
import io.tessera.engine.scene.Shape;

/** Anti-aliased shapes by signed distance: coverage = clamp(0.5 - distance, 0, 1) per pixel centre. */
public final class ShapeRasterizer {
    private ShapeRasterizer() {
    }

    public static void draw(byte[] rgb, int width, int height, ObjectState o) {
        double r = o.radius();
        if (r <= 0.3) {
            return;
        }
        double[] poly = polygon(o.object().shape(), r);
        double reach = r * (o.object().shape() == Shape.RECTANGLE ? 1.35 : 1.05) + 1.5;
        int x0 = Math.max(0, (int) Math.floor(o.x() - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(o.x() + reach));
        int y0 = Math.max(0, (int) Math.floor(o.y() - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(o.y() + reach));
        double cos = Math.cos(-o.angle());
        double sin = Math.sin(-o.angle());
        int c = o.object().rgb();
        int cr = c >> 16 & 0xff;
        int cg = c >> 8 & 0xff;
        int cb = c & 0xff;
        // the polygon distance loops over every edge; pixels outside the circumscribed circle or well inside the
        // inscribed one have coverage 0 or 1 whatever the angle, so they skip it (the result is bit-identical)
        double outside = poly.length == 0 ? Double.MAX_VALUE : square(circumradius(poly) + 0.5);
        double inradius = poly.length == 0 ? 0 : inradius(poly) - 0.5;
        double inside = inradius > 0 ? inradius * inradius : -1;
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - o.y();
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - o.x();
                double q = dx * dx + dy * dy;
                if (q >= outside) {
                    continue;
                }
                double alpha;
                if (q <= inside) {
                    alpha = 1;
                } else {
                    double px = dx * cos - dy * sin;
                    double py = dx * sin + dy * cos;
                    alpha = 0.5 - distance(o.object().shape(), px, py, r, poly);
                }
                if (alpha <= 0) {
                    continue;
                }
                int i = (y * width + x) * 3;
                if (alpha >= 1) {
                    rgb[i] = (byte) cr;
                    rgb[i + 1] = (byte) cg;
                    rgb[i + 2] = (byte) cb;
                } else {
                    rgb[i] = (byte) Math.round((rgb[i] & 0xff) * (1 - alpha) + cr * alpha);
                    rgb[i + 1] = (byte) Math.round((rgb[i + 1] & 0xff) * (1 - alpha) + cg * alpha);
                    rgb[i + 2] = (byte) Math.round((rgb[i + 2] & 0xff) * (1 - alpha) + cb * alpha);
                }
            }
        }
    }

    private static double square(double v) {
        return v * v;
    }

    private static double circumradius(double[] v) {
        double m = 0;
        for (int i = 0; i < v.length; i += 2) {
            m = Math.max(m, Math.sqrt(v[i] * v[i] + v[i + 1] * v[i + 1]));
        }
        return m;
    }

    /** Distance from the centre to the nearest edge: the largest centred disc inside the polygon. */
    private static double inradius(double[] v) {
        int n = v.length / 2;
        double m = Double.MAX_VALUE;
        for (int i = 0, j = n - 1; i < n; j = i, i++) {
            double ax = v[2 * j];
            double ay = v[2 * j + 1];
            double ex = v[2 * i] - ax;
            double ey = v[2 * i + 1] - ay;
            double t = Math.max(0, Math.min(1, -(ax * ex + ay * ey) / (ex * ex + ey * ey)));
            m = Math.min(m, Math.hypot(ax + ex * t, ay + ey * t));
        }
        return m;
    }

    private static double distance(Shape shape, double x, double y, double r, double[] poly) {
        return switch (shape) {
            case CIRCLE -> Math.hypot(x, y) - r;
            case RING -> Math.abs(Math.hypot(x, y) - 0.72 * r) - 0.28 * r;
            case SQUARE -> box(x, y, 0.86 * r, 0.86 * r);
            case RECTANGLE -> box(x, y, 1.3 * r, 0.62 * r);
            case DIAMOND -> box((x + y) * 0.70710678, (y - x) * 0.70710678, 0.74 * r, 0.74 * r);
            default -> polygonDistance(x, y, poly);
        };
    }

    private static double box(double x, double y, double bx, double by) {
        double qx = Math.abs(x) - bx;
        double qy = Math.abs(y) - by;
        return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
    }

    /** Vertices {x0, y0, x1, y1, ...} of the polygonal shapes, pointing up. */
    static double[] polygon(Shape shape, double r) {
        return switch (shape) {
            case TRIANGLE -> regular(3, r * 1.05, -Math.PI / 2, 1);
            case HEXAGON -> regular(6, r, 0, 1);
            case STAR -> regular(10, r * 1.05, -Math.PI / 2, 0.45);
            default -> new double[0];
        };
    }

    private static double[] regular(int n, double r, double start, double innerRatio) {
        double[] v = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / n;
            double rr = i % 2 == 1 ? r * innerRatio : r;
            v[2 * i] = rr * Math.cos(a);
            v[2 * i + 1] = rr * Math.sin(a);
        }
        return v;
    }

    /** Signed distance to a simple polygon (negative inside), after Inigo Quilez's formulation. */
    private static double polygonDistance(double px, double py, double[] v) {
        int n = v.length / 2;
        double d = Double.MAX_VALUE;
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i, i++) {
            double ax = v[2 * j];
            double ay = v[2 * j + 1];
            double bx = v[2 * i];
            double by = v[2 * i + 1];
            double ex = bx - ax;
            double ey = by - ay;
            double wx = px - ax;
            double wy = py - ay;
            double t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
            double qx = wx - ex * t;
            double qy = wy - ey * t;
            d = Math.min(d, qx * qx + qy * qy);
            if ((ay > py) != (by > py) && px < ax + (py - ay) * ex / ey) {
                inside = !inside;
            }
        }
        return (inside ? -1 : 1) * Math.sqrt(d);
    }
}
