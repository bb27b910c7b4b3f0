package io.tessera.ui.internal.prefs;

import java.io.IOException;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

import io.tessera.engine.remote.RemoteTokens;

/**
 * The remote server's token: a masked field whose value lives in Equinox secure storage (RemoteTokens), never in the
 * preference store the page saves.
 */
final class TokenFieldEditor extends StringFieldEditor {
    private final RemoteTokens tokens;

    TokenFieldEditor(String label, RemoteTokens tokens, Composite parent) {
        super("secure.token", label, parent); //$NON-NLS-1$
        this.tokens = tokens;
        getTextControl().setEchoChar('\u2022');
        setEmptyStringAllowed(true);
    }

    /** The mask character, for tests: never 0. */
    char echoChar() {
        return getTextControl().getEchoChar();
    }

    @Override
    protected void doLoad() {
        try {
            getTextControl().setText(tokens.stored().orElse("")); //$NON-NLS-1$
        } catch (IOException e) {
            getTextControl().setText(""); //$NON-NLS-1$
            getTextControl().setMessage(e.getMessage());
        }
    }

    @Override
    protected void doLoadDefault() {
        getTextControl().setText(""); //$NON-NLS-1$
    }

    @Override
    public void store() {
        doStore(); // the preference store plays no part, so "default presented" means "no token", handled below
    }

    @Override
    protected void doStore() {
        try {
            tokens.store(getStringValue());
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
