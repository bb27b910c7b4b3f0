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

    /** A contact: two objects whose regions fused at a frame, with their closing speed in pixels per frame. */
    record Contact(int frame, Observed first, Observed second, double closingSpeed, double x, double y) {
    }

    /** A track while it is being built; frames where it was not seen are absent. */
    static final class Observed {
        final List<Integer> frames = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        int mergedSince = -1;
        int lastSeen;

        Region last() {
            return regions.get(regions.size() - 1);
        }

        double[] velocity() {
            int n = frames.size();
            if (n < 2) {
                return new double[2];
            }
            Region a = regions.get(n - 2);
            Region b = regions.get(n - 1);
            double dt = frames.get(n - 1) - frames.get(n - 2);
            return new double[] { (b.cx() - a.cx()) / dt, (b.cy() - a.cy()) / dt };
        }

        double[] predict(int frame) {
            double[] v = velocity();
            Region r = last();
            double dt = frame - frames.get(frames.size() - 1);
            return new double[] { r.cx() + v[0] * dt, r.cy() + v[1] * dt };
        }

        double typicalArea() {
            int n = regions.size();
            List<Integer> areas = new ArrayList<>();
            for (int i = Math.max(0, n - 8); i < n; i++) {
                areas.add(regions.get(i).area());
            }
            areas.sort(null);
            return areas.get(areas.size() / 2);
        }
    }

    private final double gate;
    private final List<Observed> live = new ArrayList<>();
    private final List<Observed> all = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();

    ObjectTracker(int width, int height) {
        this.gate = Math.max(6, 0.18 * Math.max(width, height));
    }

    void next(int frame, List<Region> regions) {
        live.removeIf(t -> frame - t.lastSeen > MAX_GAP);
        record Pair(Observed track, Region region, double cost) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Observed t : live) {
            double[] p = t.predict(frame);
            for (Region r : regions) {
                double d = Math.hypot(r.cx() - p[0], r.cy() - p[1]);
                if (d <= gate) {
                    pairs.add(new Pair(t, r, d + 0.08 * colourDistance(t.last().rgb(), r.rgb())));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cost));
        java.util.Map<Observed, Region> assigned = new java.util.IdentityHashMap<>();
        java.util.Set<Region> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Pair p : pairs) {
            if (!assigned.containsKey(p.track) && !taken.contains(p.region)) {
                assigned.put(p.track, p.region);
                taken.add(p.region);
            }
        }
        java.util.Set<Observed> merged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Observed lost : live) {
            if (assigned.containsKey(lost)) {
                continue;
            }
            double[] p = lost.predict(frame);
            for (java.util.Map.Entry<Observed, Region> e : assigned.entrySet()) {
                Region r = e.getValue();
                Observed owner = e.getKey();
                if (r.contains(p[0], p[1], 1.5) && r.area() > 1.35 * owner.typicalArea()) {
                    fuse(frame, owner, lost, r);
                    merged.add(owner);
                    merged.add(lost);
                    break;
                }
            }
        }
        for (java.util.Map.Entry<Observed, Region> e : assigned.entrySet()) {
            Observed t = e.getKey();
            if (merged.contains(t)) {
                continue;
            }
            t.mergedSince = -1;
            t.frames.add(frame);
            t.regions.add(e.getValue());
            t.lastSeen = frame;
        }
        for (Observed t : merged) {
            t.lastSeen = frame;
        }
        for (Region r : regions) {
            if (!taken.contains(r)) {
                Observed t = new Observed();
                t.frames.add(frame);
                t.regions.add(r);
                t.lastSeen = frame;
                live.add(t);
                all.add(t);
            }
        }
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
        Region ra = a.last();
        Region rb = b.last();
        double[] va = a.velocity();
        double[] vb = b.velocity();
        double dx = rb.cx() - ra.cx();
        double dy = rb.cy() - ra.cy();
        double dist = Math.max(1e-6, Math.hypot(dx, dy));
        double closing = ((va[0] - vb[0]) * dx + (va[1] - vb[1]) * dy) / dist;
        contacts.add(new Contact(frame, a, b, closing, region.cx(), region.cy()));
    }

    List<Observed> tracks() {
        return all;
    }

    List<Contact> contacts() {
        return contacts;
    }

    static int colourDistance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
