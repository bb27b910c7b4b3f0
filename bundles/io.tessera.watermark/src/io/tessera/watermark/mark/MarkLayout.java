package io.tessera.watermark.mark;

import java.util.SplittableRandom;

/**
 * Where the mark's information sits in its tile: a square of {@link #N}×{@link #N} cells repeated over the whole
 * frame. A fixed pseudo-random quarter of the cells is a known sync pattern that lets a reader find the tile's
 * size and position again after scaling and cropping; every other cell carries one coded bit, multiplied by a
 * pseudo-random chip so the pattern looks like noise whatever the payload.
 */
final class MarkLayout {
    static final int N = 32;
    static final int CELLS = N * N;
    static final int SYNC_CELLS = 256;
    static final int CODED_BITS = ConvolutionalCode.codedLength(Payload.MESSAGE_BITS);

    /**
     * Frames per full cycle of the mark's sign: +1 for half of it, −1 for the other half. A detector that weights
     * frames by this cycle sees static picture content cancel out while the mark adds up; 24 frames is a second
     * at 24 fps, so a 2 s excerpt holds two cycles. Hard flips rather than smooth ramps: H.264 drops the small
     * frame-to-frame changes of a ramp in static areas, but keeps a flip (measured: 0.73 of the mark kept at CRF 35,
     * 0.30 for a ramp).
     */
    static final int FLIP_PERIOD = 24;
    /** Cell indices (row * N + column) of the sync cells. */
    static final int[] SYNC;
    /** Sign of each sync cell. */
    static final float[] SYNC_SIGN;
    /** Cell indices of the data cells. */
    static final int[] DATA;
    /** Which coded bit each data cell carries. */
    static final int[] DATA_BIT;
    /** Chip of each data cell. */
    static final float[] DATA_CHIP;

    static {
        SplittableRandom random = new SplittableRandom(0x7E55E4AL);
        int[] order = new int[CELLS];
        for (int i = 0; i < CELLS; i++) {
            order[i] = i;
        }
        for (int i = CELLS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        SYNC = java.util.Arrays.copyOf(order, SYNC_CELLS);
        SYNC_SIGN = new float[SYNC_CELLS];
        for (int i = 0; i < SYNC_CELLS; i++) {
            SYNC_SIGN[i] = random.nextBoolean() ? 1 : -1;
        }
        DATA = java.util.Arrays.copyOfRange(order, SYNC_CELLS, CELLS);
        DATA_BIT = new int[DATA.length];
        DATA_CHIP = new float[DATA.length];
        for (int i = 0; i < DATA.length; i++) {
            DATA_BIT[i] = i % CODED_BITS;
            DATA_CHIP[i] = random.nextBoolean() ? 1 : -1;
        }
    }

    private MarkLayout() {
    }

    /** The mark's sign in frame {@code index}. */
    static int sign(long index) {
        return Math.floorMod(index, FLIP_PERIOD) < FLIP_PERIOD / 2 ? 1 : -1;
    }

    /** The ±1 value of every cell of the tile for one payload. */
    static float[] tile(Payload payload) {
        boolean[] coded = ConvolutionalCode.encode(payload.message());
        float[] tile = new float[CELLS];
        for (int i = 0; i < SYNC_CELLS; i++) {
            tile[SYNC[i]] = SYNC_SIGN[i];
        }
        for (int i = 0; i < DATA.length; i++) {
            tile[DATA[i]] = (coded[DATA_BIT[i]] ? 1 : -1) * DATA_CHIP[i];
        }
        return tile;
    }

    /**
     * Pixels per cell for a frame: a tile spans about 90 % of the shorter side, so cells are coarse (10 px at 360p,
     * 20 at 720p): they survive halving and H.264's loss of fine detail, and SSIM barely sees so smooth a pattern.
     * Small frames get cells of at least eight pixels, or as many as let one whole tile fit: at 256×256 that is one
     * tile over the whole frame, whose 4-pixel cells after halving survive where 3.5-pixel ones did not (15 of 15
     * small DiT clips read after halving against 11; 13 against 14 after cropping 10 % a side).
     */
    static int cellSize(int width, int height) {
        int shorter = Math.min(width, height);
        return Math.max(Math.max(1, Math.min(8, shorter / N)), Math.round(shorter / 36f));
    }
}
