package io.tessera.ui.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.tessera.core.engine.EngineCapability;
import io.tessera.media.Images;
import io.tessera.media.MediaInfo;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * An image or video a generation starts from, as read from the file (never from its name alone), with a small
 * preview picture. {@link #inspect} decodes, so it runs off the UI thread.
 *
 * @param file the file, absolute
 * @param kind image (i2v) or video (v2v)
 * @param width picture width
 * @param height picture height
 * @param seconds length; 0 for an image
 * @param fps frame rate; 0 for an image
 * @param preview the picture fitted into the preview size
 * @param assetId the project asset it is, when it came from the Library; else null
 */
public record SourceMedia(Path file, Kind kind, int width, int height, double seconds, double fps, VideoFrame preview, String assetId) {
    static final Set<String> IMAGE_SUFFIXES = Set.of("png", "jpg", "jpeg", "bmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    static final Set<String> VIDEO_SUFFIXES = Set.of("mp4", "mov", "mkv", "webm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    static final int PREVIEW_W = 64;
    static final int PREVIEW_H = 48;

    /** What a source is, and the engine capability it needs. */
    public enum Kind {
        IMAGE(EngineCapability.IMAGE_TO_VIDEO), VIDEO(EngineCapability.VIDEO_TO_VIDEO);

        private final EngineCapability needs;

        Kind(EngineCapability needs) {
            this.needs = needs;
        }

        public EngineCapability needs() {
            return needs;
        }
    }

    /** A file that cannot be a source; the message is for the user and names the file. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** Reads {@code file}: its kind by name, then the content must decode as that kind. */
    public static SourceMedia inspect(Path file, String assetId) throws RefusedException {
        Path f = file.toAbsolutePath().normalize();
        String name = f.getFileName().toString();
        if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
            throw new RefusedException(NLS.bind(GenerateMessages.sourceMissing, name));
        }
        String suffix = suffix(name);
        if (IMAGE_SUFFIXES.contains(suffix)) {
            try {
                VideoFrame img = Images.read(f);
                return new SourceMedia(f, Kind.IMAGE, img.width(), img.height(), 0, 0, FrameThumbnails.fit(img, PREVIEW_W, PREVIEW_H), assetId);
            } catch (IOException | RuntimeException e) {
                throw new RefusedException(NLS.bind(GenerateMessages.sourceNotImage, name, reason(f, e)));
            }
        }
        if (VIDEO_SUFFIXES.contains(suffix)) {
            try (Mp4VideoReader reader = Mp4VideoReader.open(f)) {
                MediaInfo info = reader.info();
                long frames = info.frameCount();
                if (frames > 2) {
                    reader.seekToFrame(frames / 2);
                }
                VideoFrame frame = reader.nextFrame();
                if (frame == null) {
                    throw new IOException(GenerateMessages.sourceNoPictures);
                }
                return new SourceMedia(f, Kind.VIDEO, info.width(), info.height(), info.durationSeconds(), info.fps(),
                        FrameThumbnails.fit(frame, PREVIEW_W, PREVIEW_H), assetId);
            } catch (IOException | RuntimeException | LinkageError e) {
                throw new RefusedException(NLS.bind(GenerateMessages.sourceNotVideo, name, reason(f, e)));
            }
        }
        throw new RefusedException(NLS.bind(GenerateMessages.sourceUnknownType, name));
    }

    private static String suffix(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    /** The problem, without the file name the media readers put first (the message names the file already). */
    private static String reason(Path f, Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String prefix = f + ": "; //$NON-NLS-1$
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /** The file's name. */
    public String name() {
        return file.getFileName().toString();
    }

    /** One line on what it is: "image 640×480" or "video 3.00 s, 128×128 at 8 fps". */
    public String describe() {
        return kind == Kind.IMAGE ? NLS.bind(GenerateMessages.sourceImageInfo, width, height)
                : NLS.bind(GenerateMessages.sourceVideoInfo, new Object[] { GenerateView.fmt(seconds), width, height, GenerateView.fmt(fps) });
    }
}
