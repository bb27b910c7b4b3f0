package io.tessera.editor;

/** The ids of the transitions this bundle contributes to {@code io.tessera.core.editorOperations}. */
public final class Transitions {
    /** No transition: the edit is a cut (an item pair without a Transition is one too). */
    public static final String CUT = "cut"; //$NON-NLS-1$
    public static final String CROSSFADE = "crossfade"; //$NON-NLS-1$
    /** A fade to black (outgoing side), from black (incoming side), or a dip through black between two items. */
    public static final String FADE_BLACK = "fade-black"; //$NON-NLS-1$
    /** The incoming picture pushes across the outgoing one behind a soft edge; parameter direction=left|right|up|down. */
    public static final String WIPE = "wipe"; //$NON-NLS-1$

    private Transitions() {
    }
}
