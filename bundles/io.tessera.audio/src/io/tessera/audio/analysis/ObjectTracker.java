package io.tessera.audio.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follows foreground regions from frame to frame within one shot: each live object's next position is predicted from
 * its velocity and matched to the nearest region of a similar colour. When two objects touch, their regions fuse into
 * one; both are then marked as meeting at that frame (a contact) and coast on their predictions until they part.
 */
final class ObjectTracker {
    /** Frames an object may stay unseen before it is given up. */
    private static final int MAX_GAP = 8;

    /**
     * A contact: two objects whose regions fused at a frame, with their closing speed in pixels per frame.
     * {@code fromPair}: the second was one of two objects seen as one region, so its path says nothing of the contact.
     */
    record Contact(int frame, Observed first, Observed second, double closingSpeed, double x, double y, boolean fromPair) {
    }

    /** A track while it is being built; frames where it was not seen are absent. */
    static final class Observed {
        final List<Integer> frames = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        /** Per observation: whether the region was shared with another object it touched. */
        final List<Boolean> fused = new ArrayList<>();
        int mergedSince = -1;
        int lastSeen;
        /** Whether the last region is its estimated share of a region it fused into with one other object. */
        boolean estimated;

        Region last() {
            return regions.get(regions.size() - 1);
        }

        void add(int frame, Region r, boolean shared) {
            frames.add(frame);
            regions.add(r);
            fused.add(shared);
            lastSeen = frame;
            estimated = false;
        }

        /** The last region seen on its own, not fused with another object's. */
        Region lastOwn() {
            for (int k = regions.size() - 1; k >= 0; k--) {
                if (!fused.get(k)) {
                    return regions.get(k);
                }
            }
            return last();
        }

        double[] velocity() {
            int b = -1;
            int a = -1;
            for (int k = frames.size() - 1; k >= 0 && a < 0; k--) {
                if (!fused.get(k)) {
                    if (b < 0) {
                        b = k;
                    } else {
                        a = k;
                    }
                }
            }
            if (a < 0) {
                return new double[2];
            }
            double dt = frames.get(b) - frames.get(a);
            return new double[] { (regions.get(b).cx() - regions.get(a).cx()) / dt, (regions.get(b).cy() - regions.get(a).cy()) / dt };
        }

        double[] predict(int frame) {
            if (mergedSince >= 0 && estimated) {
                // inside a fusion of two its own place is estimated frame by frame (split): it goes on along that path
                return predictAhead(frame);
            }
            if (mergedSince >= 0) {
                // out of a fusion, colliding objects come back the way they came: expect each near where it was last
                // seen on its own, not carried on through the other
                Region own = lastOwn();
                return new double[] { own.cx(), own.cy() };
            }
            double[] v = velocity();
            Region r = last();
            double dt = frame - frames.get(frames.size() - 1);
            return new double[] { r.cx() + v[0] * dt, r.cy() + v[1] * dt };
        }

        /** Where it would be at {@code frame} on its own path, from its last two positions, estimated or seen. */
        double[] predictAhead(int frame) {
            int n = frames.size();
            Region r = last();
            if (n < 2) {
                return new double[] { r.cx(), r.cy() };
            }
            Region q = regions.get(n - 2);
            double dt = Math.max(1, frames.get(n - 1) - frames.get(n - 2));
            double gap = frame - frames.get(n - 1);
            return new double[] { r.cx() + (r.cx() - q.cx()) / dt * gap, r.cy() + (r.cy() - q.cy()) / dt * gap };
        }

        /** Median width and height of the last few regions seen on its own, in proxy pixels. */
        double[] typicalExtent() {
            List<Integer> w = new ArrayList<>();
            List<Integer> h = new ArrayList<>();
            for (int i = regions.size() - 1; i >= 0 && w.size() < 8; i--) {
                if (!fused.get(i)) {
                    w.add(regions.get(i).maxX() - regions.get(i).minX() + 1);
                    h.add(regions.get(i).maxY() - regions.get(i).minY() + 1);
                }
            }
            if (w.isEmpty()) {
                return new double[] { last().maxX() - last().minX() + 1, last().maxY() - last().minY() + 1 };
            }
            w.sort(null);
            h.sort(null);
            return new double[] { w.get(w.size() / 2), h.get(h.size() / 2) };
        }

