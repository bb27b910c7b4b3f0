package io.tessera.engine.scene.internal;

import io.tessera.engine.scene.Background;

/** Procedural textures, painted once per shot into a packed-RGB buffer wider than the frame (room for pans). */
public final class BackgroundPainter {
    private BackgroundPainter() {
    }

    public static int[] paint(Background bg, int width, int height, long seed) {
        int[] px = new int[width * height];
        int c = bg.rgb();
        switch (bg.texture()) {
            case PLAIN -> java.util.Arrays.fill(px, c);
            case SKY -> {
                for (int y = 0; y < height; y++) {
                    double t = y / (double) Math.max(1, height - 1);
                    int row = mix(darken(c, 0.18), lighten(c, 0.55), t);
                    for (int x = 0; x < width; x++) {
                        double cloud = smoothNoise(x / (width / 5.0), y / (height / 4.0), seed);
                        double k = Math.max(0, cloud - 0.62) * 1.6;
                        px[y * width + x] = mix(row, 0xFFFFFF, Math.min(0.5, k));
                    }
                }
            }
            case GRASS -> each(px, width, height, (x, y) -> {
                double blade = hash(x, y / 3, seed) * 0.7 + hash(x / 2, y / 7, seed + 1) * 0.3;
                return shade(c, (blade - 0.5) * 0.35);
            });
            case SAND -> each(px, width, height, (x, y) -> {
                double dune = Math.sin(x * 0.035 + 2.5 * smoothNoise(x / 40.0, y / 25.0, seed)) * 0.06;
                return shade(c, dune + (hash(x, y, seed) - 0.5) * 0.12);
            });
            case WATER -> each(px, width, height, (x, y) -> {
                double wave = Math.sin(y * 0.45 + 3 * Math.sin(x * 0.045 + y * 0.02)) * 0.12;
                return shade(c, wave + (smoothNoise(x / 30.0, y / 12.0, seed) - 0.5) * 0.1);
            });
            case BRICK -> {
                int bh = Math.max(4, height / 12);
                int bw = bh * 2;
                for (int y = 0; y < height; y++) {
                    int rowIndex = y / bh;
                    int offset = rowIndex % 2 == 0 ? 0 : bw / 2;
                    for (int x = 0; x < width; x++) {
                        int col = (x + offset) / bw;
                        boolean mortar = y % bh == 0 || (x + offset) % bw == 0;
                        px[y * width + x] = mortar ? 0xC8C0B0 : shade(c, (hash(col, rowIndex, seed) - 0.5) * 0.25);
                    }
                }
            }
            case CHECKERBOARD -> {
                int tile = Math.max(2, height / 8);
                int other = c == 0xE8E8E8 ? 0x303030 : darken(c, 0.45);
                each(px, width, height, (x, y) -> ((x / tile + y / tile) % 2 == 0) ? c : other);
            }
            case WOOD -> each(px, width, height, (x, y) -> {
                double grain = Math.sin(x * 0.09 + 6 * smoothNoise(x / 60.0, y / 15.0, seed)) * 0.1;
                int plank = y / Math.max(6, height / 6);
                return shade(c, grain + (hash(plank, 0, seed) - 0.5) * 0.15 - (y % Math.max(6, height / 6) == 0 ? 0.3 : 0));
            });
            case NIGHT -> each(px, width, height, (x, y) -> {
                double h = hash(x, y, seed);
                if (h > 0.9975) {
                    return mix(0xFFFFFF, 0xFFE9A0, hash(y, x, seed));
                }
                return mix(c, 0x1A2350, y / (double) height);
            });
            default -> java.util.Arrays.fill(px, c);
        }
        return px;
    }

    interface PixelFunction {
        int at(int x, int y);
    }

    private static void each(int[] px, int width, int height, PixelFunction f) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                px[y * width + x] = f.at(x, y);
            }
        }
    }

    static double hash(int x, int y, long seed) {
        long h = seed * 0x9E3779B97F4A7C15L + x * 0x85EBCA6BL + y * 0xC2B2AE35L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }

    static double smoothNoise(double x, double y, long seed) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double sx = fx * fx * (3 - 2 * fx);
        double sy = fy * fy * (3 - 2 * fy);
        double a = hash(x0, y0, seed);
        double b = hash(x0 + 1, y0, seed);
        double c = hash(x0, y0 + 1, seed);
        double d = hash(x0 + 1, y0 + 1, seed);
        return (a + (b - a) * sx) * (1 - sy) + (c + (d - c) * sx) * sy;
    }

    static int mix(int a, int b, double t) {
        t = Math.max(0, Math.min(1, t));
        int r = (int) Math.round((a >> 16 & 0xff) * (1 - t) + (b >> 16 & 0xff) * t);
        int g = (int) Math.round((a >> 8 & 0xff) * (1 - t) + (b >> 8 & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return r << 16 | g << 8 | bl;
    }

    static int shade(int c, double amount) {
        return amount >= 0 ? lighten(c, amount) : darken(c, -amount);
    }

    static int lighten(int c, double t) {
        return mix(c, 0xFFFFFF, t);
    }

    static int darken(int c, double t) {
        return mix(c, 0x000000, t);
    }
}
