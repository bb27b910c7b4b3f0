package io.tessera.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.tessera.ui.StudioIds;

/**
 * Generate on the left, the Player in the middle over the Timeline (with the Storyboard stacked on it), the Library on the
 * right over Progress, Properties, the Detection report and the Error Log. The editor area is kept (hidden) for the timeline and storyboard editors to come.
 */
public final class StudioPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout left = layout.createFolder("io.tessera.ui.folder.left", IPageLayout.LEFT, 0.27f, editors); //$NON-NLS-1$
        left.addView(StudioIds.GENERATE_VIEW);

        IFolderLayout right = layout.createFolder("io.tessera.ui.folder.right", IPageLayout.RIGHT, 0.55f, editors); //$NON-NLS-1$
        right.addView(StudioIds.LIBRARY_VIEW);
        IFolderLayout rightBottom = layout.createFolder("io.tessera.ui.folder.rightBottom", IPageLayout.BOTTOM, 0.62f, //$NON-NLS-1$
                "io.tessera.ui.folder.right"); //$NON-NLS-1$
        rightBottom.addView(StudioIds.PROGRESS_VIEW);
        rightBottom.addView(StudioIds.PROPERTIES_VIEW);
        rightBottom.addView(StudioIds.DETECTION_VIEW);
        // a plugin's failure is reported here rather than in a dialog over the user's work
        rightBottom.addView(StudioIds.ERROR_LOG_VIEW);

        IFolderLayout bottom = layout.createFolder("io.tessera.ui.folder.bottom", IPageLayout.BOTTOM, 0.6f, editors); //$NON-NLS-1$
        bottom.addView(StudioIds.TIMELINE_VIEW);
        bottom.addView(StudioIds.STORYBOARD_VIEW);

        layout.addView(StudioIds.PLAYER_VIEW, IPageLayout.TOP, 0.6f, editors);

        layout.addShowViewShortcut(StudioIds.GENERATE_VIEW);
        layout.addShowViewShortcut(StudioIds.LIBRARY_VIEW);
        layout.addShowViewShortcut(StudioIds.PLAYER_VIEW);
        layout.addShowViewShortcut(StudioIds.TIMELINE_VIEW);
        layout.addShowViewShortcut(StudioIds.STORYBOARD_VIEW);
        layout.addShowViewShortcut(StudioIds.PROGRESS_VIEW);
        layout.addShowViewShortcut(StudioIds.PROPERTIES_VIEW);
        layout.addShowViewShortcut(StudioIds.DETECTION_VIEW);
        layout.addShowViewShortcut(StudioIds.ERROR_LOG_VIEW);
    }
}
