package io.tessera.detection.artifacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tessera.core.detect.Finding;
import io.tessera.media.vision.Blob;
import io.tessera.media.vision.BlobFinder;

/**
 * Things in the picture followed through each shot: the still background of a shot (per-pixel median), the regions
 * that differ from it (OpenCV contours), and tracks joining each region to the nearest one of the frame before.
 * Real objects enter and leave through the frame's edge or from behind something, keep their colour and size, and
 * do not blink out; tracks that break those rules become findings.
 */
public final class ObjectTracks {
    /** Max channel difference to the background that makes a pixel foreground. */
    static final int FOREGROUND = 40;
    /** Frames a track may go unseen and still be the same object. */
    static final int MAX_GAP = 10;
    /** Above this share of foreground the background is not still (the camera moves): tracking is not attempted. */
    static final double BUSY = 0.35;
    /**
     * Above this share of moving picture (median over the shot) the camera or the whole scene moves (a pan, a zoom):
     * a still background cannot be separated from objects, so tracking is not attempted.
     */
    static final double MOVING = 0.3;

    /** The findings, and the shots whose camera moved too much to track. */
    public record Result(List<Finding> findings, int shots, int trackedShots, int tracks, SteadyObjects steady) {
    }

    /**
     * Where objects that behave like real ones (seen in five frames or more, keeping their size) are, per frame: boxes
     * {x0, y0, x1, y1} in analysis pixels. Change the optical flow could not follow inside such a box is fast motion
     * of a real object (small things moving further than their own size), not boiling.
     */
    public static final class SteadyObjects {
        private final java.util.Map<Integer, List<double[]>> boxes = new java.util.HashMap<>();

        void add(int frame, Blob b) {
            double r = 0.9 * Math.sqrt(b.area());
            boxes.computeIfAbsent(frame, k -> new ArrayList<>()).add(new double[] { b.cx() - r, b.cy() - r, b.cx() + r, b.cy() + r });
        }

