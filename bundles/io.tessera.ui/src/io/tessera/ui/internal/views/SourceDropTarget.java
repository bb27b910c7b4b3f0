package io.tessera.ui.internal.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

import io.tessera.ui.internal.timeline.AssetTransfer;

/**
 * Takes files dropped from the desktop ({@link FileTransfer}) and clips dragged from the Library ({@link AssetTransfer})
 * as the Generate view's source. {@link #drop(Object)} is what a drop does with the transferred data, so it can be
 * driven without a native drag.
 */
final class SourceDropTarget extends DropTargetAdapter {
    private final SourcePanel panel;

    private SourceDropTarget(SourcePanel panel) {
        this.panel = panel;
    }

    /** Makes each of {@code controls} a drop target for the panel's source. */
    static SourceDropTarget install(SourcePanel panel, List<Control> controls) {
        SourceDropTarget listener = new SourceDropTarget(panel);
        Transfer[] types = { FileTransfer.getInstance(), AssetTransfer.getInstance() };
        for (Control c : controls) {
            DropTarget target = new DropTarget(c, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
            target.setTransfer(types);
            target.addDropListener(listener);
        }
        return listener;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT || (event.operations & DND.DROP_COPY) != 0) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
        }
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        drop(event.data);
    }

    /**
     * What dropping {@code data} does: the first of the file paths ({@code String[]}, as FileTransfer gives them) or
     * of the asset ids ({@code List<String>}, as AssetTransfer gives them) is read in a job and, when usable, becomes
     * the source. Returns that job, or null when the data holds nothing to read.
     */
    Job drop(Object data) {
        if (data instanceof String[] files && files.length > 0) {
            return panel.offer(Path.of(files[0]), null);
        }
        if (data instanceof List<?> ids && !ids.isEmpty()) {
            return panel.offerAsset(String.valueOf(ids.get(0)));
        }
        return null;
    }
}
