package io.tessera.ui.internal.about;

import org.eclipse.osgi.util.NLS;

/** The About dialog's strings (messages.properties beside this class). */
public final class AboutMessages extends NLS {
    public static String menu;
    public static String title;
    public static String heading;
    public static String pluginsTab;
    public static String contributionsTab;
    public static String colSymbolicName;
    public static String colVersion;
    public static String colState;
    public static String colExtensionPoint;
    public static String colId;
    public static String colName;
    public static String colContributor;
    public static String colProblem;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.about.messages", AboutMessages.class); //$NON-NLS-1$
    }

    private AboutMessages() {
    }
}
