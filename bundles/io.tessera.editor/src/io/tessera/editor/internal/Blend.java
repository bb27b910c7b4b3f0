package io.tessera.editor.internal;

import io.tessera.media.VideoFrame;

/** Pixel arithmetic shared by the transitions. */
public final class Blend {
    private Blend() {
    }

    /** (1 - f) a + f b per channel, in fixed point so a long render does not spend its time in doubles. */
    public static VideoFrame mix(VideoFrame a, VideoFrame b, double f) {
        int wb = (int) Math.round(Math.max(0, Math.min(1, f)) * 256);
        int wa = 256 - wb;
        byte[] pa = a.rgb();
        byte[] pb = b.rgb();
        byte[] out = new byte[pa.length];
        for (int i = 0; i < pa.length; i++) {
            out[i] = (byte) (((pa[i] & 0xFF) * wa + (pb[i] & 0xFF) * wb + 128) >> 8);
        }
        return new VideoFrame(a.width(), a.height(), out);
    }
}
