package io.tessera.media;

import java.util.Map;

/**
 * How to encode a clip.
 *
 * @param width frame width, even
 * @param height frame height, even
 * @param fps frames per second
 * @param bitrateBitsPerSecond video bitrate, 0 for {@link #automaticBitrate}
 * @param audioSampleRate 0 for a clip without sound
 * @param audioChannels 1 or 2 when there is sound
 * @param metadata container tags such as title and comment
 */
public record VideoSettings(int width, int height, int fps, int bitrateBitsPerSecond, int audioSampleRate,
        int audioChannels, Map<String, String> metadata) {

    public VideoSettings {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static VideoSettings of(int width, int height, int fps) {
        return new VideoSettings(width, height, fps, 0, 0, 0, Map.of());
    }

    public VideoSettings withAudio(int sampleRate, int channels) {
        return new VideoSettings(width, height, fps, bitrateBitsPerSecond, sampleRate, channels, metadata);
    }

    /**
     * openh264 has no constant-quality mode, so the bitrate must be chosen: 0.2 bits per pixel per frame keeps
     * moving shapes and textures clean (the encoder's 400 kb/s default smears 720p), with a floor for tiny frames.
     */
    public int effectiveBitrate() {
        if (bitrateBitsPerSecond > 0) {
            return bitrateBitsPerSecond;
        }
        return automaticBitrate(width, height, fps);
    }

    public static int automaticBitrate(int width, int height, int fps) {
        long bits = Math.round(width * (double) height * fps * 0.2);
        return (int) Math.max(200_000, Math.min(20_000_000, bits));
    }
}
