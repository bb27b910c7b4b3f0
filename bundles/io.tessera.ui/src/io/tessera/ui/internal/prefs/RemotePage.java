package io.tessera.ui.internal.prefs;

import java.util.Optional;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import io.tessera.engine.remote.RemoteSettings;
import io.tessera.engine.remote.RemoteTokens;

/**
 * The remote engine (io.tessera.engine.remote, read by RemoteSettings): the server's URL, its token (in secure
 * storage), the price per compute-second for estimates, and timeouts. The URL, the price and the currency are locked
 * when the administrator set them; the timeouts are only defaults.
 */
public final class RemotePage extends TesseraPage {
    private StringFieldEditor endpoint;
    private TokenFieldEditor token;
    private ConnectionTestEditor connection;

    public RemotePage() {
        super(PrefMessages.remoteDescription);
    }

    @Override
    protected void createFieldEditors() {
        String node = RemoteSettings.NODE;
        addOrLock(node, RemoteSettings.ENDPOINT, PrefMessages.remoteEndpoint, p -> endpoint = new StringFieldEditor(RemoteSettings.ENDPOINT,
                PrefMessages.remoteEndpoint, p));
        token = new TokenFieldEditor(PrefMessages.remoteToken, new RemoteTokens(), getFieldEditorParent());
        addOn(node, token);
        addFixed("", "", PrefMessages.remoteTokenNote); //$NON-NLS-1$ //$NON-NLS-2$
        addOrLock(node, RemoteSettings.PRICE, PrefMessages.remotePrice, p -> new NumberFieldEditor(RemoteSettings.PRICE, PrefMessages.remotePrice, p));
        addOrLock(node, RemoteSettings.CURRENCY, PrefMessages.remoteCurrency, p -> new StringFieldEditor(RemoteSettings.CURRENCY, PrefMessages.remoteCurrency, p));
        addOn(node, seconds(RemoteSettings.REQUEST_TIMEOUT, PrefMessages.remoteRequestTimeout));
        addOn(node, seconds(RemoteSettings.JOB_TIMEOUT, PrefMessages.remoteJobTimeout));
        connection = new ConnectionTestEditor(this::endpointShown, () -> token.getStringValue(), getFieldEditorParent());
        addField(connection);
    }

    /** The URL the page shows now: the user's unsaved text, or the administrator's. */
    private String endpointShown() {
        if (endpoint != null) {
            return endpoint.getStringValue();
        }
        Optional<String> admin = RemoteSettings.administered(RemoteSettings.ENDPOINT);
        return admin.orElse(""); //$NON-NLS-1$
    }

    private FieldEditor seconds(String key, String label) {
        IntegerFieldEditor e = new IntegerFieldEditor(key, label, getFieldEditorParent());
        e.setValidRange(1, 86_400);
        e.setEmptyStringAllowed(true);
        return e;
    }

    /** For tests: the URL field (null when the administrator set it), the token, and the connection test. */
    StringFieldEditor endpointEditor() {
        return endpoint;
    }

    TokenFieldEditor tokenEditor() {
        return token;
    }

    ConnectionTestEditor connectionTest() {
        return connection;
    }

    /** A price: empty or a number >= 0. */
    private static final class NumberFieldEditor extends StringFieldEditor {
        NumberFieldEditor(String key, String label, Composite parent) {
            super(key, label, parent);
            setEmptyStringAllowed(true);
            setErrorMessage(NLS.bind(PrefMessages.remoteBadNumber, label.replace("&", "").replace(":", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }

        @Override
        protected boolean doCheckState() {
            String v = getStringValue().trim();
            if (v.isEmpty()) {
                return true;
            }
            try {
                return Double.parseDouble(v) >= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
