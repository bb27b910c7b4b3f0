package io.tessera.media;

/**
 * What a media file holds.
 *
 * @param durationSeconds length of the longest stream
 * @param fps video frame rate
 * @param width video width
 * @param height video height
 * @param frameCount video frames (counted by decoding when the container does not say)
 * @param videoCodec codec name, e.g. h264
 * @param audioCodec codec name, or null when there is no sound
 * @param audioChannels 0 when there is no sound
 * @param sampleRate 0 when there is no sound
 * @param sizeBytes file size
 */
public record MediaInfo(double durationSeconds, double fps, int width, int height, long frameCount, String videoCodec,
        String audioCodec, int audioChannels, int sampleRate, long sizeBytes) {
}
