package io.tessera.watermark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.watermark.ExtractionResult;
import io.tessera.core.watermark.Watermarker;
import io.tessera.media.VideoFrame;
import io.tessera.watermark.visible.VisibleMark;
import io.tessera.watermark.visible.VisibleMarkStyle;
import io.tessera.watermark.visible.VisibleStylePreferences;

/** The {@code tessera-visible} contribution: the label drawn on exported frames, styled by preferences. */
public final class VisibleWatermarker implements Watermarker {
    private VisibleMark mark;

    @Override
    public synchronized void embed(VideoFrame frame, long frameIndex, byte[] payload) {
        if (mark == null) {
            try {
                mark = new VisibleMark(VisibleStylePreferences.read());
            } catch (IOException e) {
                throw new UncheckedIOException("the visible watermark's logo cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
        mark.draw(frame);
    }

    /** A label carries no payload to read back. */
    @Override
    public ExtractionResult extract(Path media, IProgressMonitor monitor) {
        return new ExtractionResult(new byte[0], 0);
    }
}
