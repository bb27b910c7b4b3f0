package io.tessera.audio.analysis;

import java.util.ArrayList;
import java.util.List;

import io.tessera.media.vision.ConnectedRegions;

/** Foreground regions against a background: colour distance above a threshold, then the mask's connected regions. */
final class RegionFinder {
    private RegionFinder() {
    }

    /**
     * Max channel difference (0..255) that counts as foreground: above H.264 noise on the proxies, low enough for a
     * blue object over water (measured on scene-engine clips: 26 found the most collisions with the fewest false hits
     * of 22..40).
     */
    static final int THRESHOLD = 26;

    static List<Region> find(Proxy frame, byte[] background, int minArea) {
        int w = frame.width();
        int h = frame.height();
        byte[] rgb = frame.rgb();
        byte[] mask = new byte[w * h];
        for (int i = 0, p = 0; i < mask.length; i++, p += 3) {
            int d = Math.max(Math.abs((rgb[p] & 0xFF) - (background[p] & 0xFF)), Math.max(
                    Math.abs((rgb[p + 1] & 0xFF) - (background[p + 1] & 0xFF)), Math.abs((rgb[p + 2] & 0xFF) - (background[p + 2] & 0xFF))));
            mask[i] = (byte) (d > THRESHOLD ? 255 : 0);
        }
        List<Region> out = new ArrayList<>();
        for (ConnectedRegions.Component c : ConnectedRegions.of(mask, rgb, w, h, minArea)) {
            out.add(new Region(c.area(), c.cx(), c.cy(), c.minX(), c.minY(), c.maxX(), c.maxY(), c.rgb()));
        }
        return out;
    }
}
