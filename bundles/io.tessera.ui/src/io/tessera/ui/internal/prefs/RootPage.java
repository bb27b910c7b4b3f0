package io.tessera.ui.internal.prefs;

/** The "Tessera" root page: what the pages below it are. */
public final class RootPage extends TesseraPage {
    public RootPage() {
        super(PrefMessages.rootDescription);
        noDefaultAndApplyButton();
    }

    @Override
    protected void createFieldEditors() {
        addFixed(PrefMessages.installedEngines, EnginesPage.installed(), PrefMessages.installedNote);
    }
}