        /** Regions seen on its own so far. */
        int ownCount() {
            int n = 0;
            for (boolean f : fused) {
                if (!f) {
                    n++;
                }
            }
            return n;
        }

        double typicalArea() {
            int n = regions.size();
            List<Integer> areas = new ArrayList<>();
            for (int i = n - 1; i >= 0 && areas.size() < 8; i--) {
                if (!fused.get(i)) {
                    areas.add(regions.get(i).area());
                }
            }
            if (areas.isEmpty()) {
                areas.add(last().area());
            }
            areas.sort(null);
            return areas.get(areas.size() / 2);
        }
    }

    /** Largest piece of an object cut by an overlay that its track takes back, as a share of the object's area. */
    private static final double PIECE = 0.6;
    /** How far, in the lost object's extents, its predicted centre may fall outside a region it fused into. */
    private static final double FUSE_REACH = 0.5;
    /** Centres closer than this (proxy pixels) on an axis were level on it before two objects touched. */
    private static final double LEVEL_PIXELS = 2;
    private final int width;
    private final int height;
    private final double gate;
    private final List<Observed> live = new ArrayList<>();
    private final List<Observed> all = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();

    ObjectTracker(int width, int height) {
        this.width = width;
        this.height = height;
        this.gate = Math.max(6, 0.18 * Math.max(width, height));
    }

    /**
     * A predicted centre beyond where the object would touch an edge of the picture, mirrored back: an object that
     * meets a wall comes back off it (the wall reflects it), and the prediction that carried it on through the wall
     * would miss it.
     */
    private double[] inside(Observed t, double[] p) {
        double[] e = t.typicalExtent();
        return new double[] { mirror(p[0], (e[0] - 1) / 2, width - 1 - (e[0] - 1) / 2), mirror(p[1], (e[1] - 1) / 2, height - 1 - (e[1] - 1) / 2) };
    }

    private static double mirror(double v, double low, double high) {
        if (low >= high) {
            return v;
        }
        return v < low ? Math.min(high, 2 * low - v) : v > high ? Math.max(low, 2 * high - v) : v;
    }

