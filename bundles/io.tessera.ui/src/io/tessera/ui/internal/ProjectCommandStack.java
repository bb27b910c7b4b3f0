package io.tessera.ui.internal;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

import io.tessera.editor.TimelineEditor;

/**
 * A view's listener on the open project's command stack, moved to the new stack when another project is opened (each
 * project has its own). On the UI thread.
 */
public final class ProjectCommandStack {
    private final CommandStackListener listener;
    private CommandStack followed;

    public ProjectCommandStack(CommandStackListener listener) {
        this.listener = listener;
    }

    /** Listens to the open project's stack; true when that is another stack than before (another project). */
    public boolean followOpenProject() {
        TimelineEditor editor = ProjectSession.getDefault().editor();
        CommandStack stack = editor == null ? null : editor.commands();
        if (stack == followed) {
            return false;
        }
        if (followed != null) {
            followed.removeCommandStackListener(listener);
        }
        followed = stack;
        if (stack != null) {
            stack.addCommandStackListener(listener);
        }
        return true;
    }

    /** The stack listened to now, or null. */
    public CommandStack stack() {
        return followed;
    }

    /** Stops listening (the view is disposed). */
    public void dispose() {
        if (followed != null) {
            followed.removeCommandStackListener(listener);
            followed = null;
        }
    }
}
