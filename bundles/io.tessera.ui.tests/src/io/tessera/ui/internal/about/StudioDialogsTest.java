package io.tessera.ui.internal.about;

import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.internal.UiTestSupport;
import io.tessera.core.pipeline.GenerationJob;
import io.tessera.detection.Verdict;
import io.tessera.model.MediaAsset;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.detect.AssetPropertySource;
import io.tessera.ui.internal.detect.DetectionReportView;
import io.tessera.ui.internal.project.NewProjectWizard;
import io.tessera.ui.internal.project.RecentProjects;
import io.tessera.ui.internal.views.GenerateView;
import io.tessera.ui.internal.views.LibraryView;

/**
 * Help &gt; About, the Tessera preference pages, File &gt; New Project... and the Detection Report with the Properties
 * of a clip, each driven in the real workbench and saved as a screenshot (checked not blank) in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioDialogsTest {
    private static Display display;
    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;
    private static Path before;
    private static Path created;

    @BeforeAll
    static void workbench() throws IOException {
        display = PlatformUI.getWorkbench().getDisplay();
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        before = ProjectSession.getDefault().file();
    }

    @AfterAll
    static void reopen() {
        if (before != null) {
            ProjectSession.getDefault().open(before); // the other UI tests work on the project they found
        }
    }

    @Test
    @Order(1)
    void aboutListsThePluginsAndWhatTheRegistriesFound() throws Exception {
        AboutStudioDialog about = new AboutStudioDialog(window.getShell());
        about.setBlockOnOpen(false);
        about.open();
        try {
            spinFor(400);
            assertEquals("About Tessera Studio", about.getShell().getText()); //$NON-NLS-1$
            Table plugins = about.pluginsViewer().getTable();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < plugins.getItemCount(); i++) {
                names.add(plugins.getItem(i).getText(0));
            }
            assertTrue(names.contains("io.tessera.core"), names.toString()); //$NON-NLS-1$
            assertTrue(names.contains("io.tessera.ui"), names.toString()); //$NON-NLS-1$
            int core = names.indexOf("io.tessera.core"); //$NON-NLS-1$
            assertTrue(plugins.getItem(core).getText(1).startsWith("0.1.0"), plugins.getItem(core).getText(1)); //$NON-NLS-1$
            assertTrue(List.of("ACTIVE", "RESOLVED", "STARTING (lazy)").contains(plugins.getItem(core).getText(2))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            screenshot("10-about-plugins", about.getShell()); //$NON-NLS-1$

            Table contributions = about.contributionsViewer().getTable();
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < contributions.getItemCount(); i++) {
                rows.add(contributions.getItem(i).getText(0) + " " + contributions.getItem(i).getText(1) + " " //$NON-NLS-1$ //$NON-NLS-2$
                        + contributions.getItem(i).getText(3));
            }
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("io.tessera.core.engines scene io.tessera.engine.scene")), rows.toString()); //$NON-NLS-1$
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("io.tessera.core.detectors ")), rows.toString()); //$NON-NLS-1$
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("io.tessera.core.watermarkers ")), rows.toString()); //$NON-NLS-1$
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("io.tessera.core.audioGenerators ")), rows.toString()); //$NON-NLS-1$
            org.eclipse.swt.widgets.TabFolder tabs = (org.eclipse.swt.widgets.TabFolder) contributions.getParent();
            tabs.setSelection(1);
            spinFor(300);
            screenshot("11-about-contributions", about.getShell()); //$NON-NLS-1$
            assertTrue(about.getShell().getChildren().length > 0);
            assertTrue(AboutStudioDialog.productVersion().startsWith("0.1.0"), AboutStudioDialog.productVersion()); //$NON-NLS-1$
        } finally {
            about.close();
        }
    }

    @Test
    @Order(2)
    void opensEachTesseraPreferencePage() throws Exception {
        String[] ids = { "io.tessera.ui.preferences.root", "io.tessera.ui.preferences.engines", "io.tessera.ui.preferences.watermark", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "io.tessera.ui.preferences.detection", "io.tessera.ui.preferences.audio" }; //$NON-NLS-1$ //$NON-NLS-2$
        String[] expected = { "scene", "DiT model folder", "Organisation private key", "0.90", "sound track" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (int i = 0; i < ids.length; i++) {
            PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(window.getShell(), ids[i], null, null);
            d.setBlockOnOpen(false);
            d.open();
            try {
                d.getShell().setSize(900, 600);
                spinFor(400);
                String text = texts(d.getShell());
                assertTrue(text.contains(expected[i]), ids[i] + " shows " + text); //$NON-NLS-1$
                if (ids[i].endsWith("detection")) { //$NON-NLS-1$
                    assertTrue(text.contains("Not a setting"), text); //$NON-NLS-1$
                }
                screenshot(String.format(Locale.ROOT, "2%d-preferences-%s", i, ids[i].substring(ids[i].lastIndexOf('.') + 1)), d.getShell()); //$NON-NLS-1$
            } finally {
                d.close();
            }
        }
    }

    @Test
    @Order(3)
    void anAdministeredSettingIsShownLockedOnTheWatermarkPage() throws Exception {
        // what plugin_customization.ini sets lands in the default scope: set it there as Equinox would
        org.eclipse.core.runtime.preferences.IEclipsePreferences core = org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE
                .getNode("io.tessera.core"); //$NON-NLS-1$
        core.put("watermark.mandatory", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(window.getShell(), "io.tessera.ui.preferences.watermark", null, null); //$NON-NLS-1$
        d.setBlockOnOpen(false);
        try {
            d.open();
            d.getShell().setSize(900, 600);
            spinFor(400);
            String text = texts(d.getShell());
            // label, the administrator's value in a disabled field, an empty cell, the note
            assertTrue(text.contains("signed manifest true  Set by your administrator (io.tessera.core/watermark.mandatory"), text); //$NON-NLS-1$
            // the label default is not policy: still editable
            assertTrue(text.contains("New projects show the visible \"AI-generated\" label"), text); //$NON-NLS-1$
            assertTrue(!text.contains("io.tessera.ui/newProject"), text); //$NON-NLS-1$
            screenshot("25-preferences-watermark-administered", d.getShell()); //$NON-NLS-1$
        } finally {
            d.close();
            core.remove("watermark.mandatory"); //$NON-NLS-1$
        }
    }

    @Test
    @Order(4)
    void detectionThresholdsAreSettingsTheVerdictUses() throws Exception {
        PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(window.getShell(), "io.tessera.ui.preferences.detection", null, null); //$NON-NLS-1$
        d.setBlockOnOpen(false);
        org.eclipse.core.runtime.preferences.IEclipsePreferences user = org.eclipse.core.runtime.preferences.ConfigurationScope.INSTANCE
                .getNode(io.tessera.detection.VerdictThresholds.NODE);
        try {
            d.open();
            d.getShell().setSize(900, 600);
            spinFor(400);
            org.eclipse.jface.preference.PreferencePage detection = (org.eclipse.jface.preference.PreferencePage) d.getSelectedPage();
            List<Text> fields = editableTexts(detection.getControl());
            assertEquals("0.90", fields.get(0).getText()); //$NON-NLS-1$
            assertEquals("0.50", fields.get(1).getText()); //$NON-NLS-1$
            enter(fields.get(0), "0.4"); // below "not generated below" 0.5: refused //$NON-NLS-1$
            spinFor(200);
            assertTrue(!detection.isValid(), "a generated-from below not-generated-below is refused"); //$NON-NLS-1$
            assertTrue(String.valueOf(detection.getErrorMessage()).contains("must not be below"), detection.getErrorMessage()); //$NON-NLS-1$
            screenshot("24-preferences-detection-refused", d.getShell()); //$NON-NLS-1$
            enter(fields.get(0), "1.5"); //$NON-NLS-1$
            spinFor(200);
            assertTrue(!detection.isValid(), "1.5 is not a threshold"); //$NON-NLS-1$
            enter(fields.get(0), "0.8"); //$NON-NLS-1$
            enter(fields.get(1), "0.3"); //$NON-NLS-1$
            spinFor(200);
            assertTrue(detection.isValid(), String.valueOf(detection.getErrorMessage()));
            assertTrue(detection.performOk());
            assertEquals(new io.tessera.detection.VerdictThresholds(0.8, 0.3), io.tessera.detection.VerdictThresholds.current());
        } finally {
            d.close();
            user.remove(io.tessera.detection.VerdictThresholds.GENERATED_AT);
            user.remove(io.tessera.detection.VerdictThresholds.NOT_GENERATED_BELOW);
            user.flush(); // the next run of the tests starts from the defaults too
        }
        assertEquals(io.tessera.detection.VerdictThresholds.DEFAULTS, io.tessera.detection.VerdictThresholds.current());
    }

    /** Sets a field's text as typing would: JFace's string fields validate on key release. */
    private static void enter(Text field, String value) {
        field.setText(value);
        field.notifyListeners(SWT.KeyUp, new Event());
    }

    private static List<Text> editableTexts(Control c) {
        List<Text> all = new ArrayList<>();
        if (c instanceof Text t && t.getEditable() && t.isVisible()) {
            all.add(t);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                all.addAll(editableTexts(child));
            }
        }
        return all;
    }

    @Test
    @Order(5)
    void newProjectWizardCreatesTheFileAndOpensIt() throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "tessera-ui-new-" + System.nanoTime()); //$NON-NLS-1$ //$NON-NLS-2$
        NewProjectWizard wizard = new NewProjectWizard();
        FinishingDialog dialog = new FinishingDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.namePage().nameText().setText("Storyboard Test"); //$NON-NLS-1$
        wizard.namePage().folderText().setText(folder.toString());
        spinFor(300);
        screenshot("30-new-project-wizard", dialog.getShell()); //$NON-NLS-1$
        dialog.finish();
        spinFor(500);
        created = folder.resolve("Storyboard Test.tessera"); //$NON-NLS-1$
        assertTrue(Files.exists(created), created + " was not written"); //$NON-NLS-1$
        assertEquals(created, ProjectSession.getDefault().file());
        spinUntil(3_000, () -> window.getShell().getText().contains("Storyboard Test")); //$NON-NLS-1$
        assertTrue(window.getShell().getText().contains("Storyboard Test"), window.getShell().getText()); //$NON-NLS-1$
        assertEquals(created, RecentProjects.list().get(0));
        assertTrue(ProjectSession.getDefault().project().isVisibleWatermark(), "the label default of the preferences"); //$NON-NLS-1$
        screenshot("31-new-project-opened", window.getShell()); //$NON-NLS-1$

        // Save As writes the open project elsewhere and makes that the project's file; the first one stays recent
        Path copy = folder.resolve("copy/Storyboard Copy.tessera"); //$NON-NLS-1$
        Files.createDirectories(copy.getParent());
        ProjectSession.getDefault().saveAs(copy);
        assertTrue(Files.exists(copy));
        assertEquals(copy, ProjectSession.getDefault().file());
        assertEquals(List.of(copy, created), RecentProjects.list().subList(0, 2));
        ProjectSession.getDefault().open(created);
        spinFor(300);
    }

    @Test
    @Order(6)
    void detectionReportSaysGeneratedAndPropertiesShowProvenance() throws Exception {
        assertNotNull(created, "needs the project of the wizard test"); //$NON-NLS-1$
        GenerateView generate = (GenerateView) page.showView(StudioIds.GENERATE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        LibraryView library = (LibraryView) page.showView(StudioIds.LIBRARY_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        generate.promptText().setText("a big red circle moves right over a sky background"); //$NON-NLS-1$
        assertTrue(generate.selectEngine("scene")); //$NON-NLS-1$
        generate.secondsSpinner().setSelection(10);
        generate.sizeCombo().setText("128x128"); //$NON-NLS-1$
        generate.fpsSpinner().setSelection(8);
        generate.seedSpinner().setSelection(11);
        generate.generateButton().notifyListeners(SWT.Selection, new Event());
        GenerationJob job = generate.lastJob();
        assertNotNull(job, generate.statusLabel().getText());
        spinUntil(240_000, () -> job.getResult() != null);
        assertTrue(job.getResult() != null && job.getResult().isOK(), String.valueOf(job.getResult()));
        spinUntil(10_000, () -> library.viewer().getTable().getItemCount() == 1);
        MediaAsset asset = ProjectSession.getDefault().project().getAssets().get(0);
        library.viewer().setSelection(new StructuredSelection(asset), true);
        spinFor(300);

        DetectionReportView report = (DetectionReportView) page.showView(StudioIds.DETECTION_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        page.activate(library);
        library.viewer().setSelection(new StructuredSelection(asset), true);
        spinFor(500);
        Job detect = report.inspectSelected();
        assertNotNull(detect, "the view did not see the Library's selection"); //$NON-NLS-1$
        spinUntil(240_000, () -> report.report() != null || report.verdictText().startsWith("Detection failed")); //$NON-NLS-1$
        assertNotNull(report.report(), report.verdictText());
        assertEquals(Verdict.GENERATED, report.report().verdict());
        assertTrue(report.verdictText().contains("generated"), report.verdictText()); //$NON-NLS-1$
        assertTrue(report.evidenceViewer().getTree().getItemCount() >= 2, "detectors shown: " + report.evidenceViewer().getTree().getItemCount()); //$NON-NLS-1$
        page.bringToTop(report);
        spinFor(300);
        screenshot("40-detection-report", window.getShell()); //$NON-NLS-1$

        // the report is kept in the project as an undoable edit, and saved with it
        ProjectSession session = ProjectSession.getDefault();
        spinUntil(5_000, () -> session.project().getReports().size() == 1);
        assertEquals(1, session.project().getReports().size(), "the report is kept in the project"); //$NON-NLS-1$
        io.tessera.model.DetectionReport kept = session.project().getReports().get(0);
        assertEquals(asset, kept.getAsset());
        assertEquals(io.tessera.model.Verdict.GENERATED, kept.getVerdict());
        assertEquals(report.report().score(), kept.getScore(), 1e-9);
        assertTrue(session.isDirty(), "keeping the report is an unsaved edit"); //$NON-NLS-1$
        session.domain().getCommandStack().undo();
        assertEquals(0, session.project().getReports().size(), "undo takes the report out"); //$NON-NLS-1$
        session.domain().getCommandStack().redo();
        assertEquals(1, session.project().getReports().size());
        session.save();
        io.tessera.model.Project onDisk = io.tessera.model.store.ProjectStore.load(session.file());
        assertEquals(1, onDisk.getReports().size(), "the saved project file has the report"); //$NON-NLS-1$
        assertEquals(asset.getId(), onDisk.getReports().get(0).getAsset().getId());

        IPropertySource source = Adapters.adapt(asset, IPropertySource.class);
        assertNotNull(source, "a clip does not adapt to IPropertySource"); //$NON-NLS-1$
        AssetPropertySource props = (AssetPropertySource) source;
        assertTrue(props.value("engine").startsWith("scene"), props.value("engine")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("11", props.value("seed")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(props.value("prompt").contains("red circle")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!props.value("signature").equals("\u2014"), "no signature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(props.value("last report").startsWith("generated (score"), props.value("last report")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        page.showView(StudioIds.PROPERTIES_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(library);
        library.viewer().setSelection(new StructuredSelection(asset), true);
        spinFor(600);
        screenshot("41-properties-provenance", window.getShell()); //$NON-NLS-1$
    }

    /** A wizard dialog whose Finish the test can press. */
    private static final class FinishingDialog extends WizardDialog {
        FinishingDialog(Shell parent, NewProjectWizard wizard) {
            super(parent, wizard);
        }

        void finish() {
            finishPressed();
        }
    }

    /** Every label's and text's text in the shell, joined. */
    private static String texts(Control c) {
        StringBuilder b = new StringBuilder();
        if (c instanceof Label l) {
            b.append(l.getText()).append(' ');
        } else if (c instanceof Text t) {
            b.append(t.getText()).append(' ');
        } else if (c instanceof org.eclipse.swt.widgets.Button btn) {
            b.append(btn.getText()).append(' ');
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                b.append(texts(child));
            }
        }
        return b.toString().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Saves what {@code shell} shows as a PNG and checks it is not blank. */
    private static void screenshot(String name, Shell shell) throws IOException {
        spinFor(150);
        save(name, capture(shell));
    }
}
