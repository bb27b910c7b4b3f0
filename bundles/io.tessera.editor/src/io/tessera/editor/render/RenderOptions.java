package io.tessera.editor.render;

import io.tessera.core.watermark.Marking;

/**
 * @param marking which marks the render carries (the policy may still require them)
 * @param audio whether the file gets the mixed sound track
 * @param sampleRate of that track
 * @param range the frames to render (the timeline's in/out marks), or null for the whole timeline
 */
public record RenderOptions(Marking marking, boolean audio, int sampleRate, FrameRange range) {
    public static final RenderOptions DEFAULT = new RenderOptions(Marking.ALL, true, 48_000, null);

    /** The whole timeline. */
    public RenderOptions(Marking marking, boolean audio, int sampleRate) {
        this(marking, audio, sampleRate, null);
    }

    public RenderOptions withMarking(Marking m) {
        return new RenderOptions(m, audio, sampleRate, range);
    }

    public RenderOptions withAudio(boolean a) {
        return new RenderOptions(marking, a, sampleRate, range);
    }

    public RenderOptions withRange(FrameRange r) {
        return new RenderOptions(marking, audio, sampleRate, r);
    }
}
