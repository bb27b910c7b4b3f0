package io.tessera.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import io.tessera.model.MediaAsset;
import io.tessera.model.Project;
import io.tessera.model.Provenance;
import io.tessera.ui.internal.Messages;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.timeline.AssetTransfer;

/**
 * The open project's clips, each with a picture from near its middle (decoded in a job, see {@link ThumbnailCache}),
 * what made them and whether they carry the watermark and a signed manifest.
 */
public final class LibraryView extends ViewPart {
    /** Size of the clip pictures; every row has room for one. */
    static final int THUMB_W = 96;
    static final int THUMB_H = 72;
    private TableViewer viewer;
    private ThumbnailCache thumbnails;
    private Display display;
    private final Runnable projectListener = () -> {
        if (!display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        thumbnails = new ThumbnailCache(display, THUMB_W, THUMB_H, this::thumbnailArrived);
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn name = column(layout, Messages.colName, 26, a -> Path.of(a.getFile()).getFileName().toString());
        layout.setColumnData(name.getColumn(), new ColumnWeightData(26, THUMB_W + 120, true));
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Path.of(((MediaAsset) element).getFile()).getFileName().toString();
            }

            @Override
            public Image getImage(Object element) {
                return thumbnail((MediaAsset) element);
            }
        });
        column(layout, Messages.colDuration, 8, a -> GenerateView.fmt(a.getDurationSeconds()) + " s"); //$NON-NLS-1$
        column(layout, Messages.colFormat, 12, a -> a.getWidth() + "\u00d7" + a.getHeight() + " @ " + a.getFps()); //$NON-NLS-1$ //$NON-NLS-2$
        column(layout, Messages.colEngine, 8, a -> provenance(a, Provenance::getEngineId));
        column(layout, Messages.colSeed, 8, a -> a.getProvenance() == null ? Messages.none : Long.toString(a.getProvenance().getSeed()));
        column(layout, Messages.colWatermark, 9, LibraryView::watermark);
        column(layout, Messages.colManifest, 9, LibraryView::manifest);
        column(layout, Messages.colPrompt, 30, a -> provenance(a, Provenance::getPrompt));
        getSite().setSelectionProvider(viewer);
        // clips are dragged to the Timeline by id
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { AssetTransfer.getInstance() }, new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = draggedIds();
            }

            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !viewer.getStructuredSelection().isEmpty();
            }
        });
        ProjectSession.getDefault().addListener(projectListener);
        refresh();
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight, Function<MediaAsset, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setMoveable(true);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 50, true));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((MediaAsset) element);
                return s == null ? Messages.none : s;
            }
        });
        return c;
    }

    /** The clip's picture, or the placeholder while it is decoded (or when the file is missing or unreadable). */
    private Image thumbnail(MediaAsset a) {
        return a.getFile() == null ? thumbnails.placeholderImage() : thumbnails.get(ProjectSession.getDefault().resolve(a.getFile()));
    }

    private void thumbnailArrived(Path file) {
        if (viewer == null || viewer.getControl().isDisposed() || !(viewer.getInput() instanceof List<?> shown)) {
            return;
        }
        ProjectSession session = ProjectSession.getDefault();
        for (Object o : shown) {
            MediaAsset a = (MediaAsset) o;
            if (a.getFile() != null && file.equals(session.resolve(a.getFile()).toAbsolutePath().normalize())) {
                viewer.update(a, null);
            }
        }
    }

    /** Whether the row of {@code asset} shows its decoded picture (not the placeholder). */
    public boolean hasThumbnail(MediaAsset asset) {
        return asset.getFile() != null && thumbnails.isDecoded(ProjectSession.getDefault().resolve(asset.getFile()));
    }

    /** The placeholder rows show while their picture is decoded. */
    public Image thumbnailPlaceholder() {
        return thumbnails.placeholderImage();
    }

    private static String provenance(MediaAsset a, Function<Provenance, String> f) {
        return a.getProvenance() == null ? null : f.apply(a.getProvenance());
    }

    static String watermark(MediaAsset a) {
        String id = provenance(a, Provenance::getWatermarkId);
        return id == null || id.isEmpty() ? Messages.none : Messages.marked + " " + id; //$NON-NLS-1$
    }

    static String manifest(MediaAsset a) {
        String key = provenance(a, Provenance::getSignature);
        return key == null || key.isEmpty() ? Messages.none : Messages.signed;
    }

    /** Shows the project as the session last read it. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ProjectSession session = ProjectSession.getDefault();
        Project project = session.project();
        List<MediaAsset> assets = project == null ? List.of() : List.copyOf(project.getAssets());
        viewer.setInput(assets);
        setContentDescription(project == null ? "" : NLS.bind(Messages.libraryDescription, //$NON-NLS-1$
                new Object[] { project.getName(), assets.size(), session.file() }));
    }

    /** The ids of the selected clips, what a drag to the Timeline carries. */
    public List<String> draggedIds() {
        return viewer.getStructuredSelection().stream().map(o -> ((MediaAsset) o).getId()).toList();
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ProjectSession.getDefault().removeListener(projectListener);
        thumbnails.dispose();
        super.dispose();
    }
}
