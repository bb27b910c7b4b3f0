package io.tessera.core.engine;

/** Geometry and timing of a clip an engine is about to stream. */
public record VideoFormat(int width, int height, int fps, int frameCount) {

    public double seconds() {
        return frameCount / (double) fps;
    }
}
