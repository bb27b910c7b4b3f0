package io.tessera.editor.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.internal.FrameMarkers;
import io.tessera.core.watermark.MarkPayload;
import io.tessera.core.watermark.Marking;
import io.tessera.core.watermark.MarkingPolicy;
import io.tessera.editor.render.MediaResolver;
import io.tessera.editor.render.RenderException;
import io.tessera.editor.render.TimelinePictures;
import io.tessera.media.Images;
import io.tessera.model.Project;

/**
 * The timeline as numbered PNG files (frame-000000.png ...) in a folder, marked like a render. The folder is filled
 * under a hidden name and renamed when complete, so a cancelled export leaves nothing behind.
 */
public final class ImageSequence {
    private ImageSequence() {
    }

    public static long write(Project project, MediaResolver media, Path folder, Marking requested, IProgressMonitor monitor)
            throws RenderException {
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new RenderException(folder + " exists and is not an empty folder", true); //$NON-NLS-1$
        }
        Path part = folder.toAbsolutePath().resolveSibling("." + folder.getFileName() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        try (TimelinePictures pictures = new TimelinePictures(project.getTimeline(), media)) {
            Marking marking = MarkingPolicy.forProject(requested, project.isVisibleWatermark());
            MarkingPolicy.check(marking);
            FrameMarkers markers = FrameMarkers.select(marking, MarkPayload.of("images\n" + project.getName() + pictures.media().values(), //$NON-NLS-1$
                    "tessera-editor"), MarkingPolicy.isMandatory()); //$NON-NLS-1$
            long frames = pictures.frameCount();
            SubMonitor progress = SubMonitor.convert(monitor, "Exporting images", (int) Math.min(Integer.MAX_VALUE, frames)); //$NON-NLS-1$
            delete(part);
            Files.createDirectories(part);
            for (long n = 0; n < frames; n++) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Images.writePng(markers.mark(pictures.frame(n), n), part.resolve(String.format(Locale.ROOT, "frame-%06d.png", n))); //$NON-NLS-1$
                progress.worked(1);
            }
            if (Files.exists(folder)) {
                Files.delete(folder);
            }
            Files.move(part, folder);
            return frames;
        } catch (InvalidRequestException e) {
            throw new RenderException(e.getMessage(), true, e);
        } catch (GenerationException e) {
            throw new RenderException(e.getMessage(), false, e);
        } catch (IOException e) {
            throw new RenderException("exporting images to " + folder + " failed: " + e.getMessage(), false, e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            try {
                delete(part);
            } catch (IOException e) {
                // a hidden leftover folder is harmless
            }
        }
    }

    private static boolean isEmptyFolder(Path p) {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
