package io.tessera.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The Generate view's strings for prompt history, seed lock and source media (generate.properties beside this class). */
public final class GenerateMessages extends NLS {
    public static String history;
    public static String historyTip;
    public static String historyEmpty;
    public static String historyClear;
    public static String historyEntryTip;
    public static String lockSeed;
    public static String lockSeedTip;
    public static String randomSeedTip;
    public static String source;
    public static String sourceHint;
    public static String browse;
    public static String browseTitle;
    public static String clear;
    public static String strength;
    public static String strengthTip;
    public static String mode;
    public static String modeRestyle;
    public static String modeForward;
    public static String modeBackward;
    public static String modeLoop;
    public static String extendKeepsFormat;
    public static String reading;
    public static String readingJob;
    public static String sourceMissing;
    public static String sourceNotImage;
    public static String sourceNotVideo;
    public static String sourceUnknownType;
    public static String sourceNoPictures;
    public static String sourceImageInfo;
    public static String sourceVideoInfo;
    public static String sourceNeeds;
    public static String anImage;
    public static String aVideo;
    public static String noExtend;
    public static String noSuchAsset;
    public static String finishedWithSeed;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.views.generate", GenerateMessages.class); //$NON-NLS-1$
    }

    private GenerateMessages() {
    }
}
