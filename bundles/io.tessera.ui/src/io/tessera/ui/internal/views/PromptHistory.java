package io.tessera.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import io.tessera.core.engine.GenerationRequest;

/**
 * The prompts that were generated, newest first, each prompt once, with the settings it was last generated with.
 * Kept in a preference node (one entry a line) so it outlives the workbench.
 */
public final class PromptHistory {
    /** How many prompts are kept. */
    public static final int MAX = 50;

    /** One generated prompt and the settings it was made with (engine id may be null). */
    public record Entry(String prompt, String engineId, double seconds, int fps, int width, int height, long seed, int steps,
            double guidance) {

        static Entry of(String prompt, String engineId, GenerationRequest r) {
            return new Entry(prompt, engineId, r.seconds(), r.fps(), r.width(), r.height(), r.seed(), r.steps(), r.guidance());
        }

        /** The prompt on one line, shortened to {@code max} characters, for a menu. */
        public String label(int max) {
            String one = prompt.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
            return one.length() <= max ? one : one.substring(0, Math.max(1, max - 1)) + '\u2026';
        }

        String encode() {
            return String.join("\t", escape(prompt), engineId == null ? "" : escape(engineId), Double.toString(seconds), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.toString(fps), Integer.toString(width), Integer.toString(height), Long.toString(seed), Integer.toString(steps),
                    Double.toString(guidance));
        }

        /** The entry a line stands for, or null when the line is not one (an older or damaged preference). */
        static Entry decode(String line) {
            String[] f = line.split("\t", -1); //$NON-NLS-1$
            if (f.length != 9 || f[0].isEmpty()) {
                return null;
            }
            try {
                return new Entry(unescape(f[0]), f[1].isEmpty() ? null : unescape(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), Long.parseLong(f[6]), Integer.parseInt(f[7]),
                        Double.parseDouble(f[8]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final IEclipsePreferences node;
    private final String key;
    private final List<Entry> entries = new ArrayList<>();

    private PromptHistory(IEclipsePreferences node, String key) {
        this.node = node;
        this.key = key;
    }

    /** The history kept under {@code key} of {@code node}. */
    public static PromptHistory load(IEclipsePreferences node, String key) {
        PromptHistory h = new PromptHistory(node, key);
        for (String line : node.get(key, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
            Entry e = line.isBlank() ? null : Entry.decode(line);
            if (e != null && h.entries.size() < MAX && h.indexOf(e.prompt()) < 0) {
                h.entries.add(e);
            }
        }
        return h;
    }

    /** Newest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }

    public Entry get(int index) {
        return entries.get(index);
    }

    /** Puts what was generated first (an earlier entry of the same prompt goes), keeps {@value #MAX}, and saves. */
    public void add(String engineId, GenerationRequest request) {
        String prompt = request.prompt().strip();
        if (prompt.isEmpty()) {
            return;
        }
        int old = indexOf(prompt);
        if (old >= 0) {
            entries.remove(old);
        }
        entries.add(0, Entry.of(prompt, engineId, request));
        while (entries.size() > MAX) {
            entries.remove(entries.size() - 1);
        }
        save();
    }

    /** Forgets every prompt. */
    public void clear() {
        entries.clear();
        save();
    }

    private int indexOf(String prompt) {
        String p = prompt.strip();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).prompt().strip().equals(p)) {
                return i;
            }
        }
        return -1;
    }

    private void save() {
        node.put(key, String.join("\n", entries.stream().map(Entry::encode).toList())); //$NON-NLS-1$
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(PromptHistory.class).warn("Could not keep the prompt history: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                case '\n' -> b.append("\\n"); //$NON-NLS-1$
                case '\r' -> b.append("\\r"); //$NON-NLS-1$
                case '\t' -> b.append("\\t"); //$NON-NLS-1$
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PromptHistory[%d]", entries.size()); //$NON-NLS-1$
    }
}
