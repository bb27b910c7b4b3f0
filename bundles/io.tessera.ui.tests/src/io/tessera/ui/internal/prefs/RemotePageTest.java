package io.tessera.ui.internal.prefs;

import static io.tessera.ui.internal.UiTestSupport.SHOTS;
import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

import io.tessera.engine.remote.RemoteSettings;
import io.tessera.engine.remote.RemoteTokens;
import io.tessera.engine.remote.server.EngineServer;

/**
 * Window &gt; Preferences &gt; Tessera &gt; Remote against a real server started here: Test connection lists the
 * server's engines (or names the refusal), OK keeps the token in secure storage and not in the preferences, and an
 * administrator's URL is shown locked. Screenshots in target/screenshots.
 */
class RemotePageTest {
    private static final String PAGE = "io.tessera.ui.preferences.remote"; //$NON-NLS-1$
    private static final String TOKEN = "ui-test-token"; //$NON-NLS-1$

    @Test
    void testConnectionListsTheServersEnginesAndTheTokenGoesToSecureStorage() throws Exception {
        Files.createDirectories(SHOTS);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        try (EngineServer server = EngineServer.start("127.0.0.1", 0, TOKEN, line -> { //$NON-NLS-1$
            // requests are not part of what this test checks
        })) {
            PreferenceDialog d = open(window);
            try {
                RemotePage page = (RemotePage) d.getSelectedPage();
                assertTrue(page.tokenEditor().echoChar() != 0, "the token is masked"); //$NON-NLS-1$
                page.endpointEditor().setStringValue(server.url().toString());
                page.tokenEditor().setStringValue("wrong"); //$NON-NLS-1$
                String refused = press(page);
                assertTrue(refused.startsWith("Failed:") && refused.contains("HTTP 401"), refused); //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(refused.contains(server.url() + "/v1/engines"), refused); //$NON-NLS-1$

                page.tokenEditor().setStringValue(TOKEN);
                String found = press(page);
                assertTrue(found.startsWith("Connected to " + server.url()), found); //$NON-NLS-1$
                for (String id : server.engineIds()) {
                    assertTrue(found.contains(id + " ("), id + " missing in " + found); //$NON-NLS-1$ //$NON-NLS-2$
                }
                assertTrue(found.contains("scene (Scene animatic) t2v"), found); //$NON-NLS-1$
                screenshot("27-preferences-remote-connected", d.getShell()); //$NON-NLS-1$

                assertTrue(page.performOk());
                assertEquals(Optional.of(TOKEN), new RemoteTokens().stored());
                assertNull(ConfigurationScope.INSTANCE.getNode(RemoteSettings.NODE).get("secure.token", null), "the token is not a preference"); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(server.url().toString(), ConfigurationScope.INSTANCE.getNode(RemoteSettings.NODE).get(RemoteSettings.ENDPOINT, null));
                assertEquals(server.url(), RemoteSettings.current().endpoint());
            } finally {
                d.close();
                ConfigurationScope.INSTANCE.getNode(RemoteSettings.NODE).remove(RemoteSettings.ENDPOINT);
                new RemoteTokens().store(null);
            }
        }
    }

    @Test
    void anAdministeredUrlAndPriceAreShownLocked() throws Exception {
        Files.createDirectories(SHOTS);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        // what plugin_customization.ini sets lands in the default scope: set it there as Equinox would
        DefaultScope.INSTANCE.getNode(RemoteSettings.NODE).put(RemoteSettings.ENDPOINT, "https://video.example.com"); //$NON-NLS-1$
        DefaultScope.INSTANCE.getNode(RemoteSettings.NODE).put(RemoteSettings.PRICE, "0.002"); //$NON-NLS-1$
        PreferenceDialog d = open(window);
        try {
            RemotePage page = (RemotePage) d.getSelectedPage();
            assertNull(page.endpointEditor(), "the URL is not editable"); //$NON-NLS-1$
            String text = texts(d.getShell());
            assertTrue(text.contains("https://video.example.com  Set by your administrator (io.tessera.engine.remote/endpoint"), text); //$NON-NLS-1$
            assertTrue(text.contains("0.002  Set by your administrator (io.tessera.engine.remote/pricePerComputeSecond"), text); //$NON-NLS-1$
            assertTrue(text.contains(" 3600 "), "the job timeout's default: " + text); //$NON-NLS-1$ //$NON-NLS-2$
            screenshot("28-preferences-remote-administered", d.getShell()); //$NON-NLS-1$
        } finally {
            d.close();
            DefaultScope.INSTANCE.getNode(RemoteSettings.NODE).remove(RemoteSettings.ENDPOINT);
            DefaultScope.INSTANCE.getNode(RemoteSettings.NODE).remove(RemoteSettings.PRICE);
        }
    }

    private static PreferenceDialog open(IWorkbenchWindow window) {
        PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(window.getShell(), PAGE, null, null);
        d.setBlockOnOpen(false);
        d.open();
        d.getShell().setSize(1000, 640);
        spinFor(400);
        assertNotNull(d.getSelectedPage());
        return d;
    }

    /** Presses Test connection and waits for its answer. */
    private static String press(RemotePage page) {
        ConnectionTestEditor test = page.connectionTest();
        test.button().notifyListeners(SWT.Selection, new Event());
        assertNotNull(test.lastJob());
        spinUntil(20_000, () -> test.lastJob().getResult() != null && test.button().isEnabled());
        spinFor(100);
        return test.result();
    }

    private static String texts(org.eclipse.swt.widgets.Control c) {
        StringBuilder b = new StringBuilder();
        if (c instanceof org.eclipse.swt.widgets.Label l) {
            b.append(l.getText()).append(' ');
        } else if (c instanceof org.eclipse.swt.widgets.Text t) {
            b.append(t.getText()).append(' ');
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                b.append(texts(child));
            }
        }
        return b.toString().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void screenshot(String name, Shell shell) throws java.io.IOException {
        spinFor(150);
        save(name, capture(shell));
    }
}
