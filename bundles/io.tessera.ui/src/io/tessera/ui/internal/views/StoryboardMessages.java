package io.tessera.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The Storyboard view's strings (storyboard.properties beside this class). */
public final class StoryboardMessages extends NLS {
    public static String generateMissing;
    public static String generateJob;
    public static String noProject;
    public static String summary;
    public static String notGenerated;
    public static String decoding;
    public static String card;
    public static String openInGenerate;
    public static String moveShot;
    public static String generating;
    public static String generated;
    public static String cancelled;
    public static String failed;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.views.storyboard", StoryboardMessages.class); //$NON-NLS-1$
    }

    private StoryboardMessages() {
    }
}
