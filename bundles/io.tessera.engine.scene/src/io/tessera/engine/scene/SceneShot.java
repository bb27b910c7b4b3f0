package io.tessera.engine.scene;

import java.util.List;

/** One shot of a scene: a background, the objects in it and the camera move. Shots are separated by cuts. */
public record SceneShot(Background background, List<SceneObject> objects, CameraMove camera) {
}
