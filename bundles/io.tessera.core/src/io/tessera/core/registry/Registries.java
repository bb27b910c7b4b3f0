package io.tessera.core.registry;

import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.detect.Detector;
import io.tessera.core.edit.EditorOperation;
import io.tessera.core.export.Exporter;
import io.tessera.core.watermark.Watermarker;

/** The shared registry of each extension point; the CLI and the UI talk to these only. */
public final class Registries {
    public static final String AUDIO_GENERATORS = "io.tessera.core.audioGenerators"; //$NON-NLS-1$
    public static final String WATERMARKERS = "io.tessera.core.watermarkers"; //$NON-NLS-1$
    public static final String DETECTORS = "io.tessera.core.detectors"; //$NON-NLS-1$
    public static final String EDITOR_OPERATIONS = "io.tessera.core.editorOperations"; //$NON-NLS-1$
    public static final String EXPORTERS = "io.tessera.core.exporters"; //$NON-NLS-1$

    private static final TypedRegistry<AudioGenerator> AUDIO = new TypedRegistry<>(AUDIO_GENERATORS, AudioGenerator.class);
    private static final TypedRegistry<Watermarker> WATERMARK = new TypedRegistry<>(WATERMARKERS, Watermarker.class);
    private static final TypedRegistry<Detector> DETECT = new TypedRegistry<>(DETECTORS, Detector.class);
    private static final TypedRegistry<EditorOperation> EDIT = new TypedRegistry<>(EDITOR_OPERATIONS, EditorOperation.class);
    private static final TypedRegistry<Exporter> EXPORT = new TypedRegistry<>(EXPORTERS, Exporter.class);

    private Registries() {
    }

    public static EngineRegistry engines() {
        return EngineRegistry.getDefault();
    }

    public static TypedRegistry<AudioGenerator> audioGenerators() {
        return AUDIO;
    }

    public static TypedRegistry<Watermarker> watermarkers() {
        return WATERMARK;
    }

    public static TypedRegistry<Detector> detectors() {
        return DETECT;
    }

    public static TypedRegistry<EditorOperation> editorOperations() {
        return EDIT;
    }

    public static TypedRegistry<Exporter> exporters() {
        return EXPORT;
    }
}
