package io.tessera.ui.internal;

import static io.tessera.ui.internal.UiTestSupport.capture;
import static io.tessera.ui.internal.UiTestSupport.save;
import static io.tessera.ui.internal.UiTestSupport.spinFor;
import static io.tessera.ui.internal.UiTestSupport.spinUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tessera.ui.StudioIds;
import io.tessera.ui.internal.views.GenerateView;

/**
 * The example bundle com.example.tessera.broken.ui contributes a view that throws while it draws, a view whose class
 * is missing and a Help menu command whose handler throws. Opening and running each must leave the studio running,
 * show the failure where the user can read it, and put it in the Error Log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokenContributionTest {
    private static final String THROWING_VIEW = "com.example.tessera.broken.ui.throwingView"; //$NON-NLS-1$
    private static final String MISSING_VIEW = "com.example.tessera.broken.ui.missingView"; //$NON-NLS-1$
    private static final String VIEW_FAILURE = "the example view fails on purpose"; //$NON-NLS-1$
    private static final String COMMAND_FAILURE = "Command 'com.example.tessera.broken.ui.throwingCommand' failed"; //$NON-NLS-1$

    private static Display display;
    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;

    @BeforeAll
    static void workbench() throws Exception {
        display = PlatformUI.getWorkbench().getDisplay();
        window = UiTestSupport.studioWindow();
        page = window.getActivePage();
    }

    @Test
    @Order(1)
    void aViewThatThrowsIsReplacedByItsErrorAndTheStudioGoesOn() throws Exception {
        IViewPart shown = showTolerantly(THROWING_VIEW);
        spinFor(500);
        assertStudioAlive();
        String visible = texts(window.getShell());
        // the workbench's error part stands in for the view; the exception itself goes to the Error Log (test 4)
        assertTrue(visible.contains("Failed to create the part's controls"), "the failed view should say it failed: " + visible); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotNull(shown == null ? page.findViewReference(THROWING_VIEW) : shown, "the view's tab stays, showing its error"); //$NON-NLS-1$
        save("60-broken-view", capture(window.getShell())); //$NON-NLS-1$
    }

    @Test
    @Order(2)
    void aViewWhoseClassIsMissingIsReplacedByItsError() throws Exception {
        showTolerantly(MISSING_VIEW);
        spinFor(500);
        assertStudioAlive();
        String visible = texts(window.getShell());
        assertTrue(visible.contains("NoSuchView"), "the failed view should name the class it could not load: " + visible); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    @Order(3)
    void aMenuCommandThatThrowsIsReportedNotFatal() throws Exception {
        MenuItem help = menuItem(window.getShell().getMenuBar(), "Help"); //$NON-NLS-1$
        assertNotNull(help, "Help menu"); //$NON-NLS-1$
        Menu helpMenu = help.getMenu();
        helpMenu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event()); // contributions are filled in on show
        spinFor(200);
        MenuItem broken = menuItem(helpMenu, "Broken command (example)"); //$NON-NLS-1$
        assertNotNull(broken, "the example's command is in the Help menu"); //$NON-NLS-1$
        helpMenu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
        broken.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        spinFor(500);
        closeErrorDialogs();
        assertStudioAlive();
    }

    @Test
    @Order(4)
    void theErrorLogListsEachFailure() throws Exception {
        IViewPart log = page.showView(StudioIds.ERROR_LOG_VIEW);
        assertNotNull(log);
        Tree tree = find(window.getShell(), Tree.class, BrokenContributionTest::isErrorLogTree);
        assertNotNull(tree, "the Error Log's table"); //$NON-NLS-1$
        spinUntil(10_000, () -> {
            String rows = rows(tree);
            return rows.contains(VIEW_FAILURE) && rows.contains("NoSuchView") && rows.contains(COMMAND_FAILURE); //$NON-NLS-1$
        });
        String rows = rows(tree);
        System.out.println("Error Log: " + rows); //$NON-NLS-1$
        assertTrue(rows.contains(VIEW_FAILURE), rows);
        assertTrue(rows.contains("NoSuchView"), rows); //$NON-NLS-1$
        assertTrue(rows.contains(COMMAND_FAILURE), rows);
        // the view reads the log in a job and says "Loading..." until it has drawn the entries
        spinUntil(10_000, () -> !texts(window.getShell()).contains("Loading...")); //$NON-NLS-1$
        spinFor(500);
        save("61-error-log", capture(window.getShell())); //$NON-NLS-1$

        // and the studio's own views still work after all three failures
        GenerateView generate = (GenerateView) page.showView(StudioIds.GENERATE_VIEW);
        assertNotNull(generate);
        page.hideView(page.findViewReference(THROWING_VIEW));
        page.hideView(page.findViewReference(MISSING_VIEW));
        spinFor(300);
        assertStudioAlive();
    }

    private static IViewPart showTolerantly(String id) {
        try {
            return page.showView(id);
        } catch (PartInitException e) {
            // some workbench versions refuse the part instead of showing its error: still not fatal
            return null;
        }
    }

    private static void assertStudioAlive() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench stopped"); //$NON-NLS-1$
        assertFalse(window.getShell().isDisposed(), "studio window closed"); //$NON-NLS-1$
        assertTrue(window.getShell().getText().startsWith(StudioIds.TITLE), window.getShell().getText());
        assertNotNull(page.findView(StudioIds.LIBRARY_VIEW), "the Library is still open"); //$NON-NLS-1$
    }

    private static void closeErrorDialogs() {
        for (Shell s : display.getShells()) {
            if (s != window.getShell() && !s.isDisposed() && s.getParent() == window.getShell()) {
                System.out.println("closing dialog: " + s.getText() + " " + texts(s)); //$NON-NLS-1$ //$NON-NLS-2$
                s.close();
            }
        }
        spinFor(200);
    }

    private static MenuItem menuItem(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(label)) { //$NON-NLS-1$ //$NON-NLS-2$
                return item;
            }
        }
        return null;
    }

    /** The Error Log's tree is the one with a Message and a Plug-in column. */
    private static boolean isErrorLogTree(Tree tree) {
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < tree.getColumnCount(); c++) {
            headers.add(tree.getColumn(c).getText());
        }
        return headers.contains("Message") && headers.contains("Plug-in"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static <T extends Control> T find(Control root, Class<T> type, java.util.function.Predicate<T> test) {
        if (type.isInstance(root) && root.isVisible() && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every entry of the tree with its children (a multi-status nests its causes), one line each. */
    private static String rows(Tree tree) {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            addRows(tree, item, "", rows); //$NON-NLS-1$
        }
        return String.join("\n", rows); //$NON-NLS-1$
    }

    private static void addRows(Tree tree, TreeItem item, String indent, List<String> rows) {
        StringBuilder row = new StringBuilder(indent);
        for (int c = 0; c < Math.max(1, tree.getColumnCount()); c++) {
            row.append(item.getText(c)).append(" | "); //$NON-NLS-1$
        }
        rows.add(row.toString());
        if (item.getItemCount() > 0 && !item.getExpanded()) {
            // JFace fills a tree item's children when it is expanded
            org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
            expand.item = item;
            tree.notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
        }
        for (TreeItem child : item.getItems()) {
            addRows(tree, child, indent + "  ", rows); //$NON-NLS-1$
        }
    }

    /** Every visible label and text of the shell, in one string. */
    private static String texts(Control root) {
        StringBuilder all = new StringBuilder();
        collect(root, all);
        return all.toString();
    }

    private static void collect(Control c, StringBuilder all) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof Label l) {
            all.append(l.getText()).append(' ');
        } else if (c instanceof Text t) {
            all.append(t.getText()).append(' ');
        } else if (c instanceof StyledText t) {
            all.append(t.getText()).append(' ');
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, all);
            }
        }
    }
}
