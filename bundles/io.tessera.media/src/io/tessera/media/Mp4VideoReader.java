package io.tessera.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads a video file frame by frame as packed RGB, and its sound as interleaved floats. MP4 files are checked box
 * by box before FFmpeg opens them, so a truncated or fake file is a {@link MediaFormatException}, not a native
 * crash. Other containers (Matroska, WebM, AVI...) go straight to FFmpeg.
 */
public final class Mp4VideoReader implements AutoCloseable {
    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final MediaInfo info;

    private Mp4VideoReader(Path file, FFmpegFrameGrabber grabber, MediaInfo info) {
        this.file = file;
        this.grabber = grabber;
        this.info = info;
    }

    public static Mp4VideoReader open(Path file) throws IOException {
        return open(file, true);
    }

    /**
     * Opens the file with its pictures scaled by FFmpeg (swscale, bicubic) to {@code width x height}, which is
     * cheaper than scaling decoded frames in Java. Zero for either keeps the file's own size.
     */
    public static Mp4VideoReader open(Path file, int width, int height) throws IOException {
        return open(file, true, width, height);
    }

    static Mp4VideoReader open(Path file, boolean requireVideo) throws IOException {
        return open(file, requireVideo, 0, 0);
    }

    private static Mp4VideoReader open(Path file, boolean requireVideo, int width, int height) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        if (Files.size(file) == 0) {
            throw new MediaFormatException(file, "the file is empty"); //$NON-NLS-1$
        }
        if (Mp4Boxes.looksLikeMp4(file)) {
            Mp4Boxes.checkPlayable(file);
        }
        Natives.load();
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        if (width > 0 && height > 0) {
            g.setImageWidth(width);
            g.setImageHeight(height);
        }
        try {
            g.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(g);
            throw new MediaFormatException(file, "not a readable video or audio file (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String format = String.valueOf(g.getFormat());
        if (format.endsWith("_pipe") || format.startsWith("image2")) { //$NON-NLS-1$ //$NON-NLS-2$
            release(g);
            throw new MediaFormatException(file, "is a still image (" + format + "), not a video"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (requireVideo && (g.getImageWidth() <= 0 || g.getImageHeight() <= 0)) {
            release(g);
            throw new MediaFormatException(file, "has no video stream"); //$NON-NLS-1$
        }
        double fps = g.getFrameRate();
        MediaInfo info = new MediaInfo(g.getLengthInTime() / 1e6, fps, g.getImageWidth(), g.getImageHeight(),
                g.getLengthInVideoFrames(), g.hasVideo() ? g.getVideoCodecName() : null,
                g.hasAudio() ? g.getAudioCodecName() : null, g.hasAudio() ? g.getAudioChannels() : 0,
                g.hasAudio() ? g.getSampleRate() : 0, Files.size(file));
        return new Mp4VideoReader(file, g, info);
    }

    /** A container metadata tag (e.g. "title"), or null. */
    public String metadata(String key) {
        return grabber.getMetadata(key);
    }

    public MediaInfo info() {
        return info;
    }

    /** The next picture, or null after the last one. */
    public VideoFrame nextFrame() throws IOException {
        try {
            Frame f = grabber.grabImage();
            if (f == null || f.image == null) {
                return null;
            }
            return toRgb(f);
        } catch (FrameGrabber.Exception e) {
            throw new MediaFormatException(file, "decoding failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * Positions the reader so that {@link #nextFrame()} returns picture {@code index} (counted from 0 at the
     * file's first picture). FFmpeg seeks to the key frame before it and decodes forward to the exact picture.
     */
    public void seekToFrame(long index) throws IOException {
        try {
            grabber.setVideoFrameNumber((int) Math.min(Integer.MAX_VALUE, index));
        } catch (FrameGrabber.Exception e) {
            throw new MediaFormatException(file, "seeking to picture " + index + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** All of the sound, interleaved, from the current position; empty when the file has none. */
    public float[] readAllAudio() throws IOException {
        if (!grabber.hasAudio()) {
            return new float[0];
        }
        FloatAccumulator all = new FloatAccumulator();
        try {
            for (Frame f; (f = grabber.grabSamples()) != null;) {
                if (f.samples == null) {
                    continue;
                }
                FloatBuffer samples = (FloatBuffer) f.samples[0];
                all.add(samples);
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaFormatException(file, "decoding sound failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return all.toArray();
    }

    private static VideoFrame toRgb(Frame f) {
        int w = f.imageWidth;
        int h = f.imageHeight;
        ByteBuffer src = (ByteBuffer) f.image[0];
        byte[] rgb = new byte[w * h * 3];
        int stride = f.imageStride;
        for (int y = 0; y < h; y++) {
            src.get(y * stride, rgb, y * w * 3, w * 3);
        }
        return new VideoFrame(w, h, rgb);
    }

    @Override
    public void close() {
        release(grabber);
    }

    private static void release(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception e) {
            // releasing a decoder cannot lose data
        }
    }

    private static final class FloatAccumulator {
        private float[] data = new float[1 << 16];
        private int size;

        void add(FloatBuffer b) {
            int n = b.remaining();
            if (size + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + n));
            }
            b.get(b.position(), data, size, n);
            size += n;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
