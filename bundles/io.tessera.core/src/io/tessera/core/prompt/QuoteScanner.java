package io.tessera.core.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of a prompt. Prompts are typed by people and pasted from word processors, so straight
 * quotes, curly quotes, German „…“ and guillemets all occur, sometimes mixed, and sometimes one is missing; on a command
 * line, where the prompt itself is in double quotes, speech comes in single quotes ({@code says 'hi'}). A straight
 * quote only opens before a non-space and only closes after a non-space, so in {@code says "hi and the square says "no"}
 * the first, unbalanced quote is dropped instead of swallowing the words up to the next one. A quote that never closes
 * is ignored.
 */
final class QuoteScanner {

    /**
     * One quoted passage.
     *
     * @param open index of the opening quote character
     * @param close index of the closing quote character
     * @param text what is between them, trimmed, inner whitespace collapsed
     */
    record Quote(int open, int close, String text) {
    }

    private QuoteScanner() {
    }

    static List<Quote> scan(String s) {
        List<Quote> quotes = new ArrayList<>();
        int pending = -1;
        char opener = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isQuote(c, s, i)) {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            boolean spaceAfter = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
            boolean straight = c == '"' || c == '\'';
            if (pending >= 0 && closes(opener, c) && (!straight || !spaceBefore) && (c != '\'' || !letterAfter(s, i))) {
                quotes.add(new Quote(pending, i, clean(s.substring(pending + 1, i))));
                pending = -1;
            } else if (opens(c) && !spaceAfter && (c != '\'' || boundaryBefore(s, i))
                    && (pending < 0 || single(c) == single(opener) || single(opener))) {
                // a new opener while one is pending: the pending one was unbalanced. Single quotes inside a double
                // quote are nested ones; a pending single quote is more likely a stray apostrophe than a quote.
                pending = i;
                opener = c;
            }
        }
        return quotes;
    }

    /**
     * Characters that may be quote marks here. An apostrophe inside a word ("don't", "don’t") is not: a straight or
     * curly single quote only counts with a space or punctuation on one side.
     */
    static boolean isQuote(char c, String s, int i) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> true;
            case '\u2018' -> i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            case '\u2019' -> !letterAfter(s, i);
            case '\'' -> boundaryBefore(s, i) || !letterAfter(s, i);
            default -> false;
        };
    }

    private static boolean letterAfter(String s, int i) {
        return i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static boolean boundaryBefore(String s, int i) {
        return i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{:-\u2014\u2013".indexOf(s.charAt(i - 1)) >= 0; //$NON-NLS-1$
    }

    private static boolean single(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static boolean opens(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' || c == '\'';
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '"', '\u201C' -> c == '"' || c == '\u201D';
            case '\u201E' -> c == '\u201C' || c == '\u201D' || c == '"';
            case '\u00AB' -> c == '\u00BB';
            case '\u2018', '\'' -> c == '\u2019' || c == '\'';
            default -> false;
        };
    }

    /** Trims and collapses whitespace; a trailing comma belongs to the sentence around the quote ("Hi," she says). */
    private static String clean(String text) {
        String s = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        while (!s.isEmpty() && ",;:".indexOf(s.charAt(s.length() - 1)) >= 0) { //$NON-NLS-1$
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
