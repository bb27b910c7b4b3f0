package io.tessera.ui.internal.prefs;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.tessera.engine.remote.RemoteClient;
import io.tessera.engine.remote.RemoteEngineInfo;
import io.tessera.engine.remote.RemoteSettings;

/**
 * "Test connection": asks the server the page shows (not yet saved) for its engines, off the UI thread, and shows
 * what it found or why it failed. Stores nothing.
 */
final class ConnectionTestEditor extends StorelessFieldEditor {
    private final Supplier<String> endpoint;
    private final Supplier<String> token;
    private Button button;
    private Label result;
    private volatile Job lastJob;

    ConnectionTestEditor(Supplier<String> endpoint, Supplier<String> token, Composite parent) {
        this.endpoint = endpoint;
        this.token = token;
        init("connection.test", ""); //$NON-NLS-1$ //$NON-NLS-2$
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        ((GridData) result.getLayoutData()).horizontalSpan = numColumns - 1;
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        button = new Button(parent, SWT.PUSH);
        button.setText(PrefMessages.remoteTest);
        button.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        button.addListener(SWT.Selection, e -> test());
        result = new Label(parent, SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, numColumns - 1, 1);
        gd.widthHint = 360;
        result.setLayoutData(gd);
    }

    private void test() {
        String url = endpoint.get() == null ? "" : endpoint.get().trim(); //$NON-NLS-1$
        if (url.isEmpty()) {
            show(PrefMessages.remoteNoEndpoint);
            return;
        }
        String secret = token.get();
        show(NLS.bind(PrefMessages.remoteTesting, url));
        button.setEnabled(false);
        Job job = new Job(PrefMessages.remoteTest.replace("&", "")) { //$NON-NLS-1$ //$NON-NLS-2$
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String text;
                try {
                    RemoteSettings settings = RemoteSettings.of(RemoteSettings.endpoint(url));
                    List<RemoteEngineInfo> engines = new RemoteClient(settings, secret == null || secret.isBlank() ? null : secret.trim()).engines();
                    text = NLS.bind(PrefMessages.remoteFound, new Object[] { settings.endpoint(), engines.size(),
                            engines.stream().map(RemoteEngineInfo::describe).collect(Collectors.joining("; ")) }); //$NON-NLS-1$
                } catch (java.io.IOException | IllegalArgumentException e) {
                    text = NLS.bind(PrefMessages.remoteFailed, e.getMessage());
                }
                String shown = text;
                if (!result.isDisposed()) {
                    result.getDisplay().asyncExec(() -> {
                        if (!result.isDisposed()) {
                            show(shown);
                            button.setEnabled(true);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        lastJob = job;
        job.schedule();
    }

    private void show(String text) {
        result.setText(text);
        result.getParent().layout(true, true);
    }

    Button button() {
        return button;
    }

    /** What the last test found, for tests. */
    String result() {
        return result.getText();
    }

    Job lastJob() {
        return lastJob;
    }
}
