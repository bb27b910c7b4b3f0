package io.tessera.ui.internal.views;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.tessera.model.MediaAsset;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.Messages;

/**
 * The player's place in the studio: a screen and transport controls, following the clip selected in the Library.
 * Decoding and playback with sound come with the player's own work; until then the controls stay disabled.
 */
public final class PlayerView extends ViewPart {
    private Canvas screen;
    private Label info;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof MediaAsset a) {
            show(a);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        screen = new Canvas(body, SWT.DOUBLE_BUFFERED);
        screen.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(screen);
        screen.addPaintListener(e -> {
            Rectangle r = screen.getClientArea();
            e.gc.setForeground(e.display.getSystemColor(SWT.COLOR_GRAY));
            String text = "00:00:00.000  frame 0"; //$NON-NLS-1$
            Point extent = e.gc.textExtent(text);
            e.gc.drawText(text, (r.width - extent.x) / 2, (r.height - extent.y) / 2, true);
        });
        Button play = new Button(body, SWT.PUSH);
        play.setText(Messages.play);
        play.setEnabled(false);
        Button step = new Button(body, SWT.PUSH);
        step.setText(Messages.stepFrame);
        step.setEnabled(false);
        info = new Label(body, SWT.WRAP);
        info.setText(Messages.playerEmpty);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(info);
        getSite().getPage().addPostSelectionListener(StudioIds.LIBRARY_VIEW, selectionListener);
    }

    private void show(MediaAsset a) {
        if (info.isDisposed()) {
            return;
        }
        String prompt = a.getProvenance() == null ? "" : a.getProvenance().getPrompt(); //$NON-NLS-1$
        info.setText(NLS.bind(Messages.playerSelected, new Object[] { Path.of(a.getFile()).getFileName(),
                GenerateView.fmt(a.getDurationSeconds()), a.getWidth(), a.getHeight(), a.getFps(), prompt }));
        info.getParent().layout(true, true);
    }

    @Override
    public void setFocus() {
        screen.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(StudioIds.LIBRARY_VIEW, selectionListener);
        super.dispose();
    }
}
