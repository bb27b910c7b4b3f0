package io.tessera.editor.storyboard;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;

/**
 * A planned storyboard: the shots (EMF model objects, not yet in a project) and the cast they were drawn with.
 */
public final class Storyboard {
    private final List<Shot> shots;
    private final List<CastMember> cast;
    private final StoryboardSettings settings;

    public Storyboard(List<Shot> shots, List<CastMember> cast, StoryboardSettings settings) {
        this.shots = List.copyOf(shots);
        this.cast = List.copyOf(cast);
        this.settings = settings;
    }

    public List<Shot> shots() {
        return shots;
    }

    public List<CastMember> cast() {
        return cast;
    }

    public StoryboardSettings settings() {
        return settings;
    }

    public double totalSeconds() {
        return totalSeconds(shots);
    }

    /** The length of the shots together. */
    public static double totalSeconds(List<Shot> shots) {
        return shots.stream().mapToDouble(s -> s.getSettings().getSeconds()).sum();
    }

    /** A new project named {@code name} holding copies of the shots (references between them kept). */
    public Project toProject(String name) {
        Project p = ProjectStore.create(name);
        p.getShots().addAll(EcoreUtil.copyAll(shots));
        return p;
    }

    /** The start of a text for lists and shot names: at most {@code max} characters, cut at a word, with "…". */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String t = text.replaceAll("\\s+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? t.substring(0, cut) : t.substring(0, max - 1)) + "\u2026"; //$NON-NLS-1$
    }
}
