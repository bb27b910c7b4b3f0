package io.tessera.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.about.AboutStudioDialog;
import io.tessera.ui.internal.views.GenerateView;
import io.tessera.ui.internal.views.TimelineView;

/**
 * What the studio's window shows, read from its widgets: the views, the engines the Generate view offers, the
 * Timeline's transitions and effects, and the About dialog's contributions with their problems. Written as JSON with
 * a screenshot beside it by {@code tessera-studio --inventory FILE}, so an administrator (or a test) can check that
 * a deployed extension shows up in the workbench, not only in the registry.
 */
final class StudioInventory {
    private StudioInventory() {
    }

    static void write(IWorkbenchWindow window, Path file) throws IOException, org.eclipse.ui.PartInitException {
        ObjectNode root = new ObjectMapper().createObjectNode();
        Shell shell = window.getShell();
        root.put("title", shell.getText()); //$NON-NLS-1$
        IWorkbenchPage page = window.getActivePage();
        ArrayNode views = root.putArray("views"); //$NON-NLS-1$
        for (IViewReference ref : page.getViewReferences()) {
            views.addObject().put("id", ref.getId()).put("title", ref.getPartName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (page.findView(StudioIds.GENERATE_VIEW) instanceof GenerateView generate) {
            Combo engines = generate.engineViewer().getCombo();
            Arrays.stream(engines.getItems()).forEach(root.putArray("engines")::add); //$NON-NLS-1$
        }
        IViewPart timeline = page.showView(StudioIds.TIMELINE_VIEW, null, IWorkbenchPage.VIEW_CREATE);
        if (timeline instanceof TimelineView t) {
            Arrays.stream(t.palette().getList().getItems()).forEach(root.putArray("transitions")::add); //$NON-NLS-1$
            Arrays.stream(t.effects().getList().getItems()).forEach(root.putArray("effects")::add); //$NON-NLS-1$
        }
        AboutStudioDialog about = new AboutStudioDialog(shell);
        about.setBlockOnOpen(false);
        about.open();
        try {
            Table table = about.contributionsViewer().getTable();
            ArrayNode contributions = root.putArray("contributions"); //$NON-NLS-1$
            for (TableItem item : table.getItems()) {
                ObjectNode c = contributions.addObject();
                for (int col = 0; col < table.getColumnCount(); col++) {
                    c.put(table.getColumn(col).getText(), item.getText(col));
                }
            }
        } finally {
            about.close();
        }
        Path shot = file.resolveSibling(file.getFileName() + ".png"); //$NON-NLS-1$
        screenshot(shell, shot);
        root.put("screenshot", shot.toString()); //$NON-NLS-1$
        Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    }

    private static void screenshot(Shell shell, Path file) {
        Display display = shell.getDisplay();
        Rectangle r = shell.getBounds().intersection(display.getBounds());
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Writes the inventory once the workbench says its start-up is complete and the window has drawn, then closes the
     * workbench; failures go to the log. Closing before that event is handled would leave the platform dispatching it
     * to a disposed display. Call it while the workbench initialises: the event is posted before the window opens.
     */
    static void writeThenExit(IWorkbench workbench, Path file) {
        Display display = workbench.getDisplay();
        boolean[] done = { false };
        Runnable writeAndClose = () -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
                    : workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null;
            if (done[0] || window == null) {
                return;
            }
            done[0] = true;
            try {
                write(window, file);
            } catch (IOException | RuntimeException | org.eclipse.ui.PartInitException e) {
                ILog.of(StudioInventory.class).log(Status.error("Could not write the inventory " + file + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
                System.err.println("tessera-studio: could not write the inventory " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            workbench.close();
        };
        // views fill themselves in asyncExecs of their own: give them a moment to draw before reading and capturing
        EventHandler started = event -> display.asyncExec(() -> display.timerExec(1_000, writeAndClose));
        IEventBroker events = workbench.getService(IEventBroker.class);
        if (events != null) {
            events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, started);
        }
        display.timerExec(60_000, writeAndClose); // in case the event never comes
    }
}
