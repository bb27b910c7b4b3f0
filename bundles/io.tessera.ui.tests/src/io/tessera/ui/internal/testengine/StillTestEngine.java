package io.tessera.ui.internal.testengine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.media.Images;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * The UI tests' engine with i2v, v2v and extend: every frame is the source picture (an image, or a video's first
 * frame) scaled to the request, with a bar that moves by the seed; without a source, a seeded gradient. Deterministic.
 */
public final class StillTestEngine implements VideoEngine {
    private static final Set<String> OPTIONS = Set.of("extend"); //$NON-NLS-1$

    @Override
    public void validate(GenerationRequest request) throws InvalidRequestException {
        for (String key : request.options().keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new InvalidRequestException("unknown option '" + key + "' for the still-test engine"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Override
    public void generate(GenerationRequest request, FrameSink sink, IProgressMonitor monitor) throws GenerationException {
        int w = request.width();
        int h = request.height();
        try {
            VideoFrame base = request.source().isPresent() ? scaled(picture(request.source().get()), w, h) : gradient(w, h, request.seed());
            sink.open(request.format());
            for (int i = 0; i < request.frameCount(); i++) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                VideoFrame f = new VideoFrame(w, h, base.rgb().clone());
                int bar = (int) ((request.seed() + i * 3L) % Math.max(1, w - 4));
                for (int y = 0; y < h; y++) {
                    for (int x = bar; x < Math.min(w, bar + 4); x++) {
                        f.setRgb(x, y, 0xffffff);
                    }
                }
                sink.accept(f);
            }
        } catch (IOException e) {
            throw new GenerationException("still-test: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static VideoFrame picture(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return Images.read(file);
        }
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            VideoFrame f = reader.nextFrame();
            if (f == null) {
                throw new IOException(file + " has no pictures"); //$NON-NLS-1$
            }
            return f;
        }
    }

    private static VideoFrame scaled(VideoFrame src, int w, int h) {
        VideoFrame out = VideoFrame.blank(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRgb(x, y, src.rgbAt(x * src.width() / w, y * src.height() / h));
            }
        }
        return out;
    }

    private static VideoFrame gradient(int w, int h, long seed) {
        VideoFrame out = VideoFrame.blank(w, h);
        int hue = (int) (seed % 200);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRgb(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | hue);
            }
        }
        return out;
    }

    @Override
    public CostEstimate estimate(GenerationRequest request) {
        return CostEstimate.local(0.01 * request.frameCount(), 16L << 20, "test engine: a copy per frame"); //$NON-NLS-1$
    }

    @Override
    public String version() {
        return "1"; //$NON-NLS-1$
    }
}
