package io.tessera.media;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The sound of a file as a sample-addressed stream at a chosen rate and channel count (FFmpeg resamples), for
 * mixers that pull any stretch of it in order: reading forward decodes only what is needed and keeps only what
 * has not been read, so memory does not grow with the file; reading backwards or far ahead seeks. Positions
 * before the start or after the end read as silence, as does a file without sound.
 */
public final class AudioStreamReader implements AutoCloseable {
    private final Path file;
    private final int sampleRate;
    private final int channels;
    private final boolean hasAudio;
    private FFmpegFrameGrabber grabber;
    /** Decoded samples not yet passed, interleaved; {@code bufferStart} is the position of the first. */
    private float[] buffer = new float[0];
    private int buffered;
    private long bufferStart;
    private boolean ended;
    /** The earliest position this decoder can still serve without starting over. */
    private long cursor;

    private AudioStreamReader(Path file, int sampleRate, int channels, boolean hasAudio) {
        this.file = file;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.hasAudio = hasAudio;
    }

    public static AudioStreamReader open(Path file, int sampleRate, int channels) throws IOException {
        MediaInfo info;
        try (Mp4VideoReader probe = Mp4VideoReader.open(file, false)) {
            info = probe.info();
        }
        AudioStreamReader r = new AudioStreamReader(file, sampleRate, channels, info.audioChannels() > 0);
        if (r.hasAudio) {
            r.restart(0, 0);
        }
        return r;
    }

    public boolean hasAudio() {
        return hasAudio;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /**
     * Fills {@code out} with {@code frames} sample frames (interleaved) from {@code position} (in sample frames
     * from the start of the file's sound).
     */
    public void read(long position, int frames, float[] out) throws IOException {
        Arrays.fill(out, 0, frames * channels, 0f);
        if (!hasAudio || frames <= 0 || position + frames <= 0) {
            return;
        }
        long known = Math.max(cursor, bufferStart + buffered / channels);
        if (position < cursor || position > known + 2L * sampleRate) {
            // start a little early: AAC needs the frame before to decode the first one whole
            restart(Math.max(0, position - sampleRate / 10), position);
        }
        long end = position + frames;
        while (!ended && bufferStart + buffered / channels < end) {
            decodeMore();
        }
        long from = Math.max(position, bufferStart);
        long to = Math.min(end, bufferStart + buffered / channels);
        if (to > from) {
            System.arraycopy(buffer, (int) (from - bufferStart) * channels, out, (int) (from - position) * channels,
                    (int) (to - from) * channels);
        }
        drop(Math.max(0, position - bufferStart));
        cursor = Math.max(cursor, position);
    }

    /** Opens the decoder at {@code position}; reads from {@code servable} on do not need to start over. */
    private void restart(long position, long servable) throws IOException {
        release();
        Natives.load();
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        g.setSampleRate(sampleRate);
        g.setAudioChannels(channels);
        try {
            g.start();
            if (position > 0) {
                g.setAudioTimestamp(position * 1_000_000L / sampleRate);
            }
        } catch (FrameGrabber.Exception | RuntimeException e) {
            try {
                g.close();
            } catch (FrameGrabber.Exception ignored) {
                // already failing
            }
            throw new MediaFormatException(file, "cannot read its sound: " + e.getMessage(), e); //$NON-NLS-1$
        }
        grabber = g;
        buffered = 0;
        bufferStart = -1;
        ended = false;
        cursor = servable;
    }

    private void decodeMore() throws IOException {
        Frame f;
        try {
            f = grabber.grabSamples();
        } catch (FrameGrabber.Exception e) {
            throw new MediaFormatException(file, "decoding its sound failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (f == null) {
            ended = true;
            if (bufferStart < 0) {
                bufferStart = 0;
            }
            return;
        }
        if (f.samples == null) {
            return;
        }
        FloatBuffer samples = (FloatBuffer) f.samples[0];
        int n = samples.remaining();
        if (bufferStart < 0) {
            // the first packet after opening or seeking says where the stream is; from then on we count samples
            bufferStart = Math.max(0, Math.round(f.timestamp * (double) sampleRate / 1e6));
        }
        if (buffered + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, buffered + n));
        }
        samples.get(samples.position(), buffer, buffered, n);
        buffered += n;
    }

    /** Forgets the first {@code frames} buffered sample frames. */
    private void drop(long frames) {
        int n = (int) Math.min(frames, buffered / channels) * channels;
        if (n <= 0) {
            return;
        }
        System.arraycopy(buffer, n, buffer, 0, buffered - n);
        buffered -= n;
        bufferStart += n / channels;
    }

    private void release() {
        if (grabber != null) {
            try {
                grabber.close();
            } catch (FrameGrabber.Exception e) {
                // nothing to lose when releasing a decoder
            }
            grabber = null;
        }
    }

    @Override
    public void close() {
        release();
    }
}
