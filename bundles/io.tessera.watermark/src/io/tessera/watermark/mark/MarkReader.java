package io.tessera.watermark.mark;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/** Reads a video file's frames into a {@link MarkDetector}. */
public final class MarkReader {
    /** More frames add little once the moving content has averaged out; long files are sampled evenly. */
    public static final int MAX_FRAMES = 240;
    /**
     * Long files are sampled in runs of consecutive frames, so that the mark's sign flips ({@link MarkLayout#sign})
     * stay visible within each run: two flip cycles per run.
     */
    private static final int RUN = 2 * MarkLayout.FLIP_PERIOD;

    /** Whether frame {@code index} of {@code total} is read: all of a short file, evenly spaced runs of a long one. */
    static boolean sampled(long index, long total) {
        if (total <= MAX_FRAMES) {
            return true;
        }
        long runs = MAX_FRAMES / RUN;
        long spacing = total / runs;
        return index / spacing < runs && index % spacing < RUN;
    }

    private MarkReader() {
    }

    /** A video file, or a folder of still frames (PNG, JPEG, BMP; read in name order). */
    public static Detection read(Path file, IProgressMonitor monitor) throws IOException {
        if (java.nio.file.Files.isDirectory(file)) {
            return readFrames(file, monitor);
        }
        MarkDetector detector = new MarkDetector();
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            long total = Math.max(1, reader.info().frameCount());
            SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), (int) Math.min(total, Integer.MAX_VALUE) + 1); //$NON-NLS-1$
            VideoFrame frame;
            long index = 0;
            while ((frame = reader.nextFrame()) != null) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (sampled(index, total)) {
                    detector.accept(frame, index);
                }
                index++;
                progress.worked(1);
            }
        }
        return detector.result();
    }

    private static Detection readFrames(Path folder, IProgressMonitor monitor) throws IOException {
        java.util.List<Path> images;
        try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(folder)) {
            images = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|bmp)")) //$NON-NLS-1$
                    .sorted().toList();
        }
        if (images.isEmpty()) {
            throw new IOException(folder + ": no PNG, JPEG or BMP frames in this folder"); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + folder.getFileName(), images.size()); //$NON-NLS-1$
        MarkDetector detector = new MarkDetector();
        for (int i = 0; i < images.size(); i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (sampled(i, images.size())) {
                detector.accept(io.tessera.media.Images.read(images.get(i)), i);
            }
            progress.worked(1);
        }
        return detector.result();
    }
}
