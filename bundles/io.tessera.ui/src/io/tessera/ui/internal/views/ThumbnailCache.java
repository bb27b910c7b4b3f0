package io.tessera.ui.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.tessera.media.VideoFrame;

/**
 * Pictures of clips from near their middle, all of one size (so table rows stay even), by file and modification
 * time: a file that changes gets a new picture. Decoding runs in one job, never on the UI thread; until a picture is
 * there (or when the file cannot be decoded) {@link #get} gives a placeholder. Every image is disposed with the cache.
 * Used on the UI thread only, apart from the decoding job.
 */
final class ThumbnailCache {
    /** A file as it was when its picture was made. */
    private record Key(Path file, long modified) {
    }

    private final Display display;
    private final int width;
    private final int height;
    private final Consumer<Path> decoded;
    private final Image placeholder;
    private final Map<Key, Image> images = new HashMap<>();
    private final Set<Key> failed = ConcurrentHashMap.newKeySet();
    private final Set<Key> queued = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Key> todo = new ConcurrentLinkedQueue<>();
    private final DecodeJob job = new DecodeJob();
    private boolean disposed;

    /** {@code decoded} is told on the UI thread when a file's picture has arrived. */
    ThumbnailCache(Display display, int width, int height, Consumer<Path> decoded) {
        this.display = display;
        this.width = width;
        this.height = height;
        this.decoded = decoded;
        this.placeholder = placeholder();
    }

    private Image placeholder() {
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.fillRectangle(0, 0, width, height);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(0, 0, width - 1, height - 1);
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** The picture of {@code file} when it is decoded, else the placeholder (and the file is queued for decoding). */
    Image get(Path file) {
        Key key = keyOf(file);
        Image image = key == null ? null : images.get(key);
        if (image != null) {
            return image;
        }
        if (key != null && !disposed && !failed.contains(key) && queued.add(key)) {
            todo.add(key);
            job.schedule();
        }
        return placeholder;
    }

    /** Whether {@code file} as it is now has its decoded picture. */
    boolean isDecoded(Path file) {
        Key key = keyOf(file);
        return key != null && images.containsKey(key);
    }

    Image placeholderImage() {
        return placeholder;
    }

    /** The job that decodes (tests wait for it). */
    Job job() {
        return job;
    }

    private static Key keyOf(Path file) {
        try {
            return new Key(file.toAbsolutePath().normalize(), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private void arrived(Key key, VideoFrame picture) {
        queued.remove(key);
        if (disposed) {
            return;
        }
        if (picture == null) {
            failed.add(key);
            return;
        }
        // an older picture of the same file is no use any more
        images.entrySet().removeIf(e -> {
            if (e.getKey().file().equals(key.file())) {
                e.getValue().dispose();
                return true;
            }
            return false;
        });
        images.put(key, new Image(display, PlayerView.toImageData(picture)));
        decoded.accept(key.file());
    }

    void dispose() {
        disposed = true;
        job.cancel();
        todo.clear();
        images.values().forEach(Image::dispose);
        images.clear();
        placeholder.dispose();
    }

    /** Decodes the queued files one after the other. */
    private final class DecodeJob extends Job {
        DecodeJob() {
            super("Library thumbnails"); //$NON-NLS-1$
            setSystem(true);
            setPriority(Job.DECORATE);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            for (Key key; (key = todo.poll()) != null;) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                VideoFrame picture;
                try {
                    picture = FrameThumbnails.middleOf(key.file(), width, height);
                } catch (IOException | RuntimeException | LinkageError e) {
                    picture = null; // an unreadable clip keeps the placeholder
                }
                Key k = key;
                VideoFrame p = picture;
                if (display.isDisposed()) {
                    return Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> arrived(k, p));
            }
            return Status.OK_STATUS;
        }
    }
}
