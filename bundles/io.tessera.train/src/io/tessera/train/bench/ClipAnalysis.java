package io.tessera.train.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tessera.engine.scene.Shape;
import io.tessera.media.MediaFormatException;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;
import io.tessera.media.vision.Blob;

/**
 * What a clip shows, read from its pixels: the background (per-pixel temporal median), the objects (foreground
 * regions tracked from frame to frame by position and colour), each object's colour, shape and direction of motion,
 * and how steady objects and background stay.
 */
public final class ClipAnalysis {
    /** Foreground: max channel difference to the background above this (0..255). */
    static final int THRESHOLD = 48;
    private static final int RING_SAMPLES = 24;
    /** Two regions closer than this many times the sum of their radii touch (outlines are not discs). */
    private static final double CONTACT = 1.3;
    /** CIE Lab distance under which a region's colour is the background's around it. */
    private static final double GHOST_DISTANCE = 12;
    /** Regions under this share of their colour's usual area are pieces, not objects, when counting. */
    private static final double FRAGMENT = 0.35;

    /** One tracked object. */
    public record Track(List<Integer> frames, List<Blob> blobs) {

        int colour() {
            return majority(blobs.stream().map(b -> Palette.nearest(b.rgb())).toList());
        }

        Shape shape() {
            // the object's own outline: not cut by the frame's edge, not merged with a neighbour (about its usual area)
            double median = medianArea(blobs);
            List<Blob> clear = blobs.stream().filter(b -> !b.touchesBorder() && Math.abs(b.area() - median) <= 0.25 * median).toList();
            return majority((clear.isEmpty() ? blobs : clear).stream().map(ShapeClassifier::classify).toList());
        }

        /**
         * Displacement from the first to the last clear appearance within {@code span} frames of the track's start (not
         * merged with a neighbour, which would move the centroid between the two).
         */
        double[] displacement(int span) {
            double median = medianArea(blobs);
            int start = frames.get(0);
            Blob first = null;
            Blob last = null;
            for (int i = 0; i < blobs.size(); i++) {
                Blob b = blobs.get(i);
                if (frames.get(i) - start > span || Math.abs(b.area() - median) > 0.3 * median) {
                    continue;
                }
                if (first == null) {
                    first = b;
                }
                last = b;
            }
            if (first == null) {
                first = blobs.get(0);
                last = blobs.get(blobs.size() - 1);
            }
            return new double[] { last.cx() - first.cx(), last.cy() - first.cy() };
        }

        /** The usual size of the object: appearances far from it are merged with a neighbour, cut, or morphing. */
        static double medianArea(List<Blob> appearances) {
            List<Integer> areas = appearances.stream().map(Blob::area).sorted().toList();
            return areas.get(areas.size() / 2);
        }
    }

    private final int width;
    private final int height;
    private final int frameCount;
    private final byte[] background;
    private final List<Track> objects;
    private final double flicker;
    private final List<List<Blob>> regions;

    private ClipAnalysis(int width, int height, int frameCount, byte[] background, List<Track> objects, double flicker, List<List<Blob>> regions) {
        this.regions = regions;
        this.width = width;
        this.height = height;
        this.frameCount = frameCount;
        this.background = background;
        this.objects = objects;
        this.flicker = flicker;
    }

    /**
     * Share of a track's appearances in its own colour, and share far from its usual size, over the appearances that
     * show the object whole: not cut by the frame's edge (it is leaving, not changing) and not touching an object of
     * another colour (which hides part of it, or whose edge mixes with it).
     */
    public double[] steadiness(Track t) {
        int c = t.colour();
        List<Blob> whole = new ArrayList<>();
        for (int i = 0; i < t.blobs().size(); i++) {
            Blob b = t.blobs().get(i);
            if (!b.touchesBorder() && !touchesAnother(b, regions.get(t.frames().get(i)))) {
                whole.add(b);
            }
        }
        List<Blob> seen = whole.size() >= 2 ? whole : t.blobs();
        long same = seen.stream().filter(b -> Palette.nearest(b.rgb()) == c).count();
        double median = Track.medianArea(seen);
        // share of appearances far from the usual size: a flickering or morphing object
        long odd = seen.stream().filter(b -> Math.abs(b.area() - median) > 0.5 * median).count();
        return new double[] { (double) same / seen.size(), (double) odd / seen.size() };
    }

