package io.tessera.engine.dit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a prompt into word ids of the model's vocabulary. Words the model never saw are collected, never dropped in
 * silence: the engine refuses or reports them, since a model cannot follow a word it does not know.
 */
public final class Tokenizer {
    public static final int PAD = 0;
    public static final int EMPTY = 1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final int maxTokens;

    /** The prompt as ids, padded to the model's length, with the words it does not know. */
    public record Tokens(int[] ids, int length, List<String> unknown, boolean truncated) {
    }

    public Tokenizer(List<String> vocabulary, int maxTokens) {
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.put(vocabulary.get(i), i + 2);
        }
        this.maxTokens = maxTokens;
    }

    public int size() {
        return ids.size() + 2;
    }

    public int maxTokens() {
        return maxTokens;
    }

    public static List<String> words(String prompt) {
        List<String> out = new ArrayList<>();
        for (String w : prompt.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public Tokens encode(String prompt) {
        int[] out = new int[maxTokens];
        Set<String> unknown = new LinkedHashSet<>();
        int n = 0;
        boolean truncated = false;
        for (String w : words(prompt)) {
            Integer id = ids.get(w);
            if (id == null) {
                unknown.add(w);
                continue;
            }
            if (n == maxTokens) {
                truncated = true;
                continue;
            }
            out[n++] = id;
        }
        if (n == 0) {
            out[0] = EMPTY;
            n = 1;
        }
        return new Tokens(out, n, List.copyOf(unknown), truncated);
    }

    /** The unconditional prompt used for classifier-free guidance. */
    public Tokens empty() {
        int[] out = new int[maxTokens];
        out[0] = EMPTY;
        return new Tokens(out, 1, List.of(), false);
    }
}
