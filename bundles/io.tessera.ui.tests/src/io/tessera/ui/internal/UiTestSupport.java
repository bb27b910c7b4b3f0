package io.tessera.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** What every UI test does: run the event loop while it waits, and take screenshots that must not be blank. */
public final class UiTestSupport {
    /** Where the tests save their screenshots. */
    public static final Path SHOTS = Path.of(System.getProperty("tessera.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$

    private UiTestSupport() {
    }

    /**
     * The studio's window, sized the same for every test (1440x900, so screenshots compare), active and shown; the
     * screenshot folder exists.
     */
    public static org.eclipse.ui.IWorkbenchWindow studioWindow() throws IOException {
        org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        java.nio.file.Files.createDirectories(SHOTS);
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1440, 900);
        shell.forceActive();
        spinUntil(5_000, () -> shell.isVisible() && shell.getSize().x > 0);
        return window;
    }

    public static void spinFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        spinUntil(millis, () -> System.currentTimeMillis() >= end);
    }

    /** Runs the event loop until the condition holds or the time is up; never blocks the UI thread in a sleep. */
    public static void spinUntil(long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                    // wakes display.sleep()
                });
                display.sleep();
            }
        }
    }

    /** What {@code shell} shows now, copied from the screen. */
    public static ImageData capture(Shell shell) {
        Display display = shell.getDisplay();
        Rectangle r = shell.getBounds().intersection(display.getBounds());
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Saves a capture as {@code name}.png in {@link #SHOTS} and checks it is not blank: a luminance spread over 8 and
     * more than 16 colours.
     */
    public static void save(String name, ImageData data) throws IOException {
        assertNotNull(data, name);
        Path file = SHOTS.resolve(name + ".png"); //$NON-NLS-1$
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        double sum = 0;
        double sumSq = 0;
        Set<Integer> colours = new HashSet<>();
        int n = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                double lum = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
                sum += lum;
                sumSq += lum * lum;
                if (colours.size() < 10_000) {
                    colours.add((rgb.red << 16) | (rgb.green << 8) | rgb.blue);
                }
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        System.out.printf(Locale.ROOT, "screenshot %s %dx%d, luminance mean %.1f sd %.1f, %d colours%n", file, data.width, data.height, //$NON-NLS-1$
                mean, sd, colours.size());
        assertTrue(sd > 8, name + " looks blank: luminance sd " + sd); //$NON-NLS-1$
        assertTrue(colours.size() > 16, name + " looks blank: " + colours.size() + " colours"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
