package io.tessera.editor.render;

import java.nio.file.Path;

import io.tessera.model.MediaAsset;

/** Where an asset's file is: projects store paths relative to the project file. */
@FunctionalInterface
public interface MediaResolver {

    Path resolve(MediaAsset asset);

    /** Relative paths are taken from {@code folder}. */
    static MediaResolver relativeTo(Path folder) {
        return asset -> {
            Path p = Path.of(asset.getFile());
            return p.isAbsolute() ? p : folder.resolve(p).normalize();
        };
    }
}
