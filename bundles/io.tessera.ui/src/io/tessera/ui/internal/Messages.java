package io.tessera.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings (messages.properties beside this class). */
public final class Messages extends NLS {
    public static String openProject;
    public static String menuFile;
    public static String menuWindow;
    public static String menuShowView;
    public static String menuHelp;
    public static String prompt;
    public static String promptHint;
    public static String engine;
    public static String capabilities;
    public static String limits;
    public static String seconds;
    public static String size;
    public static String fps;
    public static String seed;
    public static String randomSeed;
    public static String steps;
    public static String guidance;
    public static String sound;
    public static String estimate;
    public static String estimating;
    public static String estimateUnavailable;
    public static String generate;
    public static String noEngine;
    public static String badSize;
    public static String emptyPrompt;
    public static String scheduled;
    public static String finished;
    public static String failed;
    public static String cancelled;
    public static String colName;
    public static String colDuration;
    public static String colFormat;
    public static String colEngine;
    public static String colSeed;
    public static String colWatermark;
    public static String colManifest;
    public static String colPrompt;
    public static String marked;
    public static String signed;
    public static String none;
    public static String libraryDescription;
    public static String playerEmpty;
    public static String playerSelected;
    public static String play;
    public static String stepFrame;
    public static String timelineEmpty;
    public static String pause;
    public static String playerTimeline;
    public static String playerFailed;
    public static String transitions;
    public static String addTransition;
    public static String effects;
    public static String applyEffect;
    public static String chooseEffect;
    public static String selectClipForEffect;
    public static String undo;
    public static String redo;
    public static String undoWhat;
    public static String redoWhat;
    public static String render;
    public static String split;
    public static String fit;
    public static String timelineDescription;
    public static String noSuchAsset;
    public static String chooseTransition;
    public static String selectCut;
    public static String nothingToRender;
    public static String saved;
    public static String menuEdit;
    public static String save;
    public static String loop;
    public static String playerNoSoundDevice;
    public static String playerSoundFailed;
    public static String playerNoSound;
    public static String renderRange;
    public static String noRange;
    public static String zoomIn;
    public static String zoomOut;

    static {
        NLS.initializeMessages("io.tessera.ui.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
