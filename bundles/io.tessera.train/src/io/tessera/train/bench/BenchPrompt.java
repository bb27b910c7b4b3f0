package io.tessera.train.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tessera.engine.scene.Background;
import io.tessera.engine.scene.Motion;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneObject;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneShot;

/**
 * What a prompt asks for, read from the prompt's own words with the scene language's parser: groups of identical
 * objects (count, colour, shape, motion) and the background. Nothing comes from the clip's metadata.
 */
public record BenchPrompt(String text, List<Group> groups, Background background) {

    /** {@code count} objects of one colour and shape doing one motion (null when it does several or none). */
    public record Group(int count, String colourName, int rgb, io.tessera.engine.scene.Shape shape, Motion motion) {
    }

    public static BenchPrompt parse(String text) throws SceneParseException {
        Scene scene = SceneParser.parse(text);
        SceneShot shot = scene.shots().get(0);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (SceneObject o : shot.objects()) {
            Motion motion = o.motions().size() == 1 ? o.motions().iterator().next() : null;
            String key = o.rgb() + "/" + o.shape() + "/" + motion; //$NON-NLS-1$ //$NON-NLS-2$
            Group g = groups.get(key);
            groups.put(key, new Group(g == null ? 1 : g.count() + 1, o.colourName(), o.rgb(), o.shape(), motion));
        }
        return new BenchPrompt(text, new ArrayList<>(groups.values()), shot.background());
    }

    /** The background as one word: the texture's name, or the colour's for a plain background. */
    public String backgroundName() {
        return BackgroundClassifier.name(background);
    }
}
