package io.tessera.core.prompt;

import java.util.ArrayList;
import java.util.List;

import io.tessera.core.prompt.QuoteScanner.Quote;

/**
 * Decides whether one quote is a spoken line and who speaks it, from the words before it (since the previous line) and
 * after it (up to the next quote): a speech verb with its speaker before the quote, a script-style "X:", or the
 * inverted forms after it.
 *
 * @param masked the prompt with all quotes blanked
 * @param q the quote
 * @param before tokens between the previous line (or the start) and the quote
 * @param after tokens between the quote and the next quote (or the end)
 * @param hasNext whether another quote follows
 * @param previous the previous line, or null
 * @param order the line's position if it is one
 */
record Attribution(String masked, Quote q, List<Tok> before, List<Tok> after, boolean hasNext, Found previous,
        int order) {
    private static final int MAX_PHRASE_WORDS = 6;
    private static final int[] NONE = new int[0];

    Found attribute() {
        Found f = verbBefore();
        if (f == null) {
            f = colonBefore();
        }
        if (f == null) {
            f = verbAfter();
        }
        return f;
    }

    /** {@code X says "…"}, {@code X says to Y: "…"}, {@code a circle bounces and says "…"}. */
    private Found verbBefore() {
        List<Tok> b = before;
        for (int j = b.size() - 1; j >= 0; j--) {
            String verb = b.get(j).word() ? DialogueWords.speechVerb(b.get(j).w()) : null;
            if (verb == null) {
                continue;
            }
            int[] addressee = tail(b, j + 1);
            if (addressee == null) {
                continue;
            }
            int k = j - 1;
            while (k >= 0 && b.get(k).word() && (DialogueWords.PRE_VERB.contains(b.get(k).w()) || DialogueWords.isAdverb(b.get(k).w()))) {
                k--;
            }
            int regionStart = b.get(k + 1).start();
            Phrase np = k >= 0 && !DialogueWords.PRONOUNS.contains(b.get(k).w()) ? phraseBefore(b, k, true, 0) : null;
            String speaker;
            int first;
            if (np != null) {
                speaker = np.name();
                first = np.from();
            } else {
                first = k >= 0 && DialogueWords.PRONOUNS.contains(b.get(k).w()) ? k : k + 1;
                speaker = elidedSpeaker(b, first - 1);
            }
            int unitStart = connectorStart(b, first, first < b.size() ? b.get(first).start() : regionStart);
            int connEnd = first < b.size() ? b.get(first).start() : regionStart;
            int[] trail = trailing(addressee == NONE);
            int[] addr = addressee != NONE ? addressee : trail[1] >= 0 ? new int[] { trail[1], trail[2] } : NONE;
            return found(speaker, verb, unitStart, connEnd, np == null ? -1 : b.get(np.from()).start(),
                    np == null ? -1 : b.get(np.to()).end(), trail[0], addr);
        }
        return null;
    }

    /** {@code red circle: "…"}: a script line. */
    private Found colonBefore() {
        List<Tok> b = before;
        int n = b.size();
        if (n < 2 || !b.get(n - 1).is(":")) { //$NON-NLS-1$
            return null;
        }
        Phrase np = phraseBefore(b, n - 2, false, 1);
        if (np == null || np.words().size() > 4) {
            return null;
        }
        int[] trail = trailing(true);
        int[] addr = trail[1] >= 0 ? new int[] { trail[1], trail[2] } : NONE;
        return found(np.name(), "says", connectorStart(b, np.from(), b.get(np.from()).start()), b.get(np.from()).start(), //$NON-NLS-1$
                b.get(np.from()).start(), b.get(np.to()).end(), trail[0], addr);
    }

    /** {@code "…", says the red circle} and {@code "…" the red circle says}. */
    private Found verbAfter() {
        List<Tok> a = after;
        int n = a.size();
        int i = 0;
        while (i < n && i < 2 && !a.get(i).word() && !a.get(i).is("\n")) { //$NON-NLS-1$
            i++;
        }
        if (i >= n) {
            return null;
        }
        int unitStart = connectorStart(before, before.size(), q.open());
        String verb = DialogueWords.speechVerb(a.get(i).w());
        if (verb != null && a.get(i).word()) {
            int p = i + 1;
            while (p < n && a.get(p).word() && (a.get(p).is("out") || DialogueWords.isAdverb(a.get(p).w()))) { //$NON-NLS-1$
                p++;
            }
            if (p < n && DialogueWords.PRONOUNS.contains(a.get(p).w())) {
                return found(elidedSpeaker(before, before.size() - 1), verb, unitStart, q.open(), -1, -1,
                        endAfterAdverbs(a, p + 1), NONE);
            }
            Phrase np = phraseAfter(a, p);
            if (np == null) {
                return null;
            }
            return found(np.name(), verb, unitStart, q.open(), a.get(np.from()).start(), a.get(np.to()).end(),
                    endAfterAdverbs(a, np.to() + 1), NONE);
        }
        boolean pronoun = DialogueWords.PRONOUNS.contains(a.get(i).w());
        Phrase np = pronoun ? null : phraseAfter(a, i);
        int v = pronoun ? i + 1 : np == null ? -1 : np.to() + 1;
        if (v < 0 || v >= n || !a.get(v).word() || (verb = DialogueWords.speechVerb(a.get(v).w())) == null) {
            return null;
        }
        int p = v + 1;
        while (p < n && a.get(p).word() && (DialogueWords.POST_VERB.contains(a.get(p).w()) || DialogueWords.isAdverb(a.get(p).w()))) {
            p++;
        }
        // "… the square says" right before the next quote introduces that quote, not this one
        int rest = p;
        while (rest < n && (a.get(rest).is(":") || a.get(rest).is(",") || a.get(rest).is("-"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            rest++;
        }
        if (rest >= n && hasNext) {
            return null;
        }
        if (p < n && a.get(p).word() && !DialogueWords.CONJUNCTIONS.contains(a.get(p).w())) {
            return null;
        }
        int end = a.get(p - 1).end();
        if (pronoun) {
            return found(elidedSpeaker(before, before.size() - 1), verb, unitStart, q.open(), -1, -1, end, NONE);
        }
        return found(np.name(), verb, unitStart, q.open(), a.get(np.from()).start(), a.get(np.to()).end(), end, NONE);
    }

    private Found found(String speaker, String verb, int unitStart, int connEnd, int npStart, int npEnd, int unitEnd,
            int[] addr) {
        String addressee = addr == NONE ? null : addresseeName(addr);
        return new Found(new DialogueLine(speaker, q.text(), verb, order), unitStart, connEnd, npStart, npEnd, unitEnd,
                addr == NONE ? -1 : addr[0], addr == NONE ? -1 : addr[1], addressee);
    }

    private String addresseeName(int[] addr) {
        List<Tok> t = Tok.tokens(masked, addr[0], addr[1]);
        Phrase p = phraseAfter(t, 0);
        return p == null ? null : p.name();
    }

    /**
     * Where a unit starts once the connector before it ("and", ", and", ",") is included: cutting "and the red circle
     * says …" must not leave "… bounces and" behind. "then" is kept, it starts a shot.
     */
    private static int connectorStart(List<Tok> b, int first, int fallback) {
        int c = first - 1;
        if (c < 0 || c >= b.size()) {
            return fallback;
        }
        Tok t = b.get(c);
        if (t.is("and") || t.is("while") || t.is("as") || t.is("but") || t.is("so")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            return c > 0 && b.get(c - 1).is(",") ? b.get(c - 1).start() : t.start(); //$NON-NLS-1$
        }
        return t.is(",") || t.is(";") ? t.start() : fallback; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Words after this quote that still belong to it when the speaker came first: an adverb ("… "hi" loudly") and an
     * addressee ("… "hi" to the blue square"). Returns {unitEnd, addressee start, addressee end} (−1 when none).
     */
    private int[] trailing(boolean addresseeAllowed) {
        List<Tok> a = after;
        int n = a.size();
        int end = q.close() + 1;
        int i = 0;
        if (i < n && a.get(i).word() && DialogueWords.isAdverb(a.get(i).w()) && boundary(a, i + 1)) {
            end = a.get(i).end();
            i++;
        }
        if (addresseeAllowed && i < n && (a.get(i).is("to") || a.get(i).is("at"))) { //$NON-NLS-1$ //$NON-NLS-2$
            Phrase p = phraseAfter(a, i + 1);
            if (p != null && p.words().size() <= 4 && boundary(a, p.to() + 1)) {
                return new int[] { a.get(p.to()).end(), a.get(i + 1).start(), a.get(p.to()).end() };
            }
        }
        return new int[] { end, -1, -1 };
    }

    private static int endAfterAdverbs(List<Tok> a, int from) {
        int i = from;
        if (i < a.size() && a.get(i).word() && DialogueWords.isAdverb(a.get(i).w()) && boundary(a, i + 1)) {
            i++;
        }
        return a.get(i - 1).end();
    }

    private static boolean boundary(List<Tok> a, int i) {
        return i >= a.size() || !a.get(i).word() || DialogueWords.CONJUNCTIONS.contains(a.get(i).w());
    }

    /**
     * Whether tokens [from, end) may stand between a speech verb and its quote: adverbs, "out", "aloud", an
     * addressee "to the blue square", a colon or comma. Returns the addressee's span, {@link #NONE}, or null when
     * they may not.
     */
    private static int[] tail(List<Tok> b, int from) {
        int[] addressee = NONE;
        int i = from;
        int n = b.size();
        while (i < n) {
            Tok t = b.get(i);
            if (t.word() && (DialogueWords.POST_VERB.contains(t.w()) || DialogueWords.isAdverb(t.w()))) {
                i++;
            } else if ((t.is("to") || t.is("at")) && addressee == NONE) { //$NON-NLS-1$ //$NON-NLS-2$
                Phrase p = phraseAfter(b, i + 1);
                if (p == null || p.words().size() > 4) {
                    return null;
                }
                addressee = new int[] { b.get(i + 1).start(), b.get(p.to()).end() };
                i = p.to() + 1;
            } else if (!t.word() && !t.is("\n") && i >= n - 2) { //$NON-NLS-1$
                i++;
            } else {
                return null;
            }
        }
        return addressee;
    }

    /**
     * The noun phrase ending at token k, read backwards: "the big red circle". With {@code hops}, "the red circle on
     * the floor" gives the red circle (the head of a phrase is its leftmost noun phrase); "the square that" gives
     * the square.
     */
    private static Phrase phraseBefore(List<Tok> b, int k, boolean relative, int depth) {
        int i = k;
        if (relative && i >= 0 && DialogueWords.RELATIVES.contains(b.get(i).w())) {
            i--;
        }
        int end = i;
        List<String> words = new ArrayList<>();
        int start = i + 1;
        while (i >= 0 && b.get(i).word() && !DialogueWords.endsPhrase(b.get(i).w()) && words.size() < MAX_PHRASE_WORDS) {
            String w = b.get(i).w();
            start = i;
            i--;
            if (DialogueWords.DETERMINERS.contains(w)) {
                break;
            }
            words.add(0, w);
        }
        if (words.isEmpty()) {
            return null;
        }
        Phrase p = new Phrase(start, end, words);
        if (depth < 2 && start - 1 >= 0 && DialogueWords.PREPOSITIONS.contains(b.get(start - 1).w())) {
            Phrase head = phraseBefore(b, start - 2, false, depth + 1);
            if (head != null) {
                return new Phrase(head.from(), end, head.words());
            }
        }
        return p;
    }

    /** The noun phrase starting at token i, read forwards: "the red circle" in {@code "…", says the red circle}. */
    private static Phrase phraseAfter(List<Tok> a, int from) {
        int i = from;
        List<String> words = new ArrayList<>();
        while (i < a.size() && a.get(i).word() && DialogueWords.DETERMINERS.contains(a.get(i).w()) && words.isEmpty()
                && i - from < 2) {
            i++;
        }
        int last = -1;
        while (i < a.size() && a.get(i).word() && !DialogueWords.endsPhrase(a.get(i).w()) && !DialogueWords.isAdverb(a.get(i).w())
                && words.size() < MAX_PHRASE_WORDS) {
            words.add(a.get(i).w());
            last = i;
            i++;
        }
        return words.isEmpty() ? null : new Phrase(from, last, words);
    }

    /**
     * Who speaks when the prompt leaves the speaker out ("… bounces and says") or writes a pronoun: the subject of
     * the clause the verb belongs to, else the previous line's speaker, else the last object named before.
     */
    private String elidedSpeaker(List<Tok> b, int k) {
        int i = k;
        while (i >= 0 && (!b.get(i).word() || DialogueWords.CONJUNCTIONS.contains(b.get(i).w())
                || DialogueWords.PRE_VERB.contains(b.get(i).w()))) {
            i--;
        }
        int j = i;
        while (j >= 0 && !strongBoundary(b.get(j))) {
            j--;
        }
        String subject = firstObject(b, j + 1, i);
        if (subject != null) {
            return subject;
        }
        if (previous != null && previous.line().hasSpeaker()) {
            return previous.line().speaker();
        }
        String last = lastObject(Tok.tokens(masked, 0, q.open()));
        return last == null ? "" : last; //$NON-NLS-1$
    }

    private static boolean strongBoundary(Tok t) {
        return !t.word() || t.is("then") || t.is("while") || t.is("when") || t.is("but") || t.is("meanwhile") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                || t.is("after") || t.is("before") || t.is("next") || t.is("later") || t.is("afterwards") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                || t.is("so") || t.is("because"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The first object a clause names: a run of description words with a shape, or "a robot". */
    private static String firstObject(List<Tok> b, int from, int to) {
        boolean determiner = false;
        for (int i = from; i <= to; i++) {
            String w = b.get(i).w();
            if (DialogueWords.CONJUNCTIONS.contains(w)) {
                continue;
            }
            if (DialogueWords.DETERMINERS.contains(w)) {
                determiner = true;
                continue;
            }
            List<String> run = new ArrayList<>();
            int r = i;
            while (r <= to && DialogueWords.isDescription(b.get(r).w())) {
                run.add(b.get(r).w());
                r++;
            }
            if (!run.isEmpty() && run.stream().anyMatch(DialogueWords::isShape)) {
                return String.join(" ", run); //$NON-NLS-1$
            }
            if (run.isEmpty() && determiner && b.get(i).word() && !DialogueWords.endsPhrase(w)) {
                return w;
            }
            return null;
        }
        return null;
    }

    /** The last run of description words with a shape in the tokens: the object most recently named. */
    private static String lastObject(List<Tok> t) {
        for (int end = t.size() - 1; end >= 0; end--) {
            if (!DialogueWords.isShape(t.get(end).w())) {
                continue;
            }
            int s = end;
            while (s - 1 >= 0 && DialogueWords.isDescription(t.get(s - 1).w())) {
                s--;
            }
            List<String> run = new ArrayList<>();
            for (int i = s; i <= end; i++) {
                run.add(t.get(i).w());
            }
            return String.join(" ", run); //$NON-NLS-1$
        }
        return null;
    }

    /** A noun phrase: tokens [from, to] of some list, and its words without determiners. */
    private record Phrase(int from, int to, List<String> words) {
        String name() {
            return String.join(" ", words).replace('-', ' ').replace('\u2019', '\''); //$NON-NLS-1$
        }
    }
}
