package io.tessera.engine.dit.model;

import java.io.IOException;
import java.util.concurrent.Callable;

import io.tessera.engine.dit.internal.DjlRuntime;
import io.tessera.engine.dit.internal.ModelAccess;

/** Entry points for code outside this bundle that runs the model directly (benchmarks, training). */
public final class Models {
    private Models() {
    }

    /**
     * The model the engine would use for this {@code model} option: that folder, else the one chosen in preferences,
     * else the bundled one. It stays owned by the engine's cache; do not close it.
     */
    public static DitModel engineModel(String folderOrNull) throws IOException {
        return ModelAccess.get(folderOrNull);
    }

    /** Runs DJL work with this bundle's class loader as context loader (how DJL finds its engine inside OSGi). */
    public static <T> T withDjl(Callable<T> work) throws Exception {
        return DjlRuntime.call(work);
    }
}
