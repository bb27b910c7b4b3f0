package io.tessera.media.vision;

import java.util.Arrays;
import java.util.List;

/**
 * The per-value median of equally long pictures (packed RGB, or any bytes): what a background shows behind things
 * that move, since each covers any one pixel for a minority of the pictures. With an even count the upper median is
 * taken. Callers pick which frames of a clip or shot to give.
 */
public final class TemporalMedian {
    private TemporalMedian() {
    }

    public static byte[] of(List<byte[]> pictures) {
        int count = pictures.size();
        int len = pictures.get(0).length;
        byte[] out = new byte[len];
        int[] v = new int[count];
        for (int p = 0; p < len; p++) {
            for (int i = 0; i < count; i++) {
                v[i] = pictures.get(i)[p] & 0xFF;
            }
            Arrays.sort(v);
            out[p] = (byte) v[count / 2];
        }
        return out;
    }
}
