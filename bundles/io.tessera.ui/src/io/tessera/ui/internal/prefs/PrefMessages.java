package io.tessera.ui.internal.prefs;

import org.eclipse.osgi.util.NLS;

/** The preference pages' strings (messages.properties beside this class). */
public final class PrefMessages extends NLS {
    public static String setByAdministrator;
    public static String rootDescription;
    public static String enginesDescription;
    public static String modelFolder;
    public static String modelFolderNote;
    public static String allowedEngines;
    public static String allowedEverything;
    public static String allowedOnlyAdmin;
    public static String installedEngines;
    public static String installedNote;
    public static String watermarkDescription;
    public static String visibleLabel;
    public static String organisationKey;
    public static String organisationPublicKey;
    public static String mandatory;
    public static String visibleMandatory;
    public static String detectionDescription;
    public static String generatedAt;
    public static String notGeneratedBelow;
    public static String decisive;
    public static String markPValue;
    public static String noPreference;
    public static String betweenZeroAndOne;
    public static String pValueNotASetting;
    public static String thresholdOrder;
    public static String audioDescription;
    public static String generateSound;
    public static String remoteDescription;
    public static String remoteEndpoint;
    public static String remoteToken;
    public static String remoteTokenNote;
    public static String remotePrice;
    public static String remoteCurrency;
    public static String remoteRequestTimeout;
    public static String remoteJobTimeout;
    public static String remoteTest;
    public static String remoteTesting;
    public static String remoteFound;
    public static String remoteFailed;
    public static String remoteNoEndpoint;
    public static String remoteBadNumber;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.prefs.messages", PrefMessages.class); //$NON-NLS-1$
    }

    private PrefMessages() {
    }
}
