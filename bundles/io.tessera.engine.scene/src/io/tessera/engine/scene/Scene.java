package io.tessera.engine.scene;

import java.util.List;

/** A parsed prompt: one or more shots that share the clip's duration equally. */
public record Scene(List<SceneShot> shots) {

    public int objectCount() {
        return shots.stream().mapToInt(s -> s.objects().size()).sum();
    }
}
