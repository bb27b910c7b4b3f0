package io.tessera.watermark.mark;

/**
 * SSIM of luma over 8×8 windows at a stride of 4 (Wang et al. 2004 constants): the quality benchmark's measure, and
 * the embedder's check of every marked frame. Windows overlap by half, so the sums are gathered once per 4×4
 * cell and each window adds up four cells: one pass over the pixels whatever the frame size.
 */
public final class Ssim {
    static final double C1 = (0.01 * 255) * (0.01 * 255);
    static final double C2 = (0.03 * 255) * (0.03 * 255);

    private Ssim() {
    }

    public static double of(float[] x, float[] y, int w, int h) {
        int rows = h / 4;
        int columns = w / 4;
        if (rows < 2 || columns < 2) {
            return 1;
        }
        int n = rows * columns;
        double[] sx = new double[n];
        double[] sy = new double[n];
        double[] sxx = new double[n];
        double[] syy = new double[n];
        double[] sxy = new double[n];
        Bands.each(band -> {
            for (int py = Bands.start(band, rows) * 4, end = Bands.start(band + 1, rows) * 4; py < end; py++) {
                int cellRow = py / 4 * columns;
                int o = py * w;
                for (int c = 0; c < columns; c++) {
                    int cell = cellRow + c;
                    for (int i = o + c * 4, stop = i + 4; i < stop; i++) {
                        double u = x[i];
                        double v = y[i];
                        sx[cell] += u;
                        sy[cell] += v;
                        sxx[cell] += u * u;
                        syy[cell] += v * v;
                        sxy[cell] += u * v;
                    }
                }
            }
        });
        double[] rowTotals = new double[rows - 1];
        Bands.each(band -> {
            for (int r = Bands.start(band, rows - 1), end = Bands.start(band + 1, rows - 1); r < end; r++) {
                double t = 0;
                for (int c = 0; c + 1 < columns; c++) {
                    int a = r * columns + c;
                    int b = a + columns;
                    double mx = (sx[a] + sx[a + 1] + sx[b] + sx[b + 1]) / 64;
                    double my = (sy[a] + sy[a + 1] + sy[b] + sy[b + 1]) / 64;
                    double vx = (sxx[a] + sxx[a + 1] + sxx[b] + sxx[b + 1]) / 64 - mx * mx;
                    double vy = (syy[a] + syy[a + 1] + syy[b] + syy[b + 1]) / 64 - my * my;
                    double cov = (sxy[a] + sxy[a + 1] + sxy[b] + sxy[b + 1]) / 64 - mx * my;
                    t += (2 * mx * my + C1) * (2 * cov + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                }
                rowTotals[r] = t;
            }
        });
        // added row by row in order: the same bits however the rows were shared out
        double total = 0;
        for (double t : rowTotals) {
            total += t;
        }
        return total / ((rows - 1) * (columns - 1));
    }
}
