package io.tessera.editor;

import java.util.List;

import io.tessera.model.ClipItem;
import io.tessera.model.Keyframe;

/**
 * The gain of an item at a time. Between keyframes the gain moves evenly in decibels (as faders do), so a fade
 * sounds even; to or from silence it moves linearly, since silence has no decibel value. Before the first and
 * after the last point the gain holds; an item without points plays at unity.
 */
public final class VolumeEnvelope {
    private VolumeEnvelope() {
    }

    /** @param time seconds from the start of the item on the timeline */
    public static double gainAt(ClipItem item, double time) {
        List<Keyframe> keys = item.getVolume();
        if (keys.isEmpty()) {
            return 1;
        }
        if (time <= keys.get(0).getTime()) {
            return keys.get(0).getGain();
        }
        for (int i = 1; i < keys.size(); i++) {
            Keyframe b = keys.get(i);
            if (time <= b.getTime()) {
                Keyframe a = keys.get(i - 1);
                double span = b.getTime() - a.getTime();
                double f = span <= 0 ? 1 : (time - a.getTime()) / span;
                return interpolate(a.getGain(), b.getGain(), f);
            }
        }
        return keys.get(keys.size() - 1).getGain();
    }

    static double interpolate(double a, double b, double f) {
        if (a <= 1e-6 || b <= 1e-6) {
            return a + (b - a) * f;
        }
        return Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * f);
    }
}
