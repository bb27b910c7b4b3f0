package io.tessera.editor.storyboard;

import java.util.ArrayList;
import java.util.List;

/** Splits text into caption-sized pieces at sentence ends, then commas, then spaces. */
public final class Captions {
    private Captions() {
    }

    public static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        split(text.replaceAll("\\s+", " ").strip(), max, out); //$NON-NLS-1$ //$NON-NLS-2$
        return out;
    }

    private static void split(String text, int max, List<String> out) {
        if (text.length() <= max) {
            if (!text.isEmpty()) {
                out.add(text);
            }
            return;
        }
        int cut = lastBreak(text, max, ". ", "! ", "? "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (cut < max / 3) {
            cut = lastBreak(text, max, ", ", "; ", ": "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (cut < max / 3) {
            cut = lastBreak(text, max, " "); //$NON-NLS-1$
        }
        if (cut <= 0) {
            cut = max;
        }
        out.add(text.substring(0, cut).strip());
        split(text.substring(cut).strip(), max, out);
    }

    private static int lastBreak(String text, int max, String... marks) {
        int best = -1;
        for (String m : marks) {
            int i = text.lastIndexOf(m, max - 1);
            if (i >= 0) {
                best = Math.max(best, i + m.length() - 1);
            }
        }
        return best + 1;
    }
}
