package io.tessera.editor.storyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article, a news text or a script into paragraphs and sentences. Blank lines end paragraphs; lines wrapped
 * inside a paragraph are joined; each bullet-list item is a sentence of its own even without a full stop; a heading
 * ({@code # Title}, a script slugline such as {@code INT. KITCHEN - NIGHT}, or a short line without end punctuation
 * followed by more text) is kept and marked, since it is not narrated. A full stop after a known abbreviation
 * ("Dr.", "e.g."), an initial ("J. Smith") or inside a number ("3.5") does not end a sentence, nor does end punctuation
 * inside a quotation that goes on; "!" "?" "…" and the end marks of other scripts (。！？ ؟ । ።) do.
 */
public final class TextSplitter {
    /**
     * One sentence of the text.
     *
     * @param text the sentence, trimmed, with inner line breaks made spaces
     * @param paragraph 0-based paragraph number; a bullet item or a heading is a paragraph of its own
     * @param heading whether it is a heading (not narrated)
     */
    public record Sentence(String text, int paragraph, boolean heading) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+\u2022\u2023\u25E6\u00B7\u2013]|\\d{1,3}[.)])\\s+(.*)$"); //$NON-NLS-1$
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*?)\\s*#*\\s*$"); //$NON-NLS-1$
    private static final Pattern SLUGLINE = Pattern.compile("^\\s*(?:INT|EXT|INT\\./EXT|I/E|EST)[.\\s].*$"); //$NON-NLS-1$
    /** Never end a sentence: titles and Latin abbreviations that are followed by more of the same sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "mt", "gen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "col", "lt", "sgt", "capt", "rev", "hon", "cf", "vs", "approx", "ca", "bzw", "usw", "sog", "hr", "fr", "sra", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
            "mme", "mlle"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Abbreviations only before a number: "No. 5", "Fig. 2", "p. 12" (while "No. I won't." ends a sentence). */
    private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("no", "nr", "fig", "vol", "ch", "p", "pp", "art", "nos"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    private static final String TERMINALS = ".!?\u2026\u3002\uFF01\uFF1F\u203C\u2047\u2048\u2049\u061F\u0964\u0965\u06D4\u1362\u1367"; //$NON-NLS-1$
    /** End marks of scripts written without spaces: a sentence ends there whatever follows. */
    private static final String WIDE_TERMINALS = "\u3002\uFF01\uFF1F"; //$NON-NLS-1$
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB\u203A)]}\u300D\u300F\uFF09"; //$NON-NLS-1$
    private static final String OPENERS = "\"'\u201C\u2018\u201E\u00AB\u2039([{\u300C\u300E\uFF08\u00BF\u00A1"; //$NON-NLS-1$
    private static final int MAX_HEADING_WORDS = 10;

    private TextSplitter() {
    }

    /** The sentences of the text, in order; empty for blank text. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String normal = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String[] blocks = normal.split("\\n[ \\t\\u00A0]*\\n"); //$NON-NLS-1$
        int paragraph = 0;
        for (int b = 0; b < blocks.length; b++) {
            boolean last = b == blocks.length - 1;
            StringBuilder running = new StringBuilder();
            for (String line : blocks[b].split("\\n")) { //$NON-NLS-1$
                if (line.isBlank()) {
                    continue;
                }
                Matcher h = MARKDOWN_HEADING.matcher(line);
                Matcher bullet = BULLET.matcher(line);
                if (h.matches() || SLUGLINE.matcher(line).matches()) {
                    paragraph = flush(running, paragraph, out);
                    out.add(new Sentence(clean(h.matches() ? h.group(1) : line), paragraph++, true));
                } else if (bullet.matches()) {
                    paragraph = flush(running, paragraph, out);
                    for (String s : sentences(bullet.group(1))) {
                        out.add(new Sentence(s, paragraph, false));
                    }
                    paragraph++;
                } else {
                    running.append(running.isEmpty() ? "" : " ").append(line.trim()); //$NON-NLS-1$
                }
            }
            String para = clean(running.toString());
            if (!para.isEmpty() && !last && isHeadingLike(para)) {
                out.add(new Sentence(para, paragraph++, true));
                running.setLength(0);
            }
            paragraph = flush(running, paragraph, out);
        }
        return out;
    }

    private static int flush(StringBuilder running, int paragraph, List<Sentence> out) {
        String para = clean(running.toString());
        running.setLength(0);
        if (para.isEmpty()) {
            return paragraph;
        }
        for (String s : sentences(para)) {
            out.add(new Sentence(s, paragraph, false));
        }
        return paragraph + 1;
    }

    private static boolean isHeadingLike(String para) {
        char end = para.charAt(para.length() - 1);
        return TERMINALS.indexOf(end) < 0 && CLOSERS.indexOf(end) < 0 && end != ':' && end != ','
                && para.split("\\s+").length <= MAX_HEADING_WORDS; //$NON-NLS-1$
    }

    private static String clean(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The sentences of one paragraph. */
    static List<String> sentences(String para) {
        List<String> out = new ArrayList<>();
        boolean[] quoted = quoted(para);
        int start = 0;
        int i = 0;
        int n = para.length();
        while (i < n) {
            char c = para.charAt(i);
            if (TERMINALS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int endMark = i;
            int j = i;
            while (j < n && TERMINALS.indexOf(para.charAt(j)) >= 0) {
                j++;
            }
            boolean closesQuote = false;
            while (j < n && CLOSERS.indexOf(para.charAt(j)) >= 0) {
                closesQuote = true;
                j++;
            }
            boolean boundary;
            if (quoted[endMark] && !closesQuote) {
                boundary = false;
            } else if (WIDE_TERMINALS.indexOf(c) >= 0 || j >= n) {
                boundary = true;
            } else if (!Character.isWhitespace(para.charAt(j))) {
                boundary = false;
            } else {
                boundary = startsSentence(para, j) && !(c == '.' && j == endMark + 1 && abbreviation(para, start, endMark, j));
            }
            if (boundary) {
                add(out, para.substring(start, j));
                start = j;
            }
            i = j;
        }
        add(out, para.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.trim();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** Whether the next word starts a sentence: an upper-case or uncased letter, a digit or an opening mark. */
    private static boolean startsSentence(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        if (k >= s.length()) {
            return true;
        }
        int cp = s.codePointAt(k);
        if (OPENERS.indexOf(cp) >= 0 || Character.isDigit(cp)) {
            return true;
        }
        return Character.isLetter(cp) && !Character.isLowerCase(cp);
    }

    /** Whether the word ending at the full stop {@code dot} is an abbreviation or an initial; {@code next} is after it. */
    private static boolean abbreviation(String s, int from, int dot, int next) {
        int k = dot;
        while (k > from && !Character.isWhitespace(s.charAt(k - 1)) && OPENERS.indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        String word = s.substring(k, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(s.charAt(k))) {
            return true; // an initial: "J. Smith"
        }
        if (word.matches("(?:\\p{L}\\.)+\\p{L}")) { //$NON-NLS-1$
            return true; // "e.g.", "i.e.", "U.S.", "z.B."
        }
        if (NUMBER_ABBREVIATIONS.contains(word)) {
            int m = next;
            while (m < s.length() && Character.isWhitespace(s.charAt(m))) {
                m++;
            }
            return m < s.length() && Character.isDigit(s.charAt(m));
        }
        return ABBREVIATIONS.contains(word);
    }

    /**
     * Which characters are inside a quotation. Straight double quotes pair up; curly, guillemet and corner quotes open
     * and close. A quotation that does not close within the paragraph is not one.
     */
    private static boolean[] quoted(String s) {
        boolean[] in = new boolean[s.length() + 1];
        int open = -1;
        char closer = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (open < 0) {
                closer = switch (c) {
                    case '"' -> '"';
                    case '\u201C' -> '\u201D';
                    case '\u201E' -> '\u201C';
                    case '\u00AB' -> '\u00BB';
                    case '\u300C' -> '\u300D';
                    case '\u300E' -> '\u300F';
                    default -> 0;
                };
                if (closer != 0) {
                    open = i;
                }
            } else if (c == closer || closer == '\u201C' && c == '\u201D') {
                for (int k = open + 1; k < i; k++) {
                    in[k] = true;
                }
                open = -1;
            }
        }
        return in;
    }
}
