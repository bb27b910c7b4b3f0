package io.tessera.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import io.tessera.media.internal.EncoderThread;
import io.tessera.media.internal.Yuv420;

/**
 * Streams frames (and optionally stereo sound) into an H.264/AAC MP4. Uses the LGPL FFmpeg build's openh264
 * encoder, so what users distribute stays LGPL-clean. Output is bit-exact for identical input: no creation time,
 * no encoder version strings that vary, single-threaded encoding. The caller's thread converts RGB to YUV while
 * an encoder thread compresses the previous frame, so both cores work.
 */
public final class Mp4VideoWriter implements AutoCloseable {
    private final Path file;
    private final VideoSettings settings;
    private final FFmpegFrameRecorder recorder;
    private final EncoderThread encoder;
    private boolean closed;
    private long frames;

    private Mp4VideoWriter(Path file, VideoSettings settings, FFmpegFrameRecorder recorder) {
        this.file = file;
        this.settings = settings;
        this.recorder = recorder;
        this.encoder = new EncoderThread(file);
    }

    public static Mp4VideoWriter open(Path file, VideoSettings settings) throws IOException {
        if (settings.width() <= 0 || settings.height() <= 0 || settings.width() % 2 != 0 || settings.height() % 2 != 0) {
            throw new IllegalArgumentException("H.264 4:2:0 needs a positive, even frame size, not " + settings.width() + "x" //$NON-NLS-1$ //$NON-NLS-2$
                    + settings.height());
        }
        if (settings.fps() <= 0) {
            throw new IllegalArgumentException("fps must be positive, not " + settings.fps()); //$NON-NLS-1$
        }
        Natives.load();
        int channels = settings.audioSampleRate() > 0 ? Math.max(1, settings.audioChannels()) : 0;
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), settings.width(), settings.height(), channels);
        r.setFormat("mp4"); //$NON-NLS-1$
        r.setVideoCodecName("libopenh264"); //$NON-NLS-1$
        r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(settings.fps());
        r.setGopSize(Math.max(1, settings.fps() * 2));
        r.setVideoBitrate(settings.effectiveBitrate());
        r.setVideoOption("threads", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        r.setVideoOption("flags", "+bitexact"); //$NON-NLS-1$ //$NON-NLS-2$
        r.setOption("fflags", "+bitexact"); //$NON-NLS-1$ //$NON-NLS-2$
        r.setOption("movflags", "use_metadata_tags"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Map.Entry<String, String> tag : settings.metadata().entrySet()) {
            r.setMetadata(tag.getKey(), tag.getValue());
        }
        if (channels > 0) {
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.setSampleRate(settings.audioSampleRate());
            r.setAudioBitrate(128_000 * channels / 2 + 64_000 * (channels % 2));
            r.setAudioOption("flags", "+bitexact"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            r.start();
        } catch (FrameRecorder.Exception e) {
            release(r);
            throw new IOException(file + ": cannot start the encoder: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return new Mp4VideoWriter(file, settings, r);
    }

    public void writeFrame(VideoFrame frame) throws IOException {
        if (frame.width() != settings.width() || frame.height() != settings.height()) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height() + ", the clip " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + settings.width() + "x" + settings.height()); //$NON-NLS-1$
        }
        byte[] yuv = new byte[Yuv420.size(frame.width(), frame.height())];
        Yuv420.convert(frame.rgb(), frame.width(), frame.height(), yuv);
        long index = frames++;
        encoder.submit(() -> {
            try {
                recorder.recordImage(settings.width(), settings.height(), Frame.DEPTH_UBYTE, 1, settings.width(),
                        avutil.AV_PIX_FMT_YUV420P, ByteBuffer.wrap(yuv));
            } catch (FrameRecorder.Exception e) {
                throw new IOException(file + ": encoding frame " + index + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
    }

    /** Interleaved samples in [-1, 1], {@code sampleFrames} per channel. */
    public void writeAudio(float[] interleaved, int sampleFrames) throws IOException {
        if (settings.audioSampleRate() <= 0) {
            throw new IllegalStateException("this clip was opened without sound"); //$NON-NLS-1$
        }
        int channels = Math.max(1, settings.audioChannels());
        float[] copy = java.util.Arrays.copyOf(interleaved, sampleFrames * channels);
        encoder.submit(() -> {
            try {
                recorder.recordSamples(settings.audioSampleRate(), channels, FloatBuffer.wrap(copy));
            } catch (FrameRecorder.Exception e) {
                throw new IOException(file + ": encoding sound failed: " + e.getMessage(), e); //$NON-NLS-1$
            }
        });
    }

    public long framesWritten() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            encoder.finish();
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException(file + ": finishing the MP4 failed: " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            release(recorder);
        }
    }

    private static void release(FFmpegFrameRecorder r) {
        try {
            r.release();
        } catch (FrameRecorder.Exception e) {
            // nothing left to free that matters once the file is written or abandoned
        }
    }
}
