package io.tessera.editor;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * One edit as an EMF command: the change is recorded while it runs, so undo and redo replay exactly what it did,
 * however many objects it touched. If the change throws half way, what it had done is rolled back before the
 * exception leaves, so a failed edit never leaves the model half changed.
 */
final class TimelineChange extends ChangeCommand {
    private final Runnable change;
    private RuntimeException failure;

    TimelineChange(String label, Notifier root, Runnable change) {
        super(root);
        this.change = change;
        setLabel(label);
        setDescription(label);
    }

    @Override
    protected void doExecute() {
        change.run();
    }

    @Override
    public void execute() {
        try {
            super.execute();
        } catch (RuntimeException | Error e) {
            if (getChangeDescription() != null) {
                getChangeDescription().apply();
            }
            if (e instanceof RuntimeException r) {
                failure = r;
            }
            throw e;
        }
    }

    /** What the change threw; the command stack only logs it, the editor rethrows it to the caller. */
    RuntimeException failure() {
        return failure;
    }
}
