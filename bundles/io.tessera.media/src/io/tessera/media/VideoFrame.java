package io.tessera.media;

import java.util.Objects;

/**
 * One picture of a clip: packed 8-bit RGB, row-major, no row padding. Frames are plain values so
 * engines, encoders and analysers can hand them between threads without copying.
 */
public final class VideoFrame {
    private final int width;
    private final int height;
    private final byte[] rgb;

    public VideoFrame(int width, int height, byte[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Objects.requireNonNull(rgb, "rgb"); //$NON-NLS-1$
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " bytes of RGB, got " + rgb.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public static VideoFrame blank(int width, int height) {
        return new VideoFrame(width, height, new byte[width * height * 3]);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel bytes, R G B R G B ...; shared, not copied. */
    public byte[] rgb() {
        return rgb;
    }

    public int rgbAt(int x, int y) {
        int i = (y * width + x) * 3;
        return (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff;
    }

    public void setRgb(int x, int y, int packed) {
        int i = (y * width + x) * 3;
        rgb[i] = (byte) (packed >> 16);
        rgb[i + 1] = (byte) (packed >> 8);
        rgb[i + 2] = (byte) packed;
    }
}
