package io.tessera.ui.internal.detect;

import org.eclipse.osgi.util.NLS;

/** The Detection Report view's and the provenance properties' strings (messages.properties beside this class). */
public final class DetectMessages extends NLS {
    public static String selectClip;
    public static String clip;
    public static String run;
    public static String running;
    public static String jobName;
    public static String jobFailed;
    public static String verdict;
    public static String failed;
    public static String cancelled;
    public static String colDetector;
    public static String colFrames;
    public static String colScore;
    public static String colMessage;
    public static String wholeFile;
    public static String detectorFailed;
    public static String findings;
    public static String catClip;
    public static String catProvenance;
    public static String catSettings;
    public static String catDetection;
    public static String keepLabel;
    public static String kept;
    public static String stored;
    public static String storedSummary;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.detect.messages", DetectMessages.class); //$NON-NLS-1$
    }

    private DetectMessages() {
    }
}
