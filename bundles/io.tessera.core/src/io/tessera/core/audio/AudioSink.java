package io.tessera.core.audio;

import java.io.IOException;

/** Where an audio generator streams interleaved stereo float samples in [-1, 1]. */
public interface AudioSink {

    void open(int sampleRate, int channels) throws IOException;

    void accept(float[] interleaved, int sampleCount) throws IOException;
}
