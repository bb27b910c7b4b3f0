package io.tessera.watermark.mark;

/**
 * Flattens the spectrum of a folded tile (phase-only correlation) and correlates it with the sync pattern at every
 * cyclic shift at once. Picture content that survives folding is structured (a checkerboard, bricks, ripples pile
 * up at a few spatial frequencies), while the mark's cells are independent random signs with a flat spectrum:
 * dividing every frequency by its magnitude takes the content's dominance away and leaves the mark intact. The
 * correlation is a product in the frequency domain, so all 1024 shifts cost one inverse transform instead of
 * 1024 × 256 multiply-adds.
 */
final class Whitening {
    private static final int N = MarkLayout.N;
    private static final double[] COS = new double[N / 2];
    private static final double[] SIN = new double[N / 2];
    /** Spectrum of the sync pattern (sign at sync cells, 0 elsewhere), conjugated for correlation. */
    private static final double[] SYNC_RE = new double[N * N];
    private static final double[] SYNC_IM = new double[N * N];

    static {
        for (int k = 0; k < N / 2; k++) {
            COS[k] = Math.cos(-2 * Math.PI * k / N);
            SIN[k] = Math.sin(-2 * Math.PI * k / N);
        }
        for (int i = 0; i < MarkLayout.SYNC_CELLS; i++) {
            SYNC_RE[MarkLayout.SYNC[i]] = MarkLayout.SYNC_SIGN[i];
        }
        fft2(SYNC_RE, SYNC_IM, false);
        for (int i = 0; i < SYNC_IM.length; i++) {
            SYNC_IM[i] = -SYNC_IM[i];
        }
    }

    /** A whitened tile: its spectrum, scaled so the tile has unit variance. */
    record Spectrum(double[] re, double[] im) {
    }

    private Whitening() {
    }

    /** Whitened spectrum of an N×N tile of zero mean. */
    static Spectrum whiten(float[] tile) {
        double[] re = new double[N * N];
        double[] im = new double[N * N];
        for (int i = 0; i < re.length; i++) {
            re[i] = tile[i];
        }
        fft2(re, im, false);
        double mean = 0;
        for (int i = 0; i < re.length; i++) {
            mean += Math.hypot(re[i], im[i]);
        }
        mean /= re.length;
        double floor = 0.1 * mean + 1e-12;
        re[0] = 0;
        im[0] = 0;
        double power = 0;
        for (int i = 1; i < re.length; i++) {
            double m = Math.hypot(re[i], im[i]) + floor;
            re[i] /= m;
            im[i] /= m;
            power += re[i] * re[i] + im[i] * im[i];
        }
        // Parseval: with the spectrum's power at 1, the unnormalised inverse transform has unit variance, so sync
        // scores are z-scores
        double scale = 1 / Math.sqrt(Math.max(power, 1e-24));
        for (int i = 0; i < re.length; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
        return new Spectrum(re, im);
    }

    /** The whitened tile itself, unit variance. */
    static float[] tile(Spectrum s) {
        double[] re = s.re().clone();
        double[] im = s.im().clone();
        fft2(re, im, true);
        float[] out = new float[N * N];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) re[i];
        }
        return out;
    }

    /**
     * Sync z-score at every cyclic shift (dy * N + dx): the sum of sign × whitened cell over the sync cells, divided
     * by the square root of their number.
     */
    static float[] syncScores(Spectrum s) {
        double[] re = new double[N * N];
        double[] im = new double[N * N];
        double[] a = s.re();
        double[] b = s.im();
        for (int i = 0; i < re.length; i++) {
            re[i] = a[i] * SYNC_RE[i] - b[i] * SYNC_IM[i];
            im[i] = a[i] * SYNC_IM[i] + b[i] * SYNC_RE[i];
        }
        fft2(re, im, true);
        float[] z = new float[N * N];
        double norm = 1 / Math.sqrt(MarkLayout.SYNC_CELLS);
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (re[i] * norm);
        }
        return z;
    }

    private static void fft2(double[] re, double[] im, boolean inverse) {
        double[] rowRe = new double[N];
        double[] rowIm = new double[N];
        for (int r = 0; r < N; r++) {
            System.arraycopy(re, r * N, rowRe, 0, N);
            System.arraycopy(im, r * N, rowIm, 0, N);
            fft(rowRe, rowIm, inverse);
            System.arraycopy(rowRe, 0, re, r * N, N);
            System.arraycopy(rowIm, 0, im, r * N, N);
        }
        for (int c = 0; c < N; c++) {
            for (int r = 0; r < N; r++) {
                rowRe[r] = re[r * N + c];
                rowIm[r] = im[r * N + c];
            }
            fft(rowRe, rowIm, inverse);
            for (int r = 0; r < N; r++) {
                re[r * N + c] = rowRe[r];
                im[r * N + c] = rowIm[r];
            }
        }
    }

    /** In-place radix-2 FFT of length N, unnormalised both ways. */
    private static void fft(double[] re, double[] im, boolean inverse) {
        for (int i = 1, j = 0; i < N; i++) {
            int bit = N >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= N; len <<= 1) {
            int step = N / len;
            for (int i = 0; i < N; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    double wr = COS[k * step];
                    double wi = inverse ? -SIN[k * step] : SIN[k * step];
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
