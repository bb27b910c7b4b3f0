package io.tessera.ui.internal.views;

import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.internal.UiTestSupport;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationJob;
import io.tessera.model.MediaAsset;
import io.tessera.model.Shot;
import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.ProjectSession;
import io.tessera.ui.internal.prefs.StudioPreferences;
import io.tessera.watermark.provenance.ManifestBox;

/**
 * The Generate view's prompt history (kept across a reopened view and read back from the preferences), the seed
 * lock, the source image or video (dropped files and Library clips, refused when the file is not what its name says
 * or the engine lacks i2v/v2v, a generation from an image with the source as the clip's parent), and the Library's
 * clip pictures. Real workbench, real files, the scene engine and the tests' still-test engine (i2v, v2v, extend).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateViewTest {
    private static final String FIRST = "a big red circle moves right over a sky background"; //$NON-NLS-1$
    private static final String SECOND = "two small blue squares bounce over a grass background"; //$NON-NLS-1$

    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;
    private static Path files;
    private static MediaAsset firstClip;

    @BeforeAll
    static void workbench() throws IOException {
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
        Path dir = ProjectSession.getDefault().file().getParent();
        ProjectSession.getDefault().open(dir.resolve("generate-test-" + System.currentTimeMillis() + ".tessera")); //$NON-NLS-1$ //$NON-NLS-2$
        files = Files.createDirectories(dir.resolve("generate-test-files")); //$NON-NLS-1$
        spinFor(500);
    }

    /** The other tests of this workbench generate with the scene engine: leave them no source (nor a failed one's). */
    @AfterAll
    static void leaveNoSource() throws Exception {
        generateView().clearSource();
    }

    @Test
    @Order(1)
    void keepsTheGeneratedPromptsNewestFirstAcrossAReopenedView() throws Exception {
        GenerateView g = generateView();
        g.history().clear();
        g.seedLockButton().setSelection(true);
        firstClip = generate(g, "scene", FIRST, 21); //$NON-NLS-1$
        generate(g, "scene", SECOND, 22); //$NON-NLS-1$
        assertEquals(List.of(SECOND, FIRST), prompts(g.history()));

        // a prompt generated again moves to the front, once
        generate(g, "scene", FIRST, 23); //$NON-NLS-1$
        assertEquals(List.of(FIRST, SECOND), prompts(g.history()));

        // what a restart reads: the preference, and a new view
        assertEquals(List.of(FIRST, SECOND),
                prompts(PromptHistory.load(ConfigurationScope.INSTANCE.getNode(StudioIds.PLUGIN_ID), StudioPreferences.PROMPT_HISTORY)));
        page.hideView(g);
        spinFor(200);
        g = generateView();
        assertEquals(List.of(FIRST, SECOND), prompts(g.history()));

        // picking the older prompt from the drop-down refills it and its settings
        g.promptText().setText(""); //$NON-NLS-1$
        g.seedSpinner().setSelection(999);
        g.sizeCombo().setText("256x256"); //$NON-NLS-1$
        Menu menu = g.historyMenu();
        assertEquals(4, menu.getItemCount(), "two prompts, a separator and Clear History"); //$NON-NLS-1$
        assertTrue(menu.getItem(1).getText().startsWith(SECOND), menu.getItem(1).getText());
        menu.setLocation(g.historyButton().toDisplay(0, g.historyButton().getSize().y));
        menu.setVisible(true);
        spinFor(300);
        screenshot("generate-01-history-menu"); //$NON-NLS-1$
        menu.getItem(1).notifyListeners(SWT.Selection, new Event());
        menu.setVisible(false);
        assertEquals(SECOND, g.promptText().getText());
        assertEquals(22, g.seedSpinner().getSelection());
        assertEquals("128x128", g.sizeCombo().getText()); //$NON-NLS-1$
        assertEquals("scene", g.selectedEngine().id()); //$NON-NLS-1$

        // Ctrl+Up / Ctrl+Down in the prompt step through the history; past the newest comes back what was written
        while (g.stepHistory(-1)) {
            // the pick left the cursor on its entry: step back past the newest first
        }
        g.promptText().setText("my draft"); //$NON-NLS-1$
        key(g, SWT.ARROW_UP, SWT.MOD1);
        assertEquals(FIRST, g.promptText().getText());
        key(g, SWT.ARROW_UP, SWT.ALT);
        assertEquals(SECOND, g.promptText().getText());
        key(g, SWT.ARROW_UP, SWT.MOD1);
        assertEquals(SECOND, g.promptText().getText(), "the oldest stays"); //$NON-NLS-1$
        key(g, SWT.ARROW_DOWN, SWT.MOD1);
        assertEquals(FIRST, g.promptText().getText());
        key(g, SWT.ARROW_DOWN, SWT.MOD1);
        assertEquals("my draft", g.promptText().getText()); //$NON-NLS-1$
        screenshot("generate-02-history-picked"); //$NON-NLS-1$
    }

    @Test
    @Order(2)
    void aLockedSeedStaysAndAnUnlockedOneIsDrawnAnew() throws Exception {
        GenerateView g = generateView();
        g.seedLockButton().setSelection(true);
        g.seedLockButton().notifyListeners(SWT.Selection, new Event());
        MediaAsset locked = generate(g, "scene", FIRST, 31); //$NON-NLS-1$
        assertEquals(31, locked.getProvenance().getSeed());
        assertEquals(31, g.seedSpinner().getSelection(), "a locked seed stays"); //$NON-NLS-1$
        assertTrue(ConfigurationScope.INSTANCE.getNode(StudioIds.PLUGIN_ID).getBoolean(StudioPreferences.SEED_LOCKED, false));

        g.seedLockButton().setSelection(false);
        g.seedLockButton().notifyListeners(SWT.Selection, new Event());
        MediaAsset unlocked = generate(g, "scene", FIRST, 31); //$NON-NLS-1$
        assertEquals(31, unlocked.getProvenance().getSeed(), "the seed shown is the one used"); //$NON-NLS-1$
        int next = g.seedSpinner().getSelection();
        assertNotEquals(31, next, "an unlocked seed is drawn anew after the generation"); //$NON-NLS-1$
        assertEquals(next, g.currentRequest().seed());
        assertFalse(ConfigurationScope.INSTANCE.getNode(StudioIds.PLUGIN_ID).getBoolean(StudioPreferences.SEED_LOCKED, true));
        screenshot("generate-03-seed-unlocked"); //$NON-NLS-1$
    }

    @Test
    @Order(3)
    void takesDroppedImagesAndVideosAndRefusesWhatItCannotUse() throws Exception {
        GenerateView g = generateView();
        g.clearSource();
        Path png = writePng(files.resolve("start.png")); //$NON-NLS-1$
        Path fake = files.resolve("notes.png"); //$NON-NLS-1$
        Files.writeString(fake, "this is text, not a picture\n", StandardCharsets.UTF_8); //$NON-NLS-1$

        // the view is a drop target for files and Library clips
        DropTarget target = (DropTarget) g.sourceThumbnailLabel().getData(DND.DROP_TARGET_KEY);
        assertNotNull(target, "the source thumbnail is no drop target"); //$NON-NLS-1$
        assertTrue(Arrays.asList(target.getTransfer()).contains(FileTransfer.getInstance()));

        // the scene engine has neither i2v nor v2v: an image is refused, by name of the capability
        assertTrue(g.selectEngine("scene")); //$NON-NLS-1$
        drop(g, new String[] { png.toString() });
        assertNull(g.source());
        assertTrue(g.sourceMessageLabel().getText().contains("i2v"), g.sourceMessageLabel().getText()); //$NON-NLS-1$
        screenshot("generate-04-image-refused-by-engine"); //$NON-NLS-1$

        assertTrue(g.selectEngine("still-test"), "the tests' still-test engine is not installed"); //$NON-NLS-1$ //$NON-NLS-2$
        drop(g, new String[] { png.toString() });
        assertNotNull(g.source(), g.sourceMessageLabel().getText());
        assertEquals(SourceMedia.Kind.IMAGE, g.source().kind());
        assertEquals(png.toAbsolutePath().normalize(), g.source().file());
        assertEquals("start.png", g.sourceNameLabel().getText()); //$NON-NLS-1$
        assertNotNull(g.sourceThumbnailLabel().getImage());
        assertFalse(uniform(g.sourceThumbnailLabel().getImage().getImageData()), "the source thumbnail is one colour"); //$NON-NLS-1$
        assertFalse(g.strengthSpinner().isVisible(), "an image has no strength"); //$NON-NLS-1$
        screenshot("generate-05-image-source"); //$NON-NLS-1$

        // a text file named .png is refused with a message, and the image stays
        drop(g, new String[] { fake.toString() });
        assertTrue(g.sourceMessageLabel().getText().contains("notes.png is not a readable image"), g.sourceMessageLabel().getText()); //$NON-NLS-1$
        assertEquals(png.toAbsolutePath().normalize(), g.source().file());
        screenshot("generate-06-fake-png-refused"); //$NON-NLS-1$

        // a real MP4 (a clip the scene engine made) from the desktop, then the same clip from the Library
        Path mp4 = ProjectSession.getDefault().resolve(firstClip.getFile());
        drop(g, new String[] { mp4.toString() });
        assertEquals(SourceMedia.Kind.VIDEO, g.source().kind(), g.sourceMessageLabel().getText());
        assertNull(g.source().assetId());
        assertTrue(g.strengthSpinner().isVisible(), "a video has a strength"); //$NON-NLS-1$
        assertEquals(List.of("Restyle", "Extend forward", "Extend backward", "Loop"), List.of(g.sourceModeCombo().getItems())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        drop(g, List.of(firstClip.getId()));
        assertEquals(firstClip.getId(), g.source().assetId());
        assertEquals(mp4.toAbsolutePath().normalize(), g.source().file());

        // the request carries the source as `tessera generate --from --strength` and `tessera extend` do
        g.strengthSpinner().setSelection(35);
        GenerationRequest restyle = g.currentRequest();
        assertEquals(mp4.toAbsolutePath().normalize(), restyle.source().orElseThrow());
        assertEquals(0.35, restyle.strength(), 1e-9);
        assertTrue(restyle.options().isEmpty(), restyle.options().toString());
        assertTrue(g.selectSourceMode("backward")); //$NON-NLS-1$
        GenerationRequest extend = g.currentRequest();
        assertEquals("backward", extend.options().get("extend")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1.0, extend.strength(), 1e-9);
        assertEquals(firstClip.getWidth(), extend.width());
        assertEquals(firstClip.getFps(), extend.fps());
        assertFalse(g.strengthSpinner().isEnabled(), "extending goes the whole way from the clip"); //$NON-NLS-1$
        screenshot("generate-07-video-source-extend"); //$NON-NLS-1$

        // back on the scene engine the video is refused for generation, by capability
        assertTrue(g.selectEngine("scene")); //$NON-NLS-1$
        assertTrue(g.sourceMessageLabel().getText().contains("v2v"), g.sourceMessageLabel().getText()); //$NON-NLS-1$
        g.promptText().setText(FIRST);
        assertNull(g.generate(), "the scene engine cannot start from a video"); //$NON-NLS-1$
        assertTrue(g.statusLabel().getText().contains("v2v"), g.statusLabel().getText()); //$NON-NLS-1$
        g.clearSource();
        assertNull(g.source());
        assertTrue(g.currentRequest().source().isEmpty());
    }

    @Test
    @Order(4)
    void generatesFromAnImageWithTheImageAsParent() throws Exception {
        GenerateView g = generateView();
        Path png = files.resolve("start.png"); //$NON-NLS-1$
        assertTrue(g.selectEngine("still-test")); //$NON-NLS-1$
        drop(g, new String[] { png.toString() });
        assertNotNull(g.source(), g.sourceMessageLabel().getText());
        MediaAsset clip = generate(g, "still-test", "a still picture that starts from an image", 41); //$NON-NLS-1$ //$NON-NLS-2$
        Shot shot = ProjectSession.getDefault().project().getShots().stream().filter(s -> s.getTakes().contains(clip)).findFirst()
                .orElseThrow();
        assertEquals(png.toAbsolutePath().normalize().toString(), shot.getSettings().getSourceMedia());
        String manifest = new String(ManifestBox.read(ProjectSession.getDefault().resolve(clip.getFile())).orElseThrow(), StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(png))); //$NON-NLS-1$
        assertTrue(manifest.contains("\"parents\"") && manifest.contains("start.png") && manifest.contains(sha), //$NON-NLS-1$ //$NON-NLS-2$
                "the signed manifest does not name the source as parent: " + manifest); //$NON-NLS-1$
        assertTrue(manifest.contains("edited"), manifest); //$NON-NLS-1$
        g.clearSource();
        screenshot("generate-08-generated-from-image"); //$NON-NLS-1$
    }

    @Test
    @Order(5)
    void theLibraryShowsAPictureOfEveryClip() throws Exception {
        LibraryView library = (LibraryView) page.showView(StudioIds.LIBRARY_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        library.refresh();
        Table table = library.viewer().getTable();
        assertTrue(table.getItemCount() >= 5, "clips: " + table.getItemCount()); //$NON-NLS-1$
        List<MediaAsset> assets = List.copyOf(ProjectSession.getDefault().project().getAssets());
        spinUntil(60_000, () -> assets.stream().allMatch(library::hasThumbnail));
        spinFor(200);
        for (TableItem item : table.getItems()) {
            MediaAsset a = (MediaAsset) item.getData();
            assertTrue(library.hasThumbnail(a), a.getFile());
            Image image = item.getImage(0);
            assertNotNull(image, a.getFile());
            assertNotSame(library.thumbnailPlaceholder(), image, a.getFile());
            assertEquals(LibraryView.THUMB_W, image.getBounds().width);
            assertFalse(uniform(image.getImageData()), a.getFile() + ": its picture is one colour"); //$NON-NLS-1$
        }
        // the clips are still dragged to the Timeline from here
        assertTrue(table.getData(DND.DRAG_SOURCE_KEY) instanceof DragSource);
        table.setSelection(0);
        library.viewer().setSelection(library.viewer().getSelection());
        assertSame(assets.get(0), table.getItem(0).getData());
        assertEquals(List.of(assets.get(0).getId()), library.draggedIds());
        screenshot("generate-09-library-thumbnails"); //$NON-NLS-1$
    }

    // ---- helpers

    private static GenerateView generateView() throws Exception {
        GenerateView g = (GenerateView) page.showView(StudioIds.GENERATE_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        spinFor(50);
        return g;
    }

    private static MediaAsset generate(GenerateView g, String engine, String prompt, int seed) throws Exception {
        g.promptText().setText(prompt);
        assertTrue(g.selectEngine(engine), engine);
        g.secondsSpinner().setSelection(10);
        g.sizeCombo().setText("128x128"); //$NON-NLS-1$
        g.fpsSpinner().setSelection(8);
        g.seedSpinner().setSelection(seed);
        int before = ProjectSession.getDefault().project().getAssets().size();
        GenerationJob job = g.generate();
        assertNotNull(job, g.statusLabel().getText());
        assertEquals(seed, job.plan().request().seed());
        spinUntil(240_000, () -> job.getResult() != null);
        assertTrue(job.getResult() != null && job.getResult().isOK(), String.valueOf(job.getResult()));
        spinUntil(5_000, () -> ProjectSession.getDefault().project().getAssets().size() > before);
        String file = job.result().output().getFileName().toString();
        // the view hears of the end after the project is read back: its status line names the clip then
        spinUntil(5_000, () -> g.statusLabel().getText().startsWith("Made " + file)); //$NON-NLS-1$
        assertTrue(g.statusLabel().getText().startsWith("Made " + file), g.statusLabel().getText()); //$NON-NLS-1$
        return ProjectSession.getDefault().project().getAssets().stream().filter(a -> a.getFile().endsWith(file)).findFirst()
                .orElseThrow();
    }

    /** A drop of {@code data} as the drop listener gets it (synthetic drag and drop does not run under Xvfb). */
    private static void drop(GenerateView g, Object data) {
        Job job = g.dropSource(data);
        assertNotNull(job, "nothing to read in " + data); //$NON-NLS-1$
        spinUntil(30_000, () -> job.getResult() != null && !g.isReadingSource());
        assertFalse(g.isReadingSource(), "the source was not read in 30 s"); //$NON-NLS-1$
    }

    private static void key(GenerateView g, int keyCode, int stateMask) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = stateMask;
        e.doit = true;
        g.promptText().notifyListeners(SWT.KeyDown, e);
        assertFalse(e.doit, "the key went on to the text"); //$NON-NLS-1$
    }

    private static List<String> prompts(PromptHistory h) {
        return h.entries().stream().map(PromptHistory.Entry::prompt).toList();
    }

    private static Path writePng(Path file) throws IOException {
        BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        gr.setPaint(new java.awt.GradientPaint(0, 0, new Color(40, 90, 200), 160, 120, new Color(240, 200, 60)));
        gr.fillRect(0, 0, 160, 120);
        gr.setColor(Color.RED);
        gr.fillOval(50, 30, 60, 60);
        gr.dispose();
        ImageIO.write(img, "png", file.toFile()); //$NON-NLS-1$
        return file;
    }

    private static boolean uniform(ImageData d) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < d.height; y += 2) {
            for (int x = 0; x < d.width; x += 2) {
                colours.add(d.getPixel(x, y));
            }
        }
        return colours.size() < 8;
    }

    private static void screenshot(String name) throws IOException {
        spinFor(150);
        save(name, capture(window.getShell()));
    }
}