    /** Whether a region of another colour in the same frame reaches this one (centroids closer than their radii allow). */
    private static boolean touchesAnother(Blob b, List<Blob> frame) {
        int colour = Palette.nearest(b.rgb());
        for (Blob o : frame) {
            if (o != b && Palette.nearest(o.rgb()) != colour
                    && Math.hypot(o.cx() - b.cx(), o.cy() - b.cy()) < CONTACT * (Math.sqrt(b.area() / Math.PI) + Math.sqrt(o.area() / Math.PI))) {
                return true;
            }
        }
        return false;
    }

    /** A decoded clip: packed RGB frames of one size. */
    public record Frames(List<byte[]> rgb, int width, int height) {
    }

    public static Frames read(Path clip) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        int w = 0;
        int h = 0;
        try (Mp4VideoReader reader = Mp4VideoReader.open(clip)) {
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                frames.add(f.rgb());
                w = f.width();
                h = f.height();
            }
        } catch (MediaFormatException e) {
            throw new IOException(clip + ": " + e.getMessage(), e);
        }
        if (frames.isEmpty()) {
            throw new IOException(clip + " has no video frames"); //$NON-NLS-1$
        }
        return new Frames(frames, w, h);
    }

    public static ClipAnalysis of(Path clip) throws IOException {
        Frames f = read(clip);
        return of(f.rgb(), f.width(), f.height());
    }

    public static ClipAnalysis of(List<byte[]> frames, int width, int height) {
        byte[] bg = temporalMedian(frames);
        int minArea = Math.max(6, width * height / 1500);
        List<List<Blob>> perFrame = new ArrayList<>();
        for (byte[] f : frames) {
            List<Blob> found = ColourRegions.find(f, bg, width, height, THRESHOLD, minArea);
            perFrame.add(found.stream().filter(b -> !uncoveredBackground(b, bg, width, height)).toList());
        }
        List<Track> tracks = track(perFrame, Math.max(width, height) / 6.0);
        List<Track> objects = new ArrayList<>();
        for (Track t : tracks) {
            if (t.frames().size() >= Math.max(2, frames.size() * 0.3)) {
                objects.add(t);
            }
        }
        return new ClipAnalysis(width, height, frames.size(), bg, objects, flicker(frames, bg), perFrame);
    }

    /**
     * Whether a region is background an object left: where an object stood for most of the clip, the temporal median
     * holds the object, so the background it uncovers stands out as foreground in the other frames. Such a region
     * has the colour the median background has all around it (checked on a ring just outside it); a real object
     * does not, or it could not be seen.
     */
    static boolean uncoveredBackground(Blob b, byte[] bg, int width, int height) {
        double radius = Math.sqrt(b.area() / Math.PI) + 4;
        double[] lab = Palette.lab(b.rgb());
        int samples = 0;
        int alike = 0;
        for (int k = 0; k < RING_SAMPLES; k++) {
            double a = 2 * Math.PI * k / RING_SAMPLES;
            int x = (int) Math.round(b.cx() + radius * Math.cos(a));
            int y = (int) Math.round(b.cy() + radius * Math.sin(a));
            if (x < 0 || y < 0 || x >= width || y >= height) {
                continue;
            }
            int p = 3 * (y * width + x);
            int rgb = (bg[p] & 0xFF) << 16 | (bg[p + 1] & 0xFF) << 8 | bg[p + 2] & 0xFF;
            samples++;
            if (Palette.distance(lab, Palette.lab(rgb)) < GHOST_DISTANCE) {
                alike++;
            }
        }
        // most of the ring: a textured background (a checkerboard) matches a region of one of its colours on part of it
        return samples >= RING_SAMPLES / 2 && alike >= 0.75 * samples;
    }

    /**
     * Association of each frame's regions with the tracks alive in the previous frame: all pairs within reach, closest
     * first (a colour change doubles the distance), so two neighbours do not swap identities as one track claims the
     * other's region.
     */
    static List<Track> track(List<List<Blob>> perFrame, double maxStep) {
        List<Track> all = new ArrayList<>();
        List<Track> alive = new ArrayList<>();
        for (int f = 0; f < perFrame.size(); f++) {
            List<Blob> blobs = perFrame.get(f);
            List<double[]> pairs = new ArrayList<>();
            for (int ti = 0; ti < alive.size(); ti++) {
                Track t = alive.get(ti);
                Blob last = t.blobs().get(t.blobs().size() - 1);
                int lastColour = Palette.nearest(last.rgb());
                for (int bi = 0; bi < blobs.size(); bi++) {
                    Blob b = blobs.get(bi);
                    double d = Math.hypot(b.cx() - last.cx(), b.cy() - last.cy()) * (Palette.nearest(b.rgb()) == lastColour ? 1 : 2);
                    if (d < maxStep) {
                        pairs.add(new double[] { d, ti, bi });
                    }
                }
            }
            pairs.sort((x, y) -> Double.compare(x[0], y[0]));
            boolean[] trackTaken = new boolean[alive.size()];
            boolean[] blobTaken = new boolean[blobs.size()];
            for (double[] p : pairs) {
                int ti = (int) p[1];
                int bi = (int) p[2];
                if (!trackTaken[ti] && !blobTaken[bi]) {
                    trackTaken[ti] = true;
                    blobTaken[bi] = true;
                    alive.get(ti).frames().add(f);
                    alive.get(ti).blobs().add(blobs.get(bi));
                }
            }
            List<Track> next = new ArrayList<>();
            for (int ti = 0; ti < alive.size(); ti++) {
                Track t = alive.get(ti);
                // a track missed for a frame or two (e.g. while crossing another object) stays alive
                if (trackTaken[ti] || f - t.frames().get(t.frames().size() - 1) < 3) {
                    next.add(t);
                }
            }
            for (int bi = 0; bi < blobs.size(); bi++) {
                if (!blobTaken[bi]) {
                    Track t = new Track(new ArrayList<>(List.of(f)), new ArrayList<>(List.of(blobs.get(bi))));
                    all.add(t);
                    next.add(t);
                }
            }
            alive = next;
        }
        return all;
    }

    static byte[] temporalMedian(List<byte[]> frames) {
        int step = Math.max(1, frames.size() / 32);
        List<byte[]> sample = new ArrayList<>();
        for (int i = 0; i < frames.size(); i += step) {
            sample.add(frames.get(i));
        }
        return io.tessera.media.vision.TemporalMedian.of(sample);
    }

    /** Mean absolute change between consecutive frames over pixels that are background in both (0..255). */
    static double flicker(List<byte[]> frames, byte[] bg) {
        if (frames.size() < 2) {
            return 0;
        }
        double sum = 0;
        long count = 0;
        for (int f = 1; f < frames.size(); f++) {
            byte[] a = frames.get(f - 1);
            byte[] b = frames.get(f);
            for (int p = 0; p < a.length; p += 3) {
                if (near(a, bg, p) && near(b, bg, p)) {
                    sum += (Math.abs((a[p] & 0xFF) - (b[p] & 0xFF)) + Math.abs((a[p + 1] & 0xFF) - (b[p + 1] & 0xFF))
                            + Math.abs((a[p + 2] & 0xFF) - (b[p + 2] & 0xFF))) / 3.0;
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static boolean near(byte[] f, byte[] bg, int p) {
        return Math.abs((f[p] & 0xFF) - (bg[p] & 0xFF)) <= THRESHOLD && Math.abs((f[p + 1] & 0xFF) - (bg[p + 1] & 0xFF)) <= THRESHOLD
                && Math.abs((f[p + 2] & 0xFF) - (bg[p + 2] & 0xFF)) <= THRESHOLD;
    }

    static <T> T majority(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        T best = null;
        int bestN = 0;
        for (T v : values) {
            int n = counts.merge(v, 1, Integer::sum);
            if (n > bestN) {
                bestN = n;
                best = v;
            }
        }
        return best;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int frameCount() {
        return frameCount;
    }

    public byte[] background() {
        return background;
    }

    public List<Track> objects() {
        return objects;
    }

    /**
     * How many objects of a palette colour the clip shows: the largest number seen apart in at least a quarter of the
     * frames. Objects that overlap for a while, or leave the frame, are still counted; a region that appears for a
     * moment is not, nor one much smaller than the colour's usual region (what shows of an object partly hidden by
     * another).
     */
    public int count(int paletteRgb) {
        List<Integer> areas = new ArrayList<>();
        for (List<Blob> frame : regions) {
            frame.stream().filter(b -> Palette.nearest(b.rgb()) == paletteRgb).forEach(b -> areas.add(b.area()));
        }
        if (areas.isEmpty()) {
            return 0;
        }
        java.util.Collections.sort(areas);
        // a piece of an object that another one hides in part is not an object of its own
        double piece = FRAGMENT * areas.get(areas.size() / 2);
        int[] histogram = new int[64];
        for (List<Blob> frame : regions) {
            int n = (int) Math.min(63, frame.stream().filter(b -> Palette.nearest(b.rgb()) == paletteRgb && b.area() >= piece).count());
            histogram[n]++;
        }
        int atLeast = 0;
        for (int k = 63; k > 0; k--) {
            atLeast += histogram[k];
            if (atLeast >= regions.size() / 4.0) {
                return k;
            }
        }
        return 0;
    }

    public double flicker() {
        return flicker;
    }
}
