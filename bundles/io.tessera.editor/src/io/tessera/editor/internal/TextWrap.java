package io.tessera.editor.internal;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a width in a font, at spaces; each paragraph starts a new line. */
public final class TextWrap {
    private TextWrap() {
    }

    /** @param keepEmpty whether an empty paragraph stays as an empty line (titles) or is dropped (cards) */
    public static List<String> lines(String text, FontMetrics fm, int max, boolean keepEmpty) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) { //$NON-NLS-1$
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) { //$NON-NLS-1$
                String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
                if (!line.isEmpty() && fm.stringWidth(candidate) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (keepEmpty || !line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
