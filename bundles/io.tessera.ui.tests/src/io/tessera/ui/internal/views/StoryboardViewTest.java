package io.tessera.ui.internal.views;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.internal.UiTestSupport;
import io.tessera.model.GenerationSettings;
import io.tessera.model.ModelFactory;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.store.ProjectStore;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;

/**
 * The Storyboard view in the real workbench: a project of three hand-made shots (scene engine, one second, 128x128),
 * its three cards, "Generate missing shots" through the job until every shot has a take and every card a picture,
 * a reorder (undone), and a shot opened in the Generate view. Screenshots in target/screenshots, checked not blank.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryboardViewTest {
    private static final String[] PROMPTS = { "a big red circle moves right over a sky background", //$NON-NLS-1$
            "a blue square moves left over a grass background", "two yellow triangles move up over a night background" }; //$NON-NLS-1$ //$NON-NLS-2$

    private static Display display;
    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;

    @BeforeAll
    static void workbench() throws Exception {
        display = PlatformUI.getWorkbench().getDisplay();
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        spinFor(500);

        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "storyboard-test-" + System.nanoTime()); //$NON-NLS-1$ //$NON-NLS-2$
        Files.createDirectories(dir);
        Path file = dir.resolve("storyboard.tessera"); //$NON-NLS-1$
        Project p = ProjectStore.create("storyboard"); //$NON-NLS-1$
        for (int i = 0; i < 3; i++) {
            Shot s = ModelFactory.eINSTANCE.createShot();
            s.setId(String.format(Locale.ROOT, "shot-%02d", i + 1)); //$NON-NLS-1$
            s.setName(s.getId());
            s.setPrompt(PROMPTS[i]);
            s.setText("Sentence number " + (i + 1) + " of the story."); //$NON-NLS-1$ //$NON-NLS-2$
            GenerationSettings g = ModelFactory.eINSTANCE.createGenerationSettings();
            g.setEngineId("scene"); //$NON-NLS-1$
            g.setSeconds(1);
            g.setFps(8);
            g.setWidth(128);
            g.setHeight(128);
            g.setSeed(11 + i);
            s.setSettings(g);
            p.getShots().add(s);
        }
        ProjectStore.save(p, file);
        ProjectSession.getDefault().open(file);
    }

    @Test
    @Order(1)
    void showsACardPerShot() throws Exception {
        List<String> titles = Arrays.stream(page.getViewReferences()).map(IViewReference::getPartName).toList();
        assertTrue(titles.contains("Storyboard"), "views " + titles); //$NON-NLS-1$ //$NON-NLS-2$
        StoryboardView view = view();
        spinFor(300);
        assertEquals(3, view.shownShots().size());
        assertEquals(ProjectSession.getDefault().project().getShots(), view.shownShots());
        for (Shot s : view.shownShots()) {
            assertNotNull(view.cardOf(s));
            assertTrue(!view.hasThumbnail(s), s.getId());
        }
        screenshot("storyboard-01-not-generated"); //$NON-NLS-1$
    }

    @Test
    @Order(2)
    void generatesTheMissingShotsInAJob() throws Exception {
        StoryboardView view = view();
        LibraryView library = (LibraryView) page.showView(StudioIds.LIBRARY_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        page.showView(StudioIds.PROGRESS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(view);
        view.generateButton().notifyListeners(SWT.Selection, new Event());
        Job job = view.lastJob();
        assertNotNull(job, view.statusLabel().getText());
        spinUntil(10_000, () -> job.getState() == Job.RUNNING || job.getResult() != null);
        spinFor(500);
        screenshot("storyboard-02-generating"); //$NON-NLS-1$
        spinUntil(300_000, () -> job.getResult() != null);
        assertNotNull(job.getResult(), "the job did not finish"); //$NON-NLS-1$
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        Project p = ProjectSession.getDefault().project();
        spinUntil(20_000, () -> p.getShots().stream().allMatch(view::hasThumbnail));
        for (Shot s : p.getShots()) {
            assertNotNull(s.getSelectedTake(), s.getId());
            assertTrue(view.hasThumbnail(s), "no thumbnail for " + s.getId()); //$NON-NLS-1$
        }
        spinUntil(5_000, () -> library.viewer().getTable().getItemCount() >= 3);
        assertTrue(library.viewer().getTable().getItemCount() >= 3, "library rows: " + library.viewer().getTable().getItemCount()); //$NON-NLS-1$
        // the generator wrote the project with its takes: nothing is left unsaved, and the file has every take
        spinUntil(5_000, () -> !ProjectSession.getDefault().isDirty());
        assertTrue(!ProjectSession.getDefault().isDirty(), "the project shows unsaved changes after the generator saved it"); //$NON-NLS-1$
        Project onDisk = io.tessera.model.store.ProjectStore.load(ProjectSession.getDefault().file());
        assertTrue(onDisk.getShots().stream().allMatch(s -> s.getSelectedTake() != null), "takes in the saved project"); //$NON-NLS-1$
        page.activate(view);
        screenshot("storyboard-03-generated"); //$NON-NLS-1$
    }

    @Test
    @Order(3)
    void reordersByDropAndUndoes() throws Exception {
        StoryboardView view = view();
        Project p = ProjectSession.getDefault().project();
        List<String> before = ids(p);
        assertEquals(List.of("shot-01", "shot-02", "shot-03"), before); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // what the drop listener does when shot-03's card is dropped on shot-01's
        assertTrue(view.drop("shot-03", p.getShots().get(0))); //$NON-NLS-1$
        assertEquals(List.of("shot-03", "shot-01", "shot-02"), ids(p)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        spinFor(300);
        assertEquals(List.of("shot-03", "shot-01", "shot-02"), view.shownShots().stream().map(Shot::getId).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(ProjectSession.getDefault().editor().commands().getUndoCommand().getLabel().contains("shot-03")); //$NON-NLS-1$
        screenshot("storyboard-04-reordered"); //$NON-NLS-1$
        assertTrue(ProjectSession.getDefault().editor().undo());
        assertEquals(before, ids(p));
        spinFor(300);
        assertEquals(before, view.shownShots().stream().map(Shot::getId).toList());
    }

    @Test
    @Order(4)
    void opensAShotInGenerate() throws Exception {
        StoryboardView view = view();
        Shot second = ProjectSession.getDefault().project().getShots().get(1);
        GenerateView g = view.openInGenerate(second);
        assertNotNull(g);
        spinFor(300);
        assertEquals(PROMPTS[1], g.promptText().getText());
        assertEquals("scene", g.selectedEngine().id()); //$NON-NLS-1$
        assertEquals(10, g.secondsSpinner().getSelection());
        assertEquals("128x128", g.sizeCombo().getText()); //$NON-NLS-1$
        assertEquals(8, g.fpsSpinner().getSelection());
        assertEquals(12, g.seedSpinner().getSelection());
        // a double-click on the third card does the same
        Shot third = ProjectSession.getDefault().project().getShots().get(2);
        view.cardOf(third).notifyListeners(SWT.MouseDoubleClick, new Event());
        spinFor(300);
        assertEquals(PROMPTS[2], g.promptText().getText());
        screenshot("storyboard-05-open-in-generate"); //$NON-NLS-1$
    }

    private static List<String> ids(Project p) {
        return p.getShots().stream().map(Shot::getId).toList();
    }

    private static StoryboardView view() throws Exception {
        return (StoryboardView) page.showView(StudioIds.STORYBOARD_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
    }

    /** Saves what the workbench window shows as a PNG and checks it is not blank. */
    private static void screenshot(String name) throws IOException {
        spinFor(150);
        save(name, capture(window.getShell()));
    }
}
