package io.tessera.core.audio;

import java.io.IOException;

/** Where an audio generator streams interleaved stereo float samples in [-1, 1]. */
public interface AudioSink {

    void open(int sampleRate, int channels) throws IOException;

    void accept(float[] interleaved, int sampleCount) throws IOException;

    /**
     * A stem the mix was made of (e.g. "foley", "ambience", "speech"), interleaved at the mix's rate and channel count,
     * for users who want to remix. Sinks that do not keep stems ignore it.
     *
     * @since 0.1.0
     */
    default void stem(String name, float[] interleaved) throws IOException {
        // most sinks keep only the mix
    }

    /**
     * Side data about the sound, such as a JSON file of mouth-open values per frame for lip-sync or what the analysis
     * found. Sinks that do not keep it ignore it.
     *
     * @since 0.1.0
     */
    default void attachment(String fileName, byte[] content) throws IOException {
        // most sinks keep only the mix
    }
}
