package io.tessera.editor.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tessera.editor.FrameClock;
import io.tessera.editor.Timelines;
import io.tessera.editor.internal.AudioMix;
import io.tessera.model.MediaAsset;
import io.tessera.model.Timeline;

/**
 * The sound of a timeline without its pictures, mixed exactly as {@link TimelineRenderer} mixes it (it is the same
 * mix: volume envelopes, transition gains, edge fades, the soft clipper), for a player that wants to hear the cut
 * or anyone who wants its samples. Reading on from where the last read ended is cheap; reading elsewhere seeks.
 * Not thread-safe: one reader at a time.
 */
public final class TimelineSound implements AutoCloseable {
    private final FrameClock clock;
    private final int sampleRate;
    private final long sampleCount;
    private final AudioMix mix;

    /** {@code files}: where each asset's media is, as {@link TimelinePictures#media()} gives it. */
    public TimelineSound(Timeline timeline, Map<MediaAsset, Path> files, int sampleRate) {
        if (sampleRate < 8_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " is below 8000"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.clock = new FrameClock(Math.max(1, timeline.getFps()));
        this.sampleRate = sampleRate;
        this.mix = new AudioMix(timeline, files, sampleRate);
        this.sampleCount = sampleOf(clock.frame(Timelines.duration(timeline)));
    }

    /** Resolves and checks the timeline's media as a render does. */
    public static TimelineSound open(Timeline timeline, MediaResolver resolver, int sampleRate) throws RenderException {
        Map<MediaAsset, Path> files = new LinkedHashMap<>();
        TimelinePictures.resolveMedia(timeline, resolver, files, new LinkedHashMap<>());
        return new TimelineSound(timeline, files, sampleRate);
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return 2;
    }

    /** Samples (per channel) up to the end of the timeline's last frame. */
    public long sampleCount() {
        return sampleCount;
    }

    /** The first sample of output frame {@code frame}: the renderer cuts its sound track at the same samples. */
    public long sampleOf(long frame) {
        return Math.round(frame * (double) sampleRate / clock.fps());
    }

    /** The mixed sound of output frames [{@code first}, {@code end}), interleaved stereo. */
    public float[] frames(long first, long end) throws IOException {
        long a = sampleOf(first);
        return samples(a, (int) (sampleOf(end) - a));
    }

    /**
     * {@code count} sample frames from sample {@code from} on, interleaved stereo. However the caller cuts its reads,
     * the mix is made in pieces that end where the renderer's frames end, since volume envelopes are evaluated at
     * the ends of each piece: so a player hears what the render writes.
     */
    public float[] samples(long from, int count) throws IOException {
        if (from != mix.position()) {
            mix.seek(from);
        }
        float[] out = new float[count * 2];
        long pos = from;
        long end = from + count;
        while (pos < end) {
            long frame = Math.floorDiv(pos * clock.fps(), sampleRate);
            while (sampleOf(frame + 1) <= pos) {
                frame++; // rounding: the frame whose samples hold pos
            }
            long pieceEnd = Math.min(end, sampleOf(frame + 1));
            float[] piece = mix.next((int) (pieceEnd - pos));
            System.arraycopy(piece, 0, out, (int) (pos - from) * 2, piece.length);
            pos = pieceEnd;
        }
        return out;
    }

    @Override
    public void close() {
        mix.close();
    }
}
