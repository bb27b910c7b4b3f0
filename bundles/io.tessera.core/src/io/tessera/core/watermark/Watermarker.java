package io.tessera.core.watermark;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.media.VideoFrame;

/** A contribution to {@code io.tessera.core.watermarkers}: embeds a payload into frames and reads it back. */
public interface Watermarker {

    /** Marks one frame in place; {@code frameIndex} lets marks spread over time. */
    void embed(VideoFrame frame, long frameIndex, byte[] payload);

    ExtractionResult extract(Path media, IProgressMonitor monitor) throws Exception;
}
