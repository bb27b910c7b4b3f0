package com.example.tessera.broken.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** A menu command whose handler throws, as a buggy third-party action would. */
public final class ThrowingHandler extends AbstractHandler {
    public static final String FAILURE = "the example command fails on purpose"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        throw new IllegalStateException(FAILURE);
    }
}
