package io.tessera.editor.render;

import io.tessera.core.watermark.Marking;

/**
 * @param marking which marks the render carries (the policy may still require them)
 * @param audio whether the file gets the mixed sound track
 * @param sampleRate of that track
 */
public record RenderOptions(Marking marking, boolean audio, int sampleRate) {
    public static final RenderOptions DEFAULT = new RenderOptions(Marking.ALL, true, 48_000);

    public RenderOptions withMarking(Marking m) {
        return new RenderOptions(m, audio, sampleRate);
    }

    public RenderOptions withAudio(boolean a) {
        return new RenderOptions(marking, a, sampleRate);
    }
}
