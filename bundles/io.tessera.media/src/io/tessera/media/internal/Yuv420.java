package io.tessera.media.internal;

/**
 * RGB24 → planar YUV 4:2:0 (I420), BT.601 limited range as FFmpeg's swscale does it by default, in integer
 * arithmetic so the result is the same on every machine. Doing it in Java lets the conversion of one frame run
 * on the caller's core while the encoder compresses the previous frame on the other.
 */
public final class Yuv420 {
    private Yuv420() {
    }

    public static int size(int width, int height) {
        return width * height + 2 * ((width / 2) * (height / 2));
    }

    public static void convert(byte[] rgb, int width, int height, byte[] out) {
        int ySize = width * height;
        int cw = width / 2;
        int uOffset = ySize;
        int vOffset = ySize + cw * (height / 2);
        for (int y = 0; y < height; y += 2) {
            int row0 = y * width;
            int row1 = row0 + width;
            int c = (y / 2) * cw;
            for (int x = 0; x < width; x += 2) {
                int i00 = (row0 + x) * 3;
                int i01 = i00 + 3;
                int i10 = (row1 + x) * 3;
                int i11 = i10 + 3;
                int r00 = rgb[i00] & 0xff, g00 = rgb[i00 + 1] & 0xff, b00 = rgb[i00 + 2] & 0xff;
                int r01 = rgb[i01] & 0xff, g01 = rgb[i01 + 1] & 0xff, b01 = rgb[i01 + 2] & 0xff;
                int r10 = rgb[i10] & 0xff, g10 = rgb[i10 + 1] & 0xff, b10 = rgb[i10 + 2] & 0xff;
                int r11 = rgb[i11] & 0xff, g11 = rgb[i11 + 1] & 0xff, b11 = rgb[i11 + 2] & 0xff;
                out[row0 + x] = luma(r00, g00, b00);
                out[row0 + x + 1] = luma(r01, g01, b01);
                out[row1 + x] = luma(r10, g10, b10);
                out[row1 + x + 1] = luma(r11, g11, b11);
                int r = (r00 + r01 + r10 + r11 + 2) >> 2;
                int g = (g00 + g01 + g10 + g11 + 2) >> 2;
                int b = (b00 + b01 + b10 + b11 + 2) >> 2;
                out[uOffset + c + x / 2] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                out[vOffset + c + x / 2] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
    }

    private static byte luma(int r, int g, int b) {
        return (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
    }
}
