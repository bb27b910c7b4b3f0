package io.tessera.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.tessera.ui.internal.Messages;

/**
 * Where the timeline sits in the Studio perspective: empty video and audio tracks under a time ruler. The editing
 * timeline (an editor on io.tessera.editor's model) replaces it.
 */
public final class TimelineView extends ViewPart {
    private static final String[] TRACKS = { "V1", "A1" }; //$NON-NLS-1$ //$NON-NLS-2$
    private Canvas canvas;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    private void paint(GC gc, Rectangle r) {
        var d = canvas.getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(r);
        int header = 48;
        int ruler = 20;
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        for (int x = header, s = 0; x < r.width; x += 60, s++) {
            gc.drawLine(x, 0, x, ruler - 4);
            gc.drawText(s + "s", x + 2, 0, true); //$NON-NLS-1$
        }
        int rowHeight = 36;
        for (int i = 0; i < TRACKS.length; i++) {
            int y = ruler + i * (rowHeight + 4);
            gc.setBackground(d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, y, header - 4, rowHeight);
            gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(TRACKS[i], 8, y + 10, true);
            gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(header, y, r.width - header - 1, rowHeight);
        }
        gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(Messages.timelineEmpty, header + 8, ruler + TRACKS.length * (rowHeight + 4) + 8, true);
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
