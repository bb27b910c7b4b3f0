package com.example.tessera.broken.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** A view whose code fails while it draws its controls, as a buggy third-party view would. */
public final class ThrowingView extends ViewPart {
    public static final String FAILURE = "the example view fails on purpose"; //$NON-NLS-1$

    @Override
    public void createPartControl(Composite parent) {
        throw new IllegalStateException(FAILURE);
    }

    @Override
    public void setFocus() {
        // never reached: there are no controls
    }
}
