package io.tessera.watermark.mark;

/** A separable box blur applied twice (close to a Gaussian), with edges clamped. */
final class BoxBlur {
    private BoxBlur() {
    }

    static float[] twice(float[] image, int w, int h, int radius) {
        float[] a = new float[image.length];
        float[] b = new float[image.length];
        horizontal(image, a, w, h, radius);
        vertical(a, b, w, h, radius);
        horizontal(b, a, w, h, radius);
        vertical(a, b, w, h, radius);
        return b;
    }

    private static void horizontal(float[] in, float[] out, int w, int h, int r) {
        float norm = 1f / (2 * r + 1);
        for (int y = 0; y < h; y++) {
            int o = y * w;
            float acc = 0;
            for (int k = -r; k <= r; k++) {
                acc += in[o + clamp(k, w)];
            }
            for (int x = 0; x < w; x++) {
                out[o + x] = acc * norm;
                acc += in[o + clamp(x + r + 1, w)] - in[o + clamp(x - r, w)];
            }
        }
    }

    private static void vertical(float[] in, float[] out, int w, int h, int r) {
        float norm = 1f / (2 * r + 1);
        float[] acc = new float[w];
        for (int k = -r; k <= r; k++) {
            int o = clamp(k, h) * w;
            for (int x = 0; x < w; x++) {
                acc[x] += in[o + x];
            }
        }
        for (int y = 0; y < h; y++) {
            int o = y * w;
            int add = clamp(y + r + 1, h) * w;
            int sub = clamp(y - r, h) * w;
            for (int x = 0; x < w; x++) {
                out[o + x] = acc[x] * norm;
                acc[x] += in[add + x] - in[sub + x];
            }
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
