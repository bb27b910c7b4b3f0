package io.tessera.audio.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tessera.core.audio.AudioSink;

/** Keeps everything a generator sends. */
final class CollectingSink implements AudioSink {
    int rate;
    int channels;
    float[] samples = new float[0];
    final Map<String, float[]> stems = new LinkedHashMap<>();
    final Map<String, byte[]> attachments = new LinkedHashMap<>();

    @Override
    public void open(int sampleRate, int channelCount) {
        rate = sampleRate;
        channels = channelCount;
    }

    @Override
    public void accept(float[] interleaved, int sampleCount) {
        int n = sampleCount * channels;
        float[] all = java.util.Arrays.copyOf(samples, samples.length + n);
        System.arraycopy(interleaved, 0, all, samples.length, n);
        samples = all;
    }

    @Override
    public void stem(String name, float[] interleaved) {
        stems.put(name, interleaved);
    }

    @Override
    public void attachment(String fileName, byte[] content) {
        attachments.put(fileName, content);
    }

    String attachment(String name) {
        return new String(attachments.get(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
