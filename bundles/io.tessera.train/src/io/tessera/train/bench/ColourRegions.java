package io.tessera.train.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tessera.media.vision.Blob;
import io.tessera.media.vision.BlobFinder;

/**
 * A frame's foreground regions, split by palette colour: two objects of different colours that touch or overlap stay
 * two regions, each with its own colour and outline, instead of one region in the colour of their mixture (a purple
 * square crossing a brown diamond read as one grey star).
 */
final class ColourRegions {
    private ColourRegions() {
    }

    /** Pixels whose largest channel difference to {@code background} is above {@code threshold}, by nearest colour. */
    static List<Blob> find(byte[] rgb, byte[] background, int width, int height, int threshold, int minArea) {
        int n = width * height;
        byte[] foreground = BlobFinder.foreground(rgb, background, n, threshold);
        int[] colour = new int[n];
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0, p = 0; i < n; i++, p += 3) {
            colour[i] = -1;
            if (foreground[i] != 0) {
                colour[i] = Palette.nearestOfPixel(rgb[p] & 0xFF, rgb[p + 1] & 0xFF, rgb[p + 2] & 0xFF);
                counts.merge(colour[i], 1, Integer::sum);
            }
        }
        colour = majorityOfNeighbours(colour, width, height);
        List<Blob> out = new ArrayList<>();
        byte[] mask = new byte[n];
        for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() < minArea / 2) {
                continue;
            }
            int c = e.getKey();
            for (int i = 0; i < n; i++) {
                mask[i] = (byte) (colour[i] == c ? 255 : 0);
            }
            out.addAll(BlobFinder.regions(rgb, mask, width, height, minArea));
        }
        return out;
    }

    /**
     * Each foreground pixel takes the colour most of its foreground neighbours (3×3, itself included) have: an
     * object's antialiased rim, whose mixture with the background is nearest to another colour, joins the object,
     * so its outline stays whole; the seam between two objects stays between them.
     */
    private static int[] majorityOfNeighbours(int[] colour, int width, int height) {
        int[] out = colour.clone();
        int[] seen = new int[9];
        int[] votes = new int[9];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (colour[i] < 0) {
                    continue;
                }
                int kinds = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx < 0 || yy < 0 || xx >= width || yy >= height || colour[yy * width + xx] < 0) {
                            continue;
                        }
                        int c = colour[yy * width + xx];
                        int k = 0;
                        while (k < kinds && seen[k] != c) {
                            k++;
                        }
                        if (k == kinds) {
                            seen[kinds] = c;
                            votes[kinds++] = 0;
                        }
                        votes[k]++;
                    }
                }
                int best = colour[i];
                int most = 0;
                for (int k = 0; k < kinds; k++) {
                    // ties keep the pixel's own colour
                    if (votes[k] > most || votes[k] == most && seen[k] == colour[i]) {
                        most = votes[k];
                        best = seen[k];
                    }
                }
                out[i] = best;
            }
        }
        return out;
    }
}
