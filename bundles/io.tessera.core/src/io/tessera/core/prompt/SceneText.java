package io.tessera.core.prompt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.tessera.core.prompt.QuoteScanner.Quote;

/**
 * Builds {@link DialogueParser#withoutDialogue}: cuts the spoken lines out, keeps a speaker its shot would otherwise
 * lose, and tidies the joins so the scene parser gets a plain description.
 */
final class SceneText {
    private final String prompt;
    private final List<Found> found;
    private final String residual;
    private final List<Tok> residualTokens;
    private final List<Integer> cutPositions = new ArrayList<>();

    SceneText(String prompt, List<Found> found) {
        this.prompt = DialogueParser.limit(prompt);
        this.found = found;
        List<Quote> quotes = QuoteScanner.scan(this.prompt);
        char[] r = DialogueParser.mask(this.prompt, quotes).toCharArray();
        for (Found f : found) {
            for (int i = f.unitStart(); i < f.unitEnd(); i++) {
                r[i] = ' ';
            }
        }
        residual = new String(r);
        residualTokens = Tok.tokens(residual, 0, residual.length());
        for (Tok t : Tok.tokens(DialogueParser.mask(this.prompt, quotes), 0, this.prompt.length())) {
            if (DialogueWords.CUTS.contains(t.w())) {
                cutPositions.add(t.start());
            }
        }
    }