        /**
         * Whether the box {x0, y0, x1, y1} of frame {@code t} lies within where one steady object was from {@code t-1}
         * to {@code t+1} (the span it swept), widened by {@code margin} pixels.
         */
        public boolean explains(int t, double[] box, double margin) {
            for (double[] a : boxes.getOrDefault(t, List.of())) {
                double x0 = a[0];
                double y0 = a[1];
                double x1 = a[2];
                double y1 = a[3];
                for (int dt = -1; dt <= 1; dt += 2) {
                    for (double[] n : boxes.getOrDefault(t + dt, List.of())) {
                        // the same object one frame away: its box overlaps or is within a few of its own sizes
                        double size = Math.max(a[2] - a[0], n[2] - n[0]);
                        if (Math.hypot((a[0] + a[2] - n[0] - n[2]) / 2, (a[1] + a[3] - n[1] - n[3]) / 2) < 4 * size) {
                            x0 = Math.min(x0, n[0]);
                            y0 = Math.min(y0, n[1]);
                            x1 = Math.max(x1, n[2]);
                            y1 = Math.max(y1, n[3]);
                        }
                    }
                }
                if (box[0] >= x0 - margin && box[1] >= y0 - margin && box[2] <= x1 + margin && box[3] <= y1 + margin) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Track {
        final List<Integer> frames = new ArrayList<>();
        final List<Blob> blobs = new ArrayList<>();

        int last() {
            return frames.get(frames.size() - 1);
        }

        Blob lastBlob() {
            return blobs.get(blobs.size() - 1);
        }

        double[] predict(int t) {
            Blob b = lastBlob();
            if (blobs.size() < 2) {
                return new double[] { b.cx(), b.cy() };
            }
            Blob a = blobs.get(blobs.size() - 2);
            int dt = frames.get(frames.size() - 1) - frames.get(frames.size() - 2);
            double vx = (b.cx() - a.cx()) / dt;
            double vy = (b.cy() - a.cy()) / dt;
            return new double[] { b.cx() + vx * (t - last()), b.cy() + vy * (t - last()) };
        }
    }

    private ObjectTracks() {
    }

    /** @param moving per frame, the share of the picture that moves ({@link TemporalConsistency.Result#moving()}) */
    public static Result analyse(FrameSequence clip, List<Integer> cuts, double[] moving, IProgressMonitor monitor) {
        List<Finding> findings = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        bounds.addAll(cuts);
        bounds.add(clip.frames());
        int shots = 0;
        int tracked = 0;
        int tracks = 0;
        SteadyObjects steady = new SteadyObjects();
        for (int s = 0; s + 1 < bounds.size(); s++) {
            int start = bounds.get(s);
            int end = bounds.get(s + 1);
            if (end - start < 8) {
                continue;
            }
            shots++;
            if (median(moving, start + 1, end) > MOVING) {
                continue;
            }
            Shot shot = track(clip, start, end, monitor);
            if (shot == null) {
                continue;
            }
            tracked++;
            tracks += shot.tracks().size();
            findings.addAll(judge(shot, start, end, clip));
            for (Track tr : shot.tracks()) {
                if (tr.frames.size() < 5) {
                    continue;
                }
                List<Integer> areas = tr.blobs.stream().map(Blob::area).sorted().toList();
                double median = areas.get(areas.size() / 2);
                long usual = tr.blobs.stream().filter(b -> Math.abs(b.area() - median) <= 0.35 * median).count();
                if (usual >= 0.8 * tr.blobs.size()) {
                    for (int i = 0; i < tr.frames.size(); i++) {
                        steady.add(tr.frames.get(i), tr.blobs.get(i));
                    }
                }
            }
        }
        return new Result(findings, shots, tracked, tracks, steady);
    }

    /** A shot's tracks, and the regions of each of its frames. */
    private record Shot(List<Track> tracks, List<List<Blob>> perFrame, byte[] background) {
    }

    /** The tracks of frames [start, end), or null when the background is not still enough to separate objects. */
    private static Shot track(FrameSequence clip, int start, int end, IProgressMonitor monitor) {
        int w = clip.width();
        int h = clip.height();
        byte[] background = median(clip.rgb(), start, end);
        int minArea = Math.max(8, w * h / 1500);
        List<Track> all = new ArrayList<>();
        List<List<Blob>> perFrame = new ArrayList<>();
        double busy = 0;
        for (int t = start; t < end; t++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Blob> blobs = BlobFinder.find(clip.rgb().get(t), background, w, h, FOREGROUND, minArea);
            perFrame.add(blobs);
            busy += blobs.stream().mapToInt(Blob::area).sum() / (double) (w * h);
        }
        if (busy / (end - start) > BUSY) {
            return null;
        }
        for (int t = start; t < end; t++) {
            List<Blob> blobs = perFrame.get(t - start);
            boolean[] taken = new boolean[blobs.size()];
            List<double[]> pairs = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                Track tr = all.get(k);
                if (t - tr.last() > MAX_GAP) {
                    continue;
                }
                double[] p = tr.predict(t);
                double gate = Math.max(6, 1.5 * Math.sqrt(tr.lastBlob().area())) * Math.min(3, t - tr.last());
                for (int j = 0; j < blobs.size(); j++) {
                    Blob b = blobs.get(j);
                    double d = Math.hypot(b.cx() - p[0], b.cy() - p[1]);
                    if (d <= gate) {
                        pairs.add(new double[] { d + 0.05 * colourDistance(b.rgb(), tr.lastBlob().rgb()), k, j });
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble(a -> a[0]));
            boolean[] used = new boolean[all.size()];
            for (double[] pr : pairs) {
                int k = (int) pr[1];
                int j = (int) pr[2];
                if (used[k] || taken[j]) {
                    continue;
                }
                used[k] = true;
                taken[j] = true;
                all.get(k).frames.add(t);
                all.get(k).blobs.add(blobs.get(j));
            }
            for (int j = 0; j < blobs.size(); j++) {
                if (!taken[j]) {
                    Track tr = new Track();
                    tr.frames.add(t);
                    tr.blobs.add(blobs.get(j));
                    all.add(tr);
                }
            }
        }
        return new Shot(all, perFrame, background);
    }

    private static List<Finding> judge(Shot shot, int start, int end, FrameSequence clip) {
        List<Track> tracks = shot.tracks();
        List<List<Blob>> perFrame = shot.perFrame();
        // "gone" is checked on the pixels: where the object was, the shot's background shows again
        java.util.function.BiPredicate<Integer, Blob> bare = (t, b) -> t >= start && t < end && foregroundShare(clip, shot.background(), t, b) < BARE;
        int w = clip.width();
        int h = clip.height();
        double frameArea = w * h;
        double fps = clip.fps();
        List<Finding> out = new ArrayList<>();
        for (Track tr : tracks) {
            int first = tr.frames.get(0);
            int last = tr.last();
            Blob b0 = tr.blobs.get(0);
            Blob b1 = tr.lastBlob();
            double size = Math.min(1, tr.blobs.stream().mapToInt(Blob::area).max().orElse(0) / (0.01 * frameArea));
            if (tr.frames.size() <= 2) {
                // a flash: something there for a frame or two, away from the edge and from anything else
                if (first > start && last < end - 1 && !b0.touchesBorder() && !nearOther(perFrame, first - start, b0, b0)
                        && bare.test(first - 1, b0) && bare.test(last + 1, b1)) {
                    out.add(finding("flash", 0.35 + 0.35 * size, first, last, fps,
                            String.format(Locale.ROOT, "something shows for %d frame%s and is gone", tr.frames.size(), tr.frames.size() == 1 ? "" : "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            b0, w, h));
                }
                continue;
            }
            if (first > start + 1 && !b0.touchesBorder()) {
                boolean split = nearOther(perFrame, first - start, b0, b0) || !bare.test(first - 1, b0);
                out.add(finding(split ? "split" : "appear", (split ? 0.1 : 0.55) + (split ? 0.1 : 0.35) * size, first, first, fps, //$NON-NLS-1$ //$NON-NLS-2$
                        split ? "a new part splits off another object" : "an object appears from nothing, away from the frame's edge", b0, w, h)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (last < end - 2 && !b1.touchesBorder()) {
                boolean merge = last + 1 < end && (nearOther(perFrame, last + 1 - start, b1, null) || !bare.test(last + 1, b1));
                out.add(finding(merge ? "merge" : "vanish", (merge ? 0.05 : 0.55) + (merge ? 0.1 : 0.35) * size, last + 1, last + 1, fps, //$NON-NLS-1$ //$NON-NLS-2$
                        merge ? "an object melts into another one" : "an object vanishes in mid-frame", b1, w, h)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (int i = 1; i < tr.blobs.size(); i++) {
                Blob a = tr.blobs.get(i - 1);
                Blob b = tr.blobs.get(i);
                int fa = tr.frames.get(i - 1);
                int fb = tr.frames.get(i);
                if (fb - fa > 1 && !a.touchesBorder() && !b.touchesBorder() && !coveredDuring(perFrame, fa + 1 - start, fb - 1 - start, a)
                        && java.util.stream.IntStream.range(fa + 1, fb).allMatch(t -> bare.test(t, a))) {
                    int missing = fb - fa - 1;
                    out.add(finding("blink", Math.min(1, 0.6 + 0.1 * missing + 0.2 * size), fa + 1, fb - 1, fps, String.format(Locale.ROOT, //$NON-NLS-1$
                            "an object disappears for %d frame%s and comes back in the same place", missing, missing == 1 ? "" : "s"), a, w, h)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (fb - fa == 1 && !a.touchesBorder() && !b.touchesBorder()) {
                    double ratio = (double) Math.max(a.area(), b.area()) / Math.min(a.area(), b.area());
                    boolean crowded = nearOther(perFrame, fa - start, a, a) || nearOther(perFrame, fb - start, b, b);
                    double colour = colourDistance(a.rgb(), b.rgb());
                    if (colour > 90 && ratio < 1.5 && !crowded) {
                        out.add(finding("colour-change", Math.min(1, 0.3 + colour / 400), fa, fb, fps, String.format(Locale.ROOT,
                                "an object changes colour from #%06x to #%06x between two frames", a.rgb(), b.rgb()), b, w, h)); //$NON-NLS-1$
                    }
                    if (ratio > 1.8 && !crowded) {
                        out.add(finding("shape-change", Math.min(1, 0.2 + ratio / 10), fa, fb, fps, String.format(Locale.ROOT, //$NON-NLS-1$
                                "an object's size jumps %.1f× between two frames", ratio), b, w, h)); //$NON-NLS-1$
                    }
                }
            }
        }
        return out;
    }

    private static Finding finding(String kind, double score, int from, int to, double fps, String what, Blob at, int w, int h) {
        double r = Math.max(3, 0.9 * Math.sqrt(at.area()));
        String message = String.format(Locale.ROOT, "%s (frame%s %s, at %.1f s)", what, from == to ? "" : "s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                from == to ? Integer.toString(from) : from + "–" + to, from / fps); //$NON-NLS-1$
        return new Finding(kind, Math.min(1, score), from, to, message, Finding.Region.ofPixels((int) Math.floor(at.cx() - r),
                (int) Math.floor(at.cy() - r), (int) Math.ceil(at.cx() + r), (int) Math.ceil(at.cy() + r), w, h));
    }

    /** Whether another region of frame {@code i} touches or nearly touches {@code b} (excluding {@code self}). */
    private static boolean nearOther(List<List<Blob>> perFrame, int i, Blob b, Blob self) {
        return within(perFrame, i, b, self, NEAR);
    }

    /** Reach as a multiple of the two regions' half-sizes added: 1 is touching, below 1 overlapping. */
    private static final double NEAR = 1.5;
    private static final double OVERLAP = 1.0;

    private static boolean within(List<List<Blob>> perFrame, int i, Blob b, Blob self, double factor) {
        if (i < 0 || i >= perFrame.size()) {
            return false;
        }
        for (Blob o : perFrame.get(i)) {
            if (o == self) {
                continue;
            }
            double reach = factor * 0.56 * (Math.sqrt(o.area()) + Math.sqrt(b.area()));
            if (Math.hypot(o.cx() - b.cx(), o.cy() - b.cy()) < reach) {
                return true;
            }
        }
        return false;
    }

    /** Whether, in frames [from, to], some region covers where {@code b} was (it went behind or into something). */
    private static boolean coveredDuring(List<List<Blob>> perFrame, int from, int to, Blob b) {
        for (int i = from; i <= to; i++) {
            if (within(perFrame, i, b, null, OVERLAP)) {
                return true;
            }
        }
        return false;
    }

    /** Below this share of foreground pixels where an object was, the object is gone and the background shows. */
    static final double BARE = 0.25;

    /** Share of the pixels in the box around {@code b} that differ from the background in frame {@code t}. */
    private static double foregroundShare(FrameSequence clip, byte[] background, int t, Blob b) {
        int w = clip.width();
        int h = clip.height();
        double r = Math.max(1.5, 0.56 * Math.sqrt(b.area()));
        int x0 = Math.max(0, (int) Math.floor(b.cx() - r));
        int x1 = Math.min(w - 1, (int) Math.ceil(b.cx() + r));
        int y0 = Math.max(0, (int) Math.floor(b.cy() - r));
        int y1 = Math.min(h - 1, (int) Math.ceil(b.cy() + r));
        byte[] rgb = clip.rgb().get(t);
        int fg = 0;
        int all = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int p = (y * w + x) * 3;
                int d = Math.max(Math.abs((rgb[p] & 0xFF) - (background[p] & 0xFF)), Math.max(Math.abs((rgb[p + 1] & 0xFF) - (background[p + 1] & 0xFF)),
                        Math.abs((rgb[p + 2] & 0xFF) - (background[p + 2] & 0xFF))));
                fg += d > FOREGROUND ? 1 : 0;
                all++;
            }
        }
        // a disc fills about 79 % of its box: compare with what the object itself covered
        return all == 0 ? 0 : fg / (0.79 * all);
    }

    private static double median(double[] values, int from, int to) {
        double[] part = java.util.Arrays.copyOfRange(values, from, Math.max(from + 1, to));
        java.util.Arrays.sort(part);
        return part[part.length / 2];
    }

    static double colourDistance(int a, int b) {
        int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
        int dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** Per-pixel, per-channel median of up to 31 frames spread over [start, end). */
    static byte[] median(List<byte[]> frames, int start, int end) {
        int count = Math.min(31, end - start);
        List<byte[]> sample = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(frames.get(start + (int) ((long) i * (end - start - 1) / Math.max(1, count - 1))));
        }
        return io.tessera.media.vision.TemporalMedian.of(sample);
    }
}
