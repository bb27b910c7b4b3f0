package io.tessera.core.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a prompt, lower case, with where it is, so a line's parts can be cut out of the
 * original text. Hyphenated words and apostrophes stay one word ("dark-blue", "don't").
 *
 * @param w the token, lower case; any line break is a single "\n" token (a clause boundary)
 * @param start index of its first character in the prompt
 * @param end index after its last character
 */
record Tok(String w, int start, int end) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|\\R|[^\\s\\p{L}\\p{N}]"); //$NON-NLS-1$

    boolean word() {
        return Character.isLetterOrDigit(w.codePointAt(0));
    }

    boolean is(String s) {
        return w.equals(s);
    }

    /** The words, punctuation marks and line breaks of {@code s} between from and to. */
    static List<Tok> tokens(String s, int from, int to) {
        List<Tok> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        Matcher m = TOKEN.matcher(s).region(from, to);
        while (m.find()) {
            String w = m.group();
            out.add(new Tok(w.startsWith("\n") || w.startsWith("\r") ? "\n" : w.toLowerCase(Locale.ROOT), m.start(), m.end())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return out;
    }
}