    void next(int frame, List<Region> regions) {
        live.removeIf(t -> frame - t.lastSeen > MAX_GAP);
        record Pair(Observed track, Region region, double cost) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Observed t : live) {
            double[] p = inside(t, t.predict(frame));
            for (Region r : regions) {
                double d = Math.hypot(r.cx() - p[0], r.cy() - p[1]);
                if (d <= gate) {
                    pairs.add(new Pair(t, r, d + 0.08 * Region.colourDistance(t.last().rgb(), r.rgb())));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cost));
        // insertion-ordered (a track's identity is its equality): what claims a piece or a fused region first must not
        // depend on identity hash codes, or the same clip would sound different from run to run
        java.util.Map<Observed, Region> assigned = new java.util.LinkedHashMap<>();
        java.util.Set<Region> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Pair p : pairs) {
            if (!assigned.containsKey(p.track) && !taken.contains(p.region)) {
                assigned.put(p.track, p.region);
                taken.add(p.region);
            }
        }
        absorbFragments(assigned, regions, taken);
        java.util.Set<Observed> merged = new java.util.LinkedHashSet<>();
        java.util.Map<Observed, Region> fusedWith = new java.util.LinkedHashMap<>();
        for (Observed lost : live) {
            if (assigned.containsKey(lost)) {
                continue;
            }
            double[] p = inside(lost, lost.predict(frame));
            for (java.util.Map.Entry<Observed, Region> e : assigned.entrySet()) {
                Region r = e.getValue();
                Observed owner = e.getKey();
                // the lost object's predicted centre in the region, or near enough that its outline reaches into it (a
                // falling object gains speed, so its prediction may land just outside where it fused)
                double margin = Math.max(1.5, FUSE_REACH * Math.max(lost.typicalExtent()[0], lost.typicalExtent()[1]));
                if (r.contains(p[0], p[1], margin) && r.area() > 1.35 * owner.typicalArea()) {
                    fuse(frame, owner, lost, r);
                    merged.add(owner);
                    merged.add(lost);
                    fusedWith.put(lost, r);
                    break;
                }
            }
        }
        transfers(frame, assigned, merged);
        java.util.Map<Observed, Region> shared = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<Observed, Region> e : assigned.entrySet()) {
            Observed t = e.getKey();
            if (merged.contains(t)) {
                shared.put(t, e.getValue());
                continue;
            }
            t.mergedSince = -1;
            t.add(frame, e.getValue(), false);
        }
        // objects that touch share one region, marked as fused: two each get their estimated place in it (split), three
        // or more all follow it (it still lands, hits walls)
        java.util.Map<Region, List<Observed>> byRegion = new java.util.IdentityHashMap<>();
        List<Region> order = new ArrayList<>();
        for (Observed t : merged) {
            Region r = shared.get(t);
            if (r == null) {
                r = fusedWith.get(t);
            }
            if (!byRegion.containsKey(r)) {
                order.add(r);
            }
            byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
        }
        for (Region r : order) {
            List<Observed> group = byRegion.get(r);
            if (group.size() == 2) {
                Region[] parts = split(r, group.get(0), group.get(1), frame);
                group.get(0).add(frame, parts[0], true);
                group.get(1).add(frame, parts[1], true);
                group.get(0).estimated = true;
                group.get(1).estimated = true;
            } else {
                for (Observed t : group) {
                    t.add(frame, r, true);
                }
            }
        }
        for (Region r : regions) {
            if (!taken.contains(r)) {
                Observed t = new Observed();
                t.add(frame, r, false);
                live.add(t);
                all.add(t);
            }
        }
    }

    /**
     * Two objects seen as one region from the start (side by side in the first frame) part when one of them meets a
     * third: at that frame the pair's region shrinks to about one object and the third's grows by about as much, next
     * to it. No track was lost, so no fusion is seen; the growth is the contact.
     */
    private void transfers(int frame, java.util.Map<Observed, Region> assigned, java.util.Set<Observed> merged) {
        for (java.util.Map.Entry<Observed, Region> a : assigned.entrySet()) {
            Observed pair = a.getKey();
            Region shrunk = a.getValue();
            double pairArea = pair.typicalArea();
            if (merged.contains(pair) || pair.ownCount() < 3 || shrunk.area() > 0.65 * pairArea) {
                continue;
            }
            for (java.util.Map.Entry<Observed, Region> b : assigned.entrySet()) {
                Observed other = b.getKey();
                Region grown = b.getValue();
                double gained = grown.area() - other.typicalArea();
                double lost = pairArea - shrunk.area();
                if (other == pair || merged.contains(other) || other.ownCount() < 3 || gained < 0.6 * lost || gained > 1.6 * lost || Region.gap(shrunk, grown) > 2) {
                    continue;
                }
                double closing = closingSpeed(other.last(), other.velocity(), shrunk, pair.velocity());
                contacts.add(new Contact(frame, other, pair, closing, (shrunk.cx() + grown.cx()) / 2, (shrunk.cy() + grown.cy()) / 2, true));
                break;
            }
        }
    }

    /**
     * An object cut in pieces by something drawn over it (a caption, the visible "AI-generated" label in a corner) or
     * seen only in parts against a background of its own colour is one object: a track whose region came out smaller
     * than the object has been takes the unclaimed pieces of a similar colour that lie where the rest of it should be,
     * as long as together they are no bigger than the object. Without this the track ends at the label and a new one
     * starts, and a bounce under the label has no path before or after it.
     */
    private static void absorbFragments(java.util.Map<Observed, Region> assigned, List<Region> regions, java.util.Set<Region> taken) {
        for (java.util.Map.Entry<Observed, Region> e : assigned.entrySet()) {
            Observed t = e.getKey();
            Region r = e.getValue();
            if (t.ownCount() < 3 || r.area() >= 0.85 * t.typicalArea()) {
                continue;
            }
            double[] size = t.typicalExtent();
            for (Region p : regions) {
                // a piece is much smaller than the object: two objects that were one region and part are not pieces
                if (taken.contains(p) || p.area() > PIECE * t.typicalArea() || Region.colourDistance(p.rgb(), r.rgb()) > 150 || Region.gap(r, p) > 4) {
                    continue;
                }
                Region u = Region.union(r, p);
                if (u.maxX() - u.minX() + 1 <= 1.25 * size[0] + 1 && u.maxY() - u.minY() + 1 <= 1.25 * size[1] + 1 && u.area() <= 1.15 * t.typicalArea()) {
                    r = u;
                    taken.add(p);
                }
            }
            e.setValue(r);
        }
    }

    /**
     * Where each of two touching objects is inside the one region they make: each is as big as it was seen on its own,
     * and on each axis the one that was on the low side before they touched holds the region's low end and the other
     * the high end (touching objects do not pass through each other along the line between them). On an axis where
     * they were level, each keeps its predicted centre, within the region. The sum of two outlines is the region's
     * outline, so what happens to either of them while they touch (a landing, a bounce off a wall, off each other)
     * still shows as a change of its velocity.
     */
    private static Region[] split(Region u, Observed a, Observed b, int frame) {
        double[] ea = a.typicalExtent();
        double[] eb = b.typicalExtent();
        double[] pa = a.predictAhead(frame);
        double[] pb = b.predictAhead(frame);
        Region la = a.lastOwn();
        Region lb = b.lastOwn();
        double[] ca = new double[2];
        double[] cb = new double[2];
        for (int axis = 0; axis < 2; axis++) {
            double lo = axis == 0 ? u.minX() : u.minY();
            double hi = axis == 0 ? u.maxX() : u.maxY();
            double da = axis == 0 ? la.cx() : la.cy();
            double db = axis == 0 ? lb.cx() : lb.cy();
            double ha = (ea[axis] - 1) / 2;
            double hb = (eb[axis] - 1) / 2;
            if (Math.abs(da - db) >= LEVEL_PIXELS) {
                boolean aLow = da < db;
                ca[axis] = aLow ? lo + ha : hi - ha;
                cb[axis] = aLow ? hi - hb : lo + hb;
            } else {
                ca[axis] = clamp(pa[axis], lo + ha, hi - ha);
                cb[axis] = clamp(pb[axis], lo + hb, hi - hb);
            }
        }
        return new Region[] { estimate(ca, ea, a), estimate(cb, eb, b) };
    }

    private static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }

    private static Region estimate(double[] c, double[] e, Observed t) {
        int area = (int) Math.round(t.typicalArea());
        return new Region(area, c[0], c[1], (int) Math.round(c[0] - (e[0] - 1) / 2), (int) Math.round(c[1] - (e[1] - 1) / 2),
                (int) Math.round(c[0] + (e[0] - 1) / 2), (int) Math.round(c[1] + (e[1] - 1) / 2), t.lastOwn().rgb());
    }

    private void fuse(int frame, Observed a, Observed b, Region region) {
        boolean fresh = a.mergedSince < 0 && b.mergedSince < 0;
        if (a.mergedSince < 0) {
            a.mergedSince = frame;
        }
        if (b.mergedSince < 0) {
            b.mergedSince = frame;
        }
        if (!fresh) {
            return;
        }
        double closing = closingSpeed(a.lastOwn(), a.velocity(), b.lastOwn(), b.velocity());
        contacts.add(new Contact(frame, a, b, closing, region.cx(), region.cy(), false));
    }

    /** How fast {@code a} (at {@code ra}, moving {@code va}) and {@code b} close in on each other, along the line between them. */
    private static double closingSpeed(Region ra, double[] va, Region rb, double[] vb) {
        double dx = rb.cx() - ra.cx();
        double dy = rb.cy() - ra.cy();
        double dist = Math.max(1e-6, Math.hypot(dx, dy));
        return ((va[0] - vb[0]) * dx + (va[1] - vb[1]) * dy) / dist;
    }

    List<Observed> tracks() {
        return all;
    }

    List<Contact> contacts() {
        return contacts;
    }
}
