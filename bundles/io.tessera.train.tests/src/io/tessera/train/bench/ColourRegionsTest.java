package io.tessera.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tessera.media.vision.Blob;

/** Regions split by colour, and background that an object uncovered told from an object. */
class ColourRegionsTest {
    private static final int W = 64;
    private static final int H = 48;

    private static byte[] fill(int rgb) {
        byte[] f = new byte[W * H * 3];
        for (int p = 0; p < f.length; p += 3) {
            f[p] = (byte) (rgb >> 16);
            f[p + 1] = (byte) (rgb >> 8);
            f[p + 2] = (byte) rgb;
        }
        return f;
    }

    private static void square(byte[] f, int x0, int y0, int side, int rgb) {
        for (int y = y0; y < y0 + side; y++) {
            for (int x = x0; x < x0 + side; x++) {
                int p = 3 * (y * W + x);
                f[p] = (byte) (rgb >> 16);
                f[p + 1] = (byte) (rgb >> 8);
                f[p + 2] = (byte) rgb;
            }
        }
    }

    @Test
    void touchingObjectsOfTwoColoursStayTwoRegions() {
        int white = 0xF4F4F4;
        int red = Palette.nearest(0xE02020);
        int blue = Palette.nearest(0x2050E0);
        byte[] background = fill(white);
        byte[] frame = fill(white);
        square(frame, 10, 10, 14, red);
        square(frame, 24, 14, 14, blue); // shares an edge with the red one
        List<Blob> regions = ColourRegions.find(frame, background, W, H, ClipAnalysis.THRESHOLD, 6);
        assertEquals(2, regions.size(), regions.toString());
        regions = regions.stream().sorted(Comparator.comparingDouble(Blob::cx)).toList();
        assertEquals(red, Palette.nearest(regions.get(0).rgb()));
        assertEquals(blue, Palette.nearest(regions.get(1).rgb()));
        assertEquals(196, regions.get(0).area(), 20);
        assertEquals(196, regions.get(1).area(), 20);
    }

    @Test
    void backgroundAnObjectUncoveredIsNotAnObject() {
        int white = 0xF4F4F4;
        int green = Palette.nearest(0x30B040);
        // the temporal median of a clip whose green square sat at the left for most of it still shows the square
        byte[] median = fill(white);
        square(median, 8, 16, 14, green);
        // a frame from before it arrived: white where the median is green, and a red square elsewhere
        byte[] frame = fill(white);
        square(frame, 40, 16, 14, Palette.nearest(0xE02020));
        List<Blob> regions = ColourRegions.find(frame, median, W, H, ClipAnalysis.THRESHOLD, 6);
        assertEquals(2, regions.size(), regions.toString());
        Blob ghost = regions.stream().min(Comparator.comparingDouble(Blob::cx)).orElseThrow();
        Blob object = regions.stream().max(Comparator.comparingDouble(Blob::cx)).orElseThrow();
        assertTrue(ClipAnalysis.uncoveredBackground(ghost, median, W, H), ghost.toString());
        assertFalse(ClipAnalysis.uncoveredBackground(object, median, W, H), object.toString());
    }
}
