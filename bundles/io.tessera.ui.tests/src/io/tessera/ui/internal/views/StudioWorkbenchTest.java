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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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
import io.tessera.core.pipeline.GenerationJob;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;

/**
 * Drives the real workbench in the UI harness (on the UI thread, under Xvfb where there is no display): the Studio
 * perspective and its views, a prompt typed into the Generate view, a one-second clip made by the scene engine through
 * the real job, and the clip in the Library. Every step is saved as a screenshot in target/screenshots and checked not
 * to be blank; the UI thread must keep answering while the job runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioWorkbenchTest {
    private static final String PROMPT = "a big red circle moves right over a sky background"; //$NON-NLS-1$

    private static Display display;
    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;

    @BeforeAll
    static void workbench() throws IOException {
        display = PlatformUI.getWorkbench().getDisplay();
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        spinFor(800);
    }

    @Test
    @Order(1)
    void opensOnTheStudioPerspectiveWithItsViews() throws Exception {
        assertEquals(StudioIds.PERSPECTIVE, page.getPerspective().getId());
        assertTrue(window.getShell().getText().contains("Tessera Studio"), window.getShell().getText()); //$NON-NLS-1$
        List<String> titles = Arrays.stream(page.getViewReferences()).map(IViewReference::getPartName).toList();
        for (String expected : List.of("Generate", "Library", "Player", "Timeline", "Progress")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertTrue(titles.contains(expected), "views " + titles + " lack " + expected); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(page.isPartVisible(generateView()), "the Generate view is not visible"); //$NON-NLS-1$
        assertTrue(page.isPartVisible(libraryView()), "the Library view is not visible"); //$NON-NLS-1$
        screenshot("01-studio-perspective"); //$NON-NLS-1$
    }

    @Test
    @Order(2)
    void generatesAClipThroughTheJobWhileTheUiKeepsAnswering() throws Exception {
        Path project = ProjectSession.getDefault().file();
        assertNotNull(project);
        GenerateView generate = generateView();
        LibraryView library = libraryView();
        int before = library.viewer().getTable().getItemCount();

        // type the prompt as a user would: key events through the display
        page.activate(generate);
        generate.promptText().setText(""); // another test of this workbench may have left a prompt
        generate.promptText().setFocus();
        spinFor(200);
        for (char c : PROMPT.toCharArray()) {
            post(SWT.KeyDown, c);
            post(SWT.KeyUp, c);
            spinFor(5);
        }
        spinUntil(3_000, () -> PROMPT.equals(generate.promptText().getText()));
        if (!PROMPT.equals(generate.promptText().getText())) {
            // no window manager gave the shell the keyboard: say so, and fill the field the way the widget would
            System.out.println("StudioWorkbenchTest: typed key events did not reach the prompt (got '" //$NON-NLS-1$
                    + generate.promptText().getText() + "'); setting the text instead"); //$NON-NLS-1$
            generate.promptText().setText(PROMPT);
        }
        screenshot("02-prompt-typed"); //$NON-NLS-1$

        assertTrue(generate.selectEngine("scene"), "the scene engine is not offered"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("scene", generate.selectedEngine().id()); //$NON-NLS-1$
        assertTrue(generate.capabilitiesLabel().getText().contains("t2v"), generate.capabilitiesLabel().getText()); //$NON-NLS-1$
        generate.secondsSpinner().setSelection(10);
        generate.sizeCombo().setText("128x128"); //$NON-NLS-1$
        generate.fpsSpinner().setSelection(8);
        generate.seedSpinner().setSelection(7);
        generate.secondsSpinner().notifyListeners(SWT.Modify, new Event());
        spinUntil(20_000, () -> generate.costLabel().getText().startsWith("Estimate:")); //$NON-NLS-1$
        assertTrue(generate.costLabel().getText().startsWith("Estimate:"), generate.costLabel().getText()); //$NON-NLS-1$
        screenshot("03-scene-engine-and-estimate"); //$NON-NLS-1$

        // the UI thread must keep answering: a ping every 50 ms, each timed from post to run
        List<Double> latencies = new ArrayList<>();
        AtomicLong worstNanos = new AtomicLong();
        long[] captureWindow = { Long.MAX_VALUE, Long.MIN_VALUE };
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            display.asyncExec(() -> {
                long ran = System.nanoTime();
                long late = ran - posted;
                if (ran >= captureWindow[0] && posted <= captureWindow[1]) {
                    return; // waited behind the test's own screen copy, not behind the studio
                }
                latencies.add(late / 1e6);
                worstNanos.accumulateAndGet(late, Math::max);
            });
        }, 0, 50, TimeUnit.MILLISECONDS);
        GenerationJob job;
        ImageData generating = null;
        try {
            generate.generateButton().notifyListeners(SWT.Selection, new Event());
            job = generate.lastJob();
            assertNotNull(job, generate.statusLabel().getText());
            spinUntil(10_000, () -> job.getState() == Job.RUNNING || job.getResult() != null);
            spinFor(400);
            // only the copy of the screen happens now; encoding the PNG on the UI thread would be the test's own stall
            captureWindow[0] = System.nanoTime();
            generating = capture(window.getShell());
            captureWindow[1] = System.nanoTime();
            spinUntil(240_000, () -> job.getResult() != null);
        } finally {
            pinger.shutdownNow();
        }
        save("04-generating", generating); //$NON-NLS-1$
        assertNotNull(job.getResult(), "the job did not finish in 4 minutes"); //$NON-NLS-1$
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        assertNotNull(job.result());

        spinUntil(10_000, () -> library.viewer().getTable().getItemCount() > before);
        Table table = library.viewer().getTable();
        assertEquals(before + 1, table.getItemCount());
        TableItem row = table.getItem(table.getItemCount() - 1);
        assertEquals(job.result().output().getFileName().toString(), row.getText(0));
        assertEquals("1.00 s", row.getText(1)); //$NON-NLS-1$
        assertEquals("scene", row.getText(3)); //$NON-NLS-1$
        assertEquals("7", row.getText(4)); //$NON-NLS-1$
        assertTrue(row.getText(5).startsWith("marked"), row.getText(5)); //$NON-NLS-1$
        assertEquals("signed", row.getText(6)); //$NON-NLS-1$
        assertEquals(PROMPT, row.getText(7));
        assertTrue(Files.size(job.result().output()) > 0);
        assertTrue(Files.readString(project).contains(job.result().output().getFileName().toString()));
        library.viewer().getTable().setSelection(table.getItemCount() - 1);
        library.viewer().setSelection(library.viewer().getSelection());
        spinFor(300);
        screenshot("05-clip-in-library"); //$NON-NLS-1$

        double worst = worstNanos.get() / 1e6;
        System.out.printf(Locale.ROOT, "StudioWorkbenchTest: %d pings during %.1f s of generation, worst %.1f ms%n", //$NON-NLS-1$
                latencies.size(), job.result().elapsedSeconds(), worst);
        assertTrue(latencies.size() >= 5, "too few pings answered: " + latencies.size()); //$NON-NLS-1$
        assertTrue(worst < 250, "the UI thread did not answer for " + worst + " ms during the generation"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static GenerateView generateView() throws Exception {
        return (GenerateView) page.showView(StudioIds.GENERATE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
    }

    private static LibraryView libraryView() throws Exception {
        return (LibraryView) page.showView(StudioIds.LIBRARY_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
    }

    private static void post(int type, char c) {
        Event e = new Event();
        e.type = type;
        e.character = c;
        display.post(e);
    }

    /** Saves what the workbench window shows as a PNG and checks it is not blank. */
    private static void screenshot(String name) throws IOException {
        spinFor(150);
        save(name, capture(window.getShell()));
    }
}
