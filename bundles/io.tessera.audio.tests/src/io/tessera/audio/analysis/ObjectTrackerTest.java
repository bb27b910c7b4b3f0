package io.tessera.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tracker on regions laid out by hand, for what a rendered clip shows only by chance. */
class ObjectTrackerTest {
    private static final int RED = 0xD02020;

    /** A square region of side {@code side} centred at (x, y). */
    private static Region square(double x, double y, int side, int rgb) {
        int h = side / 2;
        return new Region(side * side, x, y, (int) x - h, (int) y - h, (int) x - h + side - 1, (int) y - h + side - 1, rgb);
    }

    @Test
    void aFastObjectBouncingOffAWallStaysOneTrack() {
        // 20 pixels a frame towards the right edge of a 128-wide picture and back off it: carried on through the wall,
        // its prediction would be 36 pixels from where it comes back
        ObjectTracker tracker = new ObjectTracker(128, 128);
        double x = 40;
        double v = 20;
        for (int frame = 0; frame < 10; frame++) {
            tracker.next(frame, List.of(square(x, 64, 10, RED)));
            x += v;
            // its right side meets the wall when its centre is at 122.5
            if (x > 122.5) {
                x = 245 - x;
                v = -v;
            }
        }
        List<ObjectTracker.Observed> tracks = tracker.tracks();
        assertEquals(1, tracks.size(), "one object, one track: " + tracks.stream().map(t -> t.frames + " " + t.regions.stream().map(Region::cx).toList()).toList());
        assertEquals(10, tracks.get(0).frames.size());
    }

    @Test
    void oneOfAPairSeenAsOneRegionMeetingAThirdIsAContact() {
        // two boxes side by side from the first frame are one region; a third comes from the right and at frame 6 the
        // nearer of the pair joins it: the pair's region shrinks by one box and the third's grows by one
        ObjectTracker tracker = new ObjectTracker(128, 128);
        for (int frame = 0; frame < 10; frame++) {
            List<Region> regions = new ArrayList<>();
            if (frame < 6) {
                regions.add(new Region(200, 40.5, 64, 31, 59, 50, 68, RED));
                regions.add(square(90 - 4 * frame, 64, 10, RED));
            } else {
                int moved = 2 * (frame - 6);
                regions.add(new Region(100, 35.5, 64, 31, 59, 40, 68, RED));
                regions.add(new Region(200, 50.5 + moved, 64, 41 + moved, 59, 60 + moved, 68, RED));
            }
            tracker.next(frame, regions);
        }
        assertTrue(tracker.contacts().stream().anyMatch(c -> c.frame() == 6 && c.fromPair()), "the meeting at 6: " + tracker.contacts());
    }
}
