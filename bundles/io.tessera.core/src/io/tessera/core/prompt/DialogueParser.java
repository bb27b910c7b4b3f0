package io.tessera.core.prompt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tessera.core.prompt.QuoteScanner.Quote;

/**
 * Finds the spoken lines of a prompt ({@code the red circle says "hello there"}) and says who speaks them, so speech
 * can be synthesised with one voice per character and lip-synced to the object that talks; and gives back the prompt
 * without them, because the scene language of the engines knows no speech and rejects words it does not understand.
 * <p>
 * Understood forms, with straight or curly quotes: {@code X says "…"}, {@code X says: "…"}, {@code X says to Y "…"},
 * {@code "…", says X}, {@code "…" X says}, {@code X: "…"}, and a speaker left out after "and" ({@code a red circle
 * bounces and says "…"}) or named by a pronoun, which stand for the subject named before. A quote with no speech verb
 * ({@code a sign reads "STOP"}) is not dialogue and stays in the text. Odd input never throws: an unbalanced quote is
 * ignored.
 */
public final class DialogueParser {
    private static final int MAX_PROMPT_CHARS = 100_000;

    private DialogueParser() {
    }

    /** The spoken lines of a prompt, in order; empty when it has none (or is null). */
    public static List<DialogueLine> parse(String prompt) {
        return analyse(prompt).stream().map(Found::line).toList();
    }

    /**
     * The prompt with every spoken line cut out, so the rest can be parsed as a scene: {@code a red circle bounces and
     * the red circle says "hi"} → {@code a red circle bounces}. A speaker that the rest of its shot does not mention
     * stays, so it is still drawn: {@code then a blue square shouts "watch out!"} → {@code then a blue square}. Shot
     * words ("then") are kept so the shots stay where they were.
     */
    public static String withoutDialogue(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            return ""; //$NON-NLS-1$
        }
        return new SceneText(prompt, analyse(prompt)).text();
    }

    static List<Found> analyse(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            return List.of();
        }
        String text = limit(prompt);
        List<Quote> quotes = QuoteScanner.scan(text);
        String masked = mask(text, quotes);
        List<Mention> mentions = mentions(Tok.tokens(masked, 0, masked.length()));
        List<Found> found = new ArrayList<>();
        int prevEnd = 0;
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            if (q.open() < prevEnd) {
                continue;
            }
            boolean hasNext = qi + 1 < quotes.size();
            int nextOpen = hasNext ? quotes.get(qi + 1).open() : text.length();
            List<Tok> before = Tok.tokens(masked, prevEnd, q.open());
            List<Tok> after = Tok.tokens(masked, q.close() + 1, nextOpen);
            Attribution ctx = new Attribution(masked, q, before, after, hasNext, found.isEmpty() ? null : found.get(found.size() - 1),
                    found.size());
            Found f = q.text().isEmpty() ? null : ctx.attribute();
            if (f != null) {
                f = fullName(f, mentions);
                found.add(f);
                prevEnd = f.unitEnd();
            } else {
                prevEnd = q.close() + 1;
            }
        }
        return List.copyOf(found);
    }

    /** Prompts longer than this are read only this far: enough for any real prompt, and bounds the work. */
    static String limit(String prompt) {
        return prompt.length() > MAX_PROMPT_CHARS ? prompt.substring(0, MAX_PROMPT_CHARS) : prompt;
    }

    /** An object the prompt names outside its quotes: a run of description words with a shape, and where it is. */
    private record Mention(List<String> words, int start, int end) {
    }

    private static List<Mention> mentions(List<Tok> t) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!DialogueWords.isDescription(t.get(i).w())) {
                i++;
                continue;
            }
            int s = i;
            List<String> run = new ArrayList<>();
            while (i < t.size() && DialogueWords.isDescription(t.get(i).w())) {
                run.add(t.get(i).w());
                i++;
            }
            if (run.stream().anyMatch(DialogueWords::isShape)) {
                out.add(new Mention(run, t.get(s).start(), t.get(i - 1).end()));
            }
        }
        return out;
    }

    /**
     * A speaker written short ("the dot") gets the full description the prompt gave it elsewhere ("a tiny white dot"),
     * so it sounds its size and keeps one voice in every shot, and the mixer can match it to the scene object. Only
     * when that is unambiguous: nothing else is named exactly as the speaker was, and one fuller description fits.
     */
    private static Found fullName(Found f, List<Mention> mentions) {
        String speaker = f.line().speaker();
        List<String> words = List.of(speaker.split(" ")); //$NON-NLS-1$
        if (speaker.isEmpty() || !words.stream().allMatch(DialogueWords::isDescription) || words.stream().noneMatch(DialogueWords::isShape)) {
            return f;
        }
        Set<List<String>> fuller = new HashSet<>();
        for (Mention m : mentions) {
            boolean own = f.npStart() >= 0 && m.start() >= f.npStart() && m.end() <= f.npEnd();
            if (m.words().equals(words)) {
                if (!own) {
                    return f;
                }
            } else if (m.words().containsAll(words)) {
                fuller.add(m.words());
            }
        }
        if (fuller.size() != 1) {
            return f;
        }
        String name = String.join(" ", fuller.iterator().next()); //$NON-NLS-1$
        DialogueLine l = f.line();
        return new Found(new DialogueLine(name, l.text(), l.verb(), l.order()), f.unitStart(), f.connEnd(), f.npStart(),
                f.npEnd(), f.unitEnd(), f.addrStart(), f.addrEnd(), f.addressee());
    }

    /** The prompt with every quote (and every stray quote mark) blanked, so no quoted word is read as scene text. */
    static String mask(String prompt, List<Quote> quotes) {
        char[] c = prompt.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (QuoteScanner.isQuote(c[i], prompt, i)) {
                c[i] = ' ';
            }
        }
        for (Quote q : quotes) {
            for (int i = q.open(); i <= q.close(); i++) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
