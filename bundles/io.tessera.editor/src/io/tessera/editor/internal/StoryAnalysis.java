package io.tessera.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tessera.editor.internal.StoryWords.Action;
import io.tessera.editor.internal.StoryWords.Place;

/**
 * Reads who and what a text is about, shot by shot: recurring characters (proper names, nouns that recur, the
 * pronouns standing for them), counted things ("three birds"), what each does (the verbs), where it happens, and
 * who says the quoted words. Deterministic; plain word lists, no language model.
 */
public final class StoryAnalysis {
    /** Someone or something the film shows; {@code index} is its order of first mention in the whole text. */
    public static final class Entity {
        public final int index;
        public final String key;
        public final String name;
        public final boolean person;
        public int count = 1;

        Entity(int index, String key, String name, boolean person) {
            this.index = index;
            this.key = key;
            this.name = name;
            this.person = person;
        }
    }

    /** What one entity does in one shot. */
    public record Role(Entity entity, Action action, boolean leftward) {
    }

    /** A quoted line and who says it. */
    public record Speech(Entity speaker, String verb, String text) {
    }

    /** One shot's reading: roles in order of mention, the place (null if the text names none), speech. */
    public record ShotReading(List<Role> roles, Place place, List<Speech> speech, boolean carried) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?"); //$NON-NLS-1$
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]*)\"|\u201C([^\u201D]*)\u201D|\u00AB([^\u00BB]*)\u00BB|\u201E([^\u201C\u201D]*)[\u201C\u201D]"); //$NON-NLS-1$

    private record Tok(String w, String lower, int start, int end, boolean initial) {
        boolean capitalised() {
            return Character.isUpperCase(w.codePointAt(0));
        }
    }

    private record Quote(String text, int start, int end) {
    }

    private final Map<String, Entity> byAlias = new HashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    /** The entities found, in order of first mention. */
    public List<Entity> entities() {
        List<Entity> out = new ArrayList<>(entities.values());
        out.sort(java.util.Comparator.comparingInt(e -> e.index));
        return out;
    }

    /**
     * Reads the shots' texts; {@code headingPlaces} gives, per shot, a place named by a heading just before it (or
     * null).
     */
    public List<ShotReading> read(List<List<String>> shotSentences, List<Place> headingPlaces) {
        List<List<Tok>> toks = new ArrayList<>();
        List<List<Quote>> quotes = new ArrayList<>();
        for (List<String> sentences : shotSentences) {
            String t = String.join(" ", sentences); //$NON-NLS-1$
            List<Quote> q = quotes(t);
            quotes.add(q);
            String masked = mask(t, q);
            List<Tok> all = new ArrayList<>();
            int offset = 0;
            for (String sentence : sentences) {
                all.addAll(tokens(masked.substring(offset, offset + sentence.length()), offset));
                offset += sentence.length() + 1;
            }
            toks.add(all);
        }
        findNames(toks);
        findThings(toks);
        List<ShotReading> out = new ArrayList<>();
        Entity lastPerson = null;
        Entity lastThing = null;
        List<Entity> lastMentioned = List.of();
        List<Role> previousRoles = List.of();
        Place place = null;
        for (int s = 0; s < toks.size(); s++) {
            List<Tok> t = toks.get(s);
            LinkedHashMap<Entity, Role> roles = new LinkedHashMap<>();
            List<int[]> mentionAt = new ArrayList<>();
            List<Entity> mentionEntity = new ArrayList<>();
            List<Entity> subject = new ArrayList<>();
            Place shotPlace = headingPlaces.get(s);
            boolean leftward = t.stream().anyMatch(k -> StoryWords.LEFTWARD.contains(k.lower));
            for (int i = 0; i < t.size(); i++) {
                Tok k = t.get(i);
                List<Entity> found = new ArrayList<>();
                Entity e = entityAt(t, i);
                if (e != null) {
                    found.add(e);
                    int count = countBefore(t, i);
                    if (count > 1 && e.count == 1 && !e.person) {
                        e.count = count;
                    }
                    while (i + 1 < t.size() && entityAt(t, i + 1) == e) {
                        i++;
                    }
                } else if (StoryWords.PERSON_PRONOUNS.contains(k.lower) && lastPerson != null) {
                    found.add(lastPerson);
                } else if (StoryWords.THING_PRONOUNS.contains(k.lower) && lastThing != null) {
                    found.add(lastThing);
                } else if (StoryWords.GROUP_PRONOUNS.contains(k.lower)) {
                    List<Entity> group = roles.size() >= 2 ? new ArrayList<>(roles.keySet()) : lastMentioned;
                    found.addAll(group);
                }
                if (!found.isEmpty()) {
                    boolean continuesSubject = i > 0 && t.get(i - 1).lower.equals("and") && !subject.isEmpty() //$NON-NLS-1$
                            && roles.get(subject.get(0)) != null && roles.get(subject.get(0)).action() == null;
                    if (!continuesSubject) {
                        subject = new ArrayList<>();
                    }
                    for (Entity f : found) {
                        roles.putIfAbsent(f, new Role(f, null, leftward));
                        subject.add(f);
                        mentionAt.add(new int[] { k.start, k.end });
                        mentionEntity.add(f);
                        if (f.person) {
                            lastPerson = f;
                        } else {
                            lastThing = f;
                        }
                    }
                    continue;
                }
                Place p = StoryWords.place(k.lower);
                if (p != null && shotPlace == null && !isName(k)) {
                    shotPlace = p;
                }
                Action a = StoryWords.action(k.lower);
                if (a != null && !subject.isEmpty() && entityAt(t, i) == null) {
                    if (a == Action.COLLIDE) {
                        Entity partner = partner(t, i + 1, subject, roles);
                        if (partner != null) {
                            roles.putIfAbsent(partner, new Role(partner, null, leftward));
                            for (Entity f : subject) {
                                roles.put(f, new Role(f, Action.COLLIDE, false));
                            }
                            roles.put(partner, new Role(partner, Action.COLLIDE, true));
                            if (partner.person) {
                                lastPerson = partner;
                            }
                        } else {
                            assign(roles, subject, Action.BOUNCE, leftward);
                        }
                    } else {
                        assign(roles, subject, a, leftward);
                    }
                }
            }
            List<Speech> speech = new ArrayList<>();
            for (Quote q : quotes.get(s)) {
                Entity speaker = speaker(q, t, mentionAt, mentionEntity, subject, lastPerson);
                if (speaker != null && !q.text.isBlank()) {
                    speech.add(new Speech(speaker, speechVerb(q, t), q.text.replaceAll("[\"\u201C\u201D\u00AB\u00BB\u201E]", "").replaceAll("\\s+", " ").trim())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    roles.putIfAbsent(speaker, new Role(speaker, null, leftward));
                }
            }
            boolean carried = false;
            List<Role> shotRoles = new ArrayList<>();
            if (roles.isEmpty() && !previousRoles.isEmpty()) {
                carried = true;
                for (Role r : previousRoles) {
                    shotRoles.add(new Role(r.entity(), Action.STILL, false));
                }
            } else {
                for (Role r : roles.values()) {
                    shotRoles.add(r.action() == null ? new Role(r.entity(), Action.STILL, false) : r);
                }
            }
            if (shotPlace != null) {
                place = shotPlace;
            }
            out.add(new ShotReading(List.copyOf(shotRoles), place, List.copyOf(speech), carried));
            if (!roles.isEmpty()) {
                lastMentioned = new ArrayList<>(roles.keySet());
            }
            previousRoles = shotRoles;
        }
        // the film opens in the first place the text names
        Place first = out.stream().map(ShotReading::place).filter(p -> p != null).findFirst().orElse(null);
        for (int s = 0; s < out.size() && out.get(s).place() == null && first != null; s++) {
            ShotReading r = out.get(s);
            out.set(s, new ShotReading(r.roles(), first, r.speech(), r.carried()));
        }
        return out;
    }

    private static void assign(Map<Entity, Role> roles, List<Entity> subject, Action a, boolean leftward) {
        for (Entity f : subject) {
            Role r = roles.get(f);
            if (r == null || r.action() == null) {
                roles.put(f, new Role(f, a, leftward));
            }
        }
    }

    /** Who a subject collides with: the next entity named after the verb, else one already named and not the subject. */
    private Entity partner(List<Tok> t, int from, List<Entity> subject, Map<Entity, Role> roles) {
        for (int i = from; i < t.size(); i++) {
            Entity e = entityAt(t, i);
            if (e != null && !subject.contains(e)) {
                return e;
            }
            if (t.get(i).lower.matches("and|but|then|while|when")) { //$NON-NLS-1$
                break;
            }
        }
        if (subject.size() >= 2) {
            return null;
        }
        for (Entity e : roles.keySet()) {
            if (!subject.contains(e)) {
                return e;
            }
        }
        return null;
    }

    private Entity speaker(Quote q, List<Tok> t, List<int[]> at, List<Entity> who, List<Entity> subject, Entity lastPerson) {
        // the speech verb nearest the quote, then the mention nearest that verb
        int anchor = -1;
        int best = Integer.MAX_VALUE;
        for (Tok k : t) {
            if (StoryWords.speechVerb(k.lower) != null) {
                int d = k.start >= q.end ? k.start - q.end : k.end <= q.start ? q.start - k.end : 0;
                if (d < best && d < 40) {
                    best = d;
                    anchor = k.start;
                }
            }
        }
        int target = anchor >= 0 ? anchor : q.start;
        Entity nearest = null;
        int bestD = Integer.MAX_VALUE;
        for (int i = 0; i < at.size(); i++) {
            int d = Math.min(Math.abs(at.get(i)[0] - target), Math.abs(at.get(i)[1] - target));
            if (d < bestD) {
                bestD = d;
                nearest = who.get(i);
            }
        }
        if (nearest != null) {
            return nearest;
        }
        if (!subject.isEmpty()) {
            return subject.get(0);
        }
        return anchor >= 0 ? lastPerson : null;
    }

    private static String speechVerb(Quote q, List<Tok> t) {
        String verb = "says"; //$NON-NLS-1$
        int best = 40;
        for (Tok k : t) {
            String v = StoryWords.speechVerb(k.lower);
            if (v != null) {
                int d = k.start >= q.end ? k.start - q.end : k.end <= q.start ? q.start - k.end : 0;
                if (d < best) {
                    best = d;
                    verb = v;
                }
            }
        }
        return verb;
    }

    private Entity entityAt(List<Tok> t, int i) {
        Tok k = t.get(i);
        Entity e = byAlias.get(k.lower);
        if (e != null && nameKeys.contains(e.key) && k.capitalised()) {
            return e;
        }
        Entity thing = byAlias.get(StoryWords.singular(k.lower));
        if (thing != null && !nameKeys.contains(thing.key) && (!k.capitalised() || k.initial)) {
            return thing;
        }
        return null;
    }

    private final java.util.Set<String> nameKeys = new java.util.HashSet<>();

    private boolean isNameKey(Entity e) {
        return nameKeys.contains(e.key);
    }

    private boolean isName(Tok k) {
        Entity e = byAlias.get(k.lower);
        return k.capitalised() && e != null && isNameKey(e);
    }

    private static int countBefore(List<Tok> t, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            Tok k = t.get(i - back);
            Integer n = number(k.lower);
            if (n != null) {
                return n;
            }
            if (!StoryWords.ADJECTIVES.contains(k.lower)) {
                return 1;
            }
        }
        return 1;
    }

    private static Integer number(String w) {
        Integer n = StoryWords.NUMBER_WORDS.get(w);
        if (n == null && w.matches("\\d{1,2}")) { //$NON-NLS-1$
            n = Integer.parseInt(w);
        }
        return n != null && n >= 2 ? n : null;
    }

    /** Proper names: capitalised words that are not sentence-initial, or that recur capitalised and never lower case. */
    private void findNames(List<List<Tok>> toks) {
        Map<String, Integer> inner = new HashMap<>();
        Map<String, Integer> initial = new HashMap<>();
        java.util.Set<String> lower = new java.util.HashSet<>();
        for (List<Tok> t : toks) {
            for (Tok k : t) {
                if (!k.capitalised()) {
                    lower.add(k.lower);
                } else if (k.initial) {
                    initial.merge(k.lower, 1, Integer::sum);
                } else {
                    inner.merge(k.lower, 1, Integer::sum);
                }
            }
        }
        for (List<Tok> t : toks) {
            for (int i = 0; i < t.size(); i++) {
                if (!nameWord(t.get(i), inner, initial, lower)) {
                    continue;
                }
                int j = i;
                List<String> parts = new ArrayList<>();
                while (j < t.size() && nameWord(t.get(j), inner, initial, lower) && (j == i || !t.get(j).initial)) {
                    parts.add(titleCase(t.get(j).w));
                    j++;
                }
                Entity e = null;
                for (String p : parts) {
                    e = e != null ? e : byAlias.get(p.toLowerCase(Locale.ROOT));
                }
                if (e == null) {
                    String name = String.join(" ", parts); //$NON-NLS-1$
                    e = new Entity(entities.size(), name.toLowerCase(Locale.ROOT), name, true);
                    entities.put(e.key, e);
                    nameKeys.add(e.key);
                }
                for (String p : parts) {
                    byAlias.putIfAbsent(p.toLowerCase(Locale.ROOT), e);
                }
                i = j - 1;
            }
        }
    }

    private static boolean nameWord(Tok k, Map<String, Integer> inner, Map<String, Integer> initial, java.util.Set<String> lower) {
        if (!k.capitalised() || !Character.isLetter(k.w.codePointAt(0)) || k.w.length() < 2 || StoryWords.NOT_NAMES.contains(k.lower)
                || StoryWords.place(k.lower) != null || StoryWords.action(k.lower) != null || StoryWords.speechVerb(k.lower) != null
                || StoryWords.NUMBER_WORDS.containsKey(k.lower) || lower.contains(k.lower)) {
            return false;
        }
        return !k.initial || inner.getOrDefault(k.lower, 0) > 0 || initial.getOrDefault(k.lower, 0) >= 2;
    }

    private static String titleCase(String w) {
        if (w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1) {
            return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        }
        return w;
    }

    /** Things: nouns after a determiner that recur, and nouns that are counted ("three birds"). */
    private void findThings(List<List<Tok>> toks) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> counted = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        int position = 0;
        for (List<Tok> t : toks) {
            for (int i = 0; i < t.size(); i++, position++) {
                Tok k = t.get(i);
                boolean det = StoryWords.DETERMINERS.contains(k.lower);
                Integer n = number(k.lower);
                if (!det && n == null) {
                    continue;
                }
                int j = i + 1;
                while (j < t.size() && j - i <= 2 && StoryWords.ADJECTIVES.contains(t.get(j).lower)) {
                    j++;
                }
                if (j >= t.size()) {
                    continue;
                }
                Tok noun = t.get(j);
                if (!thingWord(noun) || n != null && StoryWords.UNITS.contains(noun.lower)) {
                    continue;
                }
                String key = StoryWords.singular(noun.lower);
                seen.merge(key, 1, Integer::sum);
                firstAt.putIfAbsent(key, position);
                if (n != null) {
                    counted.putIfAbsent(key, n);
                }
            }
        }
        // a recurring noun also counts its mentions without a determiner ("birds sang")
        Map<String, Integer> all = new HashMap<>();
        for (List<Tok> t : toks) {
            for (Tok k : t) {
                if (!k.capitalised() || k.initial) {
                    all.merge(StoryWords.singular(k.lower), 1, Integer::sum);
                }
            }
        }
        List<String> keys = new ArrayList<>(seen.keySet());
        keys.sort(java.util.Comparator.comparingInt(firstAt::get));
        for (String key : keys) {
            boolean recurring = all.getOrDefault(key, 0) >= 2;
            if (!(recurring || counted.containsKey(key)) || byAlias.containsKey(key)) {
                continue;
            }
            Entity e = new Entity(-1, key, key, StoryWords.PERSON_NOUNS.contains(key));
            e.count = counted.getOrDefault(key, 1);
            entities.put("#" + key, e); //$NON-NLS-1$
            byAlias.put(key, e);
        }
        reindex(toks);
    }

    /** Orders all entities by their first mention in the text. */
    private void reindex(List<List<Tok>> toks) {
        List<Entity> order = new ArrayList<>();
        for (List<Tok> t : toks) {
            for (int i = 0; i < t.size(); i++) {
                Entity e = entityAt(t, i);
                if (e != null && !order.contains(e)) {
                    order.add(e);
                }
            }
        }
        for (Entity e : entities.values()) {
            if (!order.contains(e)) {
                order.add(e);
            }
        }
        Map<String, Entity> copy = new LinkedHashMap<>();
        Map<Entity, Entity> moved = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Entity old = order.get(i);
            Entity e = new Entity(i, old.key, old.name, old.person);
            e.count = old.count;
            moved.put(old, e);
            copy.put(nameKeys.contains(old.key) ? old.key : "#" + old.key, e); //$NON-NLS-1$
        }
        entities.clear();
        entities.putAll(copy);
        byAlias.replaceAll((k, v) -> moved.get(v));
    }

    private static boolean thingWord(Tok k) {
        return !k.capitalised() && k.lower.length() >= 3 && k.lower.chars().allMatch(Character::isLetter)
                && !StoryWords.NOT_THINGS.contains(k.lower) && !StoryWords.NOT_NAMES.contains(k.lower)
                && !StoryWords.DETERMINERS.contains(k.lower) && !StoryWords.ADJECTIVES.contains(k.lower)
                && StoryWords.place(k.lower) == null && StoryWords.speechVerb(k.lower) == null
                && !StoryWords.PERSON_PRONOUNS.contains(k.lower) && !StoryWords.GROUP_PRONOUNS.contains(k.lower)
                && !StoryWords.THING_PRONOUNS.contains(k.lower) && !StoryWords.NUMBER_WORDS.containsKey(k.lower)
                && !k.lower.endsWith("ly"); //$NON-NLS-1$
    }

    private static List<Quote> quotes(String text) {
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            out.add(new Quote(inner, m.start(), m.end()));
        }
        return out;
    }

    private static String mask(String text, List<Quote> quotes) {
        char[] c = text.toCharArray();
        for (Quote q : quotes) {
            for (int i = q.start; i < q.end; i++) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** The words of one sentence; the first is sentence-initial. */
    private static List<Tok> tokens(String sentence, int offset) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group().replace('\u2019', '\'');
            out.add(new Tok(w, w.toLowerCase(Locale.ROOT), offset + m.start(), offset + m.end(), out.isEmpty()));
        }
        return out;
    }
}