    String text() {
        StringBuilder out = new StringBuilder();
        Set<String> kept = new HashSet<>();
        int pos = 0;
        List<Quote> quotes = QuoteScanner.scan(prompt);
        for (Found f : found) {
            out.append(withoutStrayQuotes(pos, f.unitStart(), quotes));
            int shot = shot(f.unitStart());
            String addressee = f.addressee() != null && f.addrStart() >= 0 && visible(f.addressee())
                    && !mentioned(f.addressee(), shot) && kept.add(shot + "|" + DialogueWords.identity(f.addressee())) //$NON-NLS-1$
                            ? ", " + prompt.substring(f.addrStart(), f.addrEnd()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                            : " "; //$NON-NLS-1$
            String speaker = f.line().speaker();
            boolean keepSpeaker = f.npStart() >= 0 && visible(speaker) && !mentioned(speaker, shot)
                    && kept.add(shot + "|" + DialogueWords.identity(speaker)); //$NON-NLS-1$
            if (keepSpeaker) {
                out.append(prompt, f.unitStart(), f.connEnd()).append(' ');
                out.append(prompt, f.npStart(), f.npEnd()).append(" ,").append(addressee); //$NON-NLS-1$
            } else {
                out.append(' ').append(addressee);
            }
            pos = f.unitEnd();
        }
        out.append(withoutStrayQuotes(pos, prompt.length(), quotes));
        return tidy(out.toString());
    }

    /** Text of the prompt between two units, with the quote marks that pair with nothing (or enclose nothing) blanked. */
    private String withoutStrayQuotes(int from, int to, List<Quote> quotes) {
        StringBuilder s = new StringBuilder(prompt.substring(from, Math.max(from, to)));
        for (int i = from; i < to; i++) {
            if (QuoteScanner.isQuote(prompt.charAt(i), prompt, i)) {
                int at = i;
                // an empty pair ("") says nothing either
                boolean paired = quotes.stream().anyMatch(q -> (q.open() == at || q.close() == at) && !q.text().isEmpty());
                if (!paired) {
                    s.setCharAt(i - from, ' ');
                }
            }
        }
        return s.toString();
    }

    private int shot(int position) {
        int n = 0;
        for (int p : cutPositions) {
            if (p < position) {
                n++;
            }
        }
        return n;
    }

    /** Whether the shot names this object outside the spoken lines: then it is drawn anyway. */
    /** Whether the shot names the speaker elsewhere, allowing size and material words between ("a red metal ball"). */
    private boolean mentioned(String speaker, int shot) {
        List<String> key = List.of(DialogueWords.identity(speaker).split(" ")); //$NON-NLS-1$
        for (int i = 0; i < residualTokens.size(); i++) {
            int j = i;
            int k = 0;
            while (k < key.size() && j < residualTokens.size()) {
                String w = DialogueWords.canonical(residualTokens.get(j).w());
                if (w.equals(key.get(k))) {
                    k++;
                } else if (k == 0 || !(DialogueWords.SIZE_PITCH.containsKey(w) || DialogueWords.MATERIALS.contains(w))) {
                    break;
                }
                j++;
            }
            if (k == key.size() && shot(residualTokens.get(i).start()) == shot) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the speaker is something to draw: a shape, or anything named that is not a narrator ("a red dragon"
     * stays, so the engine can say it does not know dragons; "a voice" goes).
     */
    private static boolean visible(String speaker) {
        boolean named = false;
        for (String w : speaker.split(" ")) { //$NON-NLS-1$
            if (DialogueWords.isShape(w)) {
                return true;
            }
            if (DialogueWords.NARRATORS.contains(w)) {
                return false;
            }
            named |= !w.isBlank();
        }
        return named;
    }

    /**
     * Tidies what is left after cutting: drops doubled, leading or trailing separators and a dangling "and" or "then"
     * ("bounces , and" → "bounces"), and re-spaces around them; everything else keeps its original spacing.
     */
    static String tidy(String s) {
        List<Tok> t = Tok.tokens(s, 0, s.length());
        List<String> out = new ArrayList<>();
        List<Boolean> spaced = new ArrayList<>();
        for (Tok tok : t) {
            String w = tok.is("\n") ? "." : s.substring(tok.start(), tok.end()); //$NON-NLS-1$ //$NON-NLS-2$
            boolean space = tok.start() > 0 && Character.isWhitespace(s.charAt(tok.start() - 1));
            if (strength(w) > 0) {
                if (out.isEmpty()) {
                    continue;
                }
                String last = out.get(out.size() - 1);
                if (strength(last) > 0) {
                    if (strength(w) > strength(last)) {
                        out.set(out.size() - 1, w);
                    }
                    continue;
                }
                if (isConnector(last)) {
                    if (strength(w) == 1) {
                        // "and ," → "and"
                        continue;
                    }
                    // "and ." → "."
                    while (!out.isEmpty() && isConnector(out.get(out.size() - 1))) {
                        out.remove(out.size() - 1);
                        spaced.remove(spaced.size() - 1);
                    }
                    if (out.isEmpty() || strength(out.get(out.size() - 1)) > 0) {
                        continue;
                    }
                }
                out.add(w);
                spaced.add(false);
            } else {
                if (out.isEmpty() && isConnector(w)) {
                    continue;
                }
                if (!out.isEmpty() && isConnector(w) && out.get(out.size() - 1).equalsIgnoreCase(w)) {
                    continue;
                }
                out.add(w);
                spaced.add(space);
            }
        }
        while (!out.isEmpty() && (isConnector(out.get(out.size() - 1)) || strength(out.get(out.size() - 1)) == 1)) {
            out.remove(out.size() - 1);
            spaced.remove(spaced.size() - 1);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            if (i > 0 && (spaced.get(i) || strength(out.get(i - 1)) > 0 && strength(out.get(i)) == 0)) {
                b.append(' ');
            }
            b.append(out.get(i));
        }
        return b.toString();
    }

    /** 2 for a sentence end, 1 for a clause separator, 0 for anything else. */
    private static int strength(String w) {
        return switch (w) {
            case ".", "!", "?" -> 2; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case ";", ",", ":" -> 1; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> 0;
        };
    }

    private static boolean isConnector(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("and") || l.equals("then") || l.equals("while") || l.equals("but") || l.equals("so") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                || l.equals("as"); //$NON-NLS-1$
    }
}
