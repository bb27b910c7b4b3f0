package io.tessera.engine.dit.internal;

import java.io.IOException;

import io.tessera.engine.dit.model.DitModel;

/** Lets the public {@code Models} facade reach the engine's model cache without opening it up. */
public final class ModelAccess {
    private ModelAccess() {
    }

    public static DitModel get(String folderOrNull) throws IOException {
        return ModelLocator.get(ModelLocator.choose(folderOrNull));
    }
}
