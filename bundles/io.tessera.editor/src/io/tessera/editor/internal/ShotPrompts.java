package io.tessera.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.tessera.core.prompt.DialogueParser;
import io.tessera.editor.internal.StoryAnalysis.Role;
import io.tessera.editor.internal.StoryAnalysis.ShotReading;
import io.tessera.editor.internal.StoryAnalysis.Speech;
import io.tessera.editor.internal.StoryWords.Place;

/**
 * Writes a shot's prompt in the words both engines accept: the scene engine's language and the bundled DiT's
 * 91-word caption vocabulary (colours, shapes, counts up to four, the motion verbs, the backgrounds). The DiT knows
 * no word for a collision, so for it two colliding characters start on opposite sides and move towards each other;
 * the scene engine is told they collide. Dialogue follows in the core grammar and is cut out before either engine
 * reads the picture part.
 */
public final class ShotPrompts {
    /** Colours in the DiT's vocabulary, the most distinct first. */
    private static final String[] COLOURS = { "red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan", "white", "brown" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    private static final String[] SHAPES = { "circle", "square", "triangle", "star", "diamond", "hexagon", "ring", "rectangle" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String[] COUNT_WORDS = { "", "a", "two", "three", "four" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The bundled DiT reads at most this many words (its model.json maxTextTokens). */
    public static final int MAX_WORDS = 27;
    /** At most this many characters are drawn in one shot, so the prompt stays within {@link #MAX_WORDS}. */
    public static final int MAX_ROLES = 3;
    private static final Set<String> SCENE_ONLY = Set.of("scene"); //$NON-NLS-1$

    private ShotPrompts() {
    }

    /** The colour of the {@code index}-th cast member: distinct (colour, shape) pairs for the first 80. */
    public static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    public static String shape(int index) {
        return SHAPES[(index + index / COLOURS.length) % SHAPES.length];
    }

    /** The roles drawn: at most {@link #MAX_ROLES}, speakers first kept, then in order of mention. */
    public static List<Role> fit(ShotReading reading, String engineId) {
        List<Role> roles = new ArrayList<>(reading.roles());
        while (roles.size() > MAX_ROLES) {
            int drop = roles.size() - 1;
            for (int i = roles.size() - 1; i >= 0; i--) {
                Role r = roles.get(i);
                if (reading.speech().stream().noneMatch(s -> s.speaker() == r.entity())) {
                    drop = i;
                    break;
                }
            }
            roles.remove(drop);
        }
        while (roles.size() > 1 && words(prompt(roles, reading.place(), List.of(), engineId)) > MAX_WORDS) {
            roles.remove(roles.size() - 1);
        }
        // a collision needs both sides
        if (roles.stream().filter(r -> r.action() == StoryWords.Action.COLLIDE).count() == 1) {
            for (int i = 0; i < roles.size(); i++) {
                Role r = roles.get(i);
                if (r.action() == StoryWords.Action.COLLIDE) {
                    roles.set(i, new Role(r.entity(), StoryWords.Action.BOUNCE, r.leftward()));
                }
            }
        }
        return List.copyOf(roles);
    }

    public static String prompt(List<Role> roles, Place place, List<Speech> speech, String engineId) {
        boolean scene = SCENE_ONLY.contains(engineId);
        List<String> clauses = new ArrayList<>();
        int colliders = 0;
        for (Role r : roles) {
            StringBuilder c = new StringBuilder();
            int n = Math.min(COUNT_WORDS.length - 1, Math.max(1, r.entity().count));
            boolean plural = n > 1;
            c.append(COUNT_WORDS[n]).append(' ');
            if (plural || r.entity().count > 1) {
                c.append("small "); //$NON-NLS-1$
            }
            c.append(colour(r.entity().index)).append(' ').append(plural ? plural(shape(r.entity().index)) : shape(r.entity().index));
            String verb = switch (r.action()) {
                case MOVE -> (plural ? "move " : "moves ") + (r.leftward() ? "left" : "right"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                case FALL -> plural ? "fall" : "falls"; //$NON-NLS-1$ //$NON-NLS-2$
                case BOUNCE -> plural ? "bounce" : "bounces"; //$NON-NLS-1$ //$NON-NLS-2$
                case RISE -> plural ? "rise" : "rises"; //$NON-NLS-1$ //$NON-NLS-2$
                case SPIN -> plural ? "spin" : "spins"; //$NON-NLS-1$ //$NON-NLS-2$
                case GROW -> plural ? "grow" : "grows"; //$NON-NLS-1$ //$NON-NLS-2$
                case SHRINK -> plural ? "shrink" : "shrinks"; //$NON-NLS-1$ //$NON-NLS-2$
                case COLLIDE -> {
                    boolean left = colliders++ % 2 == 0;
                    yield scene ? (plural ? "collide" : "collides") //$NON-NLS-1$ //$NON-NLS-2$
                            : (left ? "on the left " : "on the right ") + (plural ? "move " : "moves ") + (left ? "right" : "left"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                }
                case STILL -> plural ? "stay still" : "stays still"; //$NON-NLS-1$ //$NON-NLS-2$
            };
            clauses.add(c.append(' ').append(verb).toString());
        }
        String background = place == null ? null : "a " + place.background() + " background"; //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder p = new StringBuilder(String.join("; ", clauses)); //$NON-NLS-1$
        if (background != null) {
            p.append(clauses.isEmpty() ? background : " over " + background); //$NON-NLS-1$
        } else if (clauses.isEmpty()) {
            p.append("a white background"); //$NON-NLS-1$
        }
        for (Speech s : speech) {
            int i = s.speaker().index;
            p.append("; the ").append(colour(i)).append(' ').append(shape(i)).append(' ').append(s.verb()) //$NON-NLS-1$
                    .append(" \"").append(s.text()).append('"'); //$NON-NLS-1$
        }
        return p.toString();
    }

    private static String plural(String shape) {
        return shape.endsWith("x") ? shape + "es" : shape + "s"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The words an engine reads of a prompt: without its dialogue. */
    public static int words(String prompt) {
        String visible = DialogueParser.withoutDialogue(prompt);
        int n = 0;
        for (String w : visible.split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
            if (!w.isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
