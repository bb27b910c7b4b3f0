package io.tessera.audio.mix;

/**
 * The two BS.1770 K-weighting biquads for one sample rate. BS.1770 publishes coefficients only for 48 kHz; the
 * generated tracks may come at any rate, so the coefficients are derived from the analog prototypes with the
 * bilinear transform, the same derivation libebur128 and FFmpeg use, which reproduces the published 48 kHz values
 * to about 1e-9. Keeping both derivations identical is what makes our readings agree with those tools at 44.1 kHz.
 */
final class KWeighting {
    /** High-shelf pre-filter ("head" stage): centre frequency, gain in dB and Q of the analog prototype. */
    private static final double SHELF_F0 = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    /** How the shelf's band-pass gain follows its high gain; from the prototype fit by libebur128. */
    private static final double SHELF_VB_EXPONENT = 0.4996667741545416;
    /** Revised low-frequency B-curve (RLB) high-pass. */
    private static final double RLB_F0 = 38.13547087602444;
    private static final double RLB_Q = 0.5003270373238773;

    /** Pre-filter numerator and denominator (a0 normalised to 1). */
    final double pb0, pb1, pb2, pa1, pa2;
    /** RLB high-pass numerator and denominator (a0 normalised to 1). */
    final double rb0, rb1, rb2, ra1, ra2;

    KWeighting(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate); //$NON-NLS-1$
        }
        double k = Math.tan(Math.PI * SHELF_F0 / sampleRate);
        double vh = Math.pow(10.0, SHELF_GAIN_DB / 20.0);
        double vb = Math.pow(vh, SHELF_VB_EXPONENT);
        double a0 = 1.0 + k / SHELF_Q + k * k;
        pb0 = (vh + vb * k / SHELF_Q + k * k) / a0;
        pb1 = 2.0 * (k * k - vh) / a0;
        pb2 = (vh - vb * k / SHELF_Q + k * k) / a0;
        pa1 = 2.0 * (k * k - 1.0) / a0;
        pa2 = (1.0 - k / SHELF_Q + k * k) / a0;

        // The published RLB stage keeps the unnormalised numerator 1, -2, 1; only the poles move with the rate.
        k = Math.tan(Math.PI * RLB_F0 / sampleRate);
        double r0 = 1.0 + k / RLB_Q + k * k;
        rb0 = 1.0;
        rb1 = -2.0;
        rb2 = 1.0;
        ra1 = 2.0 * (k * k - 1.0) / r0;
        ra2 = (1.0 - k / RLB_Q + k * k) / r0;
    }
}
