package io.tessera.ui.internal.project;

import org.eclipse.osgi.util.NLS;

/** Strings of the project wizard and actions (messages.properties beside this class). */
public final class ProjectMessages extends NLS {
    public static String newProject;
    public static String newTitle;
    public static String newPageTitle;
    public static String newPageDescription;
    public static String name;
    public static String folder;
    public static String browse;
    public static String willCreate;
    public static String noName;
    public static String badName;
    public static String noFolder;
    public static String exists;
    public static String cannotCreate;
    public static String saveAs;
    public static String saveAsFailed;
    public static String recent;
    public static String noRecent;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.project.messages", ProjectMessages.class); //$NON-NLS-1$
    }

    private ProjectMessages() {
    }
}
