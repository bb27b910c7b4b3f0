package io.tessera.ui.internal.about;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.ContributionRegistry;
import io.tessera.core.registry.Registries;
import io.tessera.ui.StudioIds;

/**
 * Help &gt; About Tessera Studio: the product and its version, every bundle the OSGi framework has loaded (symbolic
 * name, version, state), and what each extension point's registry found (engines and the five typed registries:
 * id, name, contributing bundle, and the problem when a contribution is broken).
 */
public final class AboutStudioDialog extends TrayDialog {
    /** One row of the contributions table. */
    public record Contribution(String extensionPoint, String id, String name, String contributor, String problem) {
    }

    private TableViewer plugins;
    private TableViewer contributions;

    public AboutStudioDialog(Shell shell) {
        super(shell);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(AboutMessages.title);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(1000, 640);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label heading = new Label(area, SWT.NONE);
        heading.setText(NLS.bind(AboutMessages.heading, productName(), productVersion()));
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        Label about = new Label(area, SWT.WRAP);
        about.setText(aboutText());
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(about);

        TabFolder tabs = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        TabItem pluginsTab = new TabItem(tabs, SWT.NONE);
        pluginsTab.setText(AboutMessages.pluginsTab);
        plugins = table(tabs);
        column(plugins, AboutMessages.colSymbolicName, 380, (Bundle b) -> b.getSymbolicName());
        column(plugins, AboutMessages.colVersion, 200, (Bundle b) -> b.getVersion().toString());
        column(plugins, AboutMessages.colState, 120, (Bundle b) -> state(b.getState()));
        plugins.setInput(bundles());
        pluginsTab.setControl(plugins.getControl());

        TabItem contributionsTab = new TabItem(tabs, SWT.NONE);
        contributionsTab.setText(AboutMessages.contributionsTab);
        contributions = table(tabs);
        column(contributions, AboutMessages.colExtensionPoint, 230, Contribution::extensionPoint);
        column(contributions, AboutMessages.colId, 160, Contribution::id);
        column(contributions, AboutMessages.colName, 180, Contribution::name);
        column(contributions, AboutMessages.colContributor, 200, Contribution::contributor);
        column(contributions, AboutMessages.colProblem, 260, Contribution::problem);
        contributions.setInput(contributions());
        contributionsTab.setControl(contributions.getControl());
        tabs.setSelection(0);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static TableViewer table(Composite parent) {
        TableViewer v = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.setContentProvider(ArrayContentProvider.getInstance());
        return v;
    }

    @SuppressWarnings("unchecked")
    private static <T> void column(TableViewer v, String title, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(v, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((T) element);
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
    }

    /** Every bundle the framework knows, by symbolic name. */
    public static List<Bundle> bundles() {
        Bundle me = FrameworkUtil.getBundle(AboutStudioDialog.class);
        if (me == null) {
            return List.of();
        }
        return Arrays.stream(me.getBundleContext().getBundles())
                .sorted(Comparator.comparing((Bundle b) -> String.valueOf(b.getSymbolicName())).thenComparing(Bundle::getVersion)).toList();
    }

    /** What every registry found, broken contributions included (with their problem). */
    public static List<Contribution> contributions() {
        List<Contribution> rows = new ArrayList<>();
        add(rows, Registries.engines());
        add(rows, Registries.audioGenerators());
        add(rows, Registries.watermarkers());
        add(rows, Registries.detectors());
        add(rows, Registries.editorOperations());
        add(rows, Registries.exporters());
        return rows;
    }

    private static void add(List<Contribution> rows, ContributionRegistry<? extends ContributionDescriptor<?>> registry) {
        for (ContributionDescriptor<?> d : registry.descriptors()) {
            rows.add(new Contribution(registry.extensionPointId(), d.id(), d.name(), d.contributor(),
                    d.problem().map(s -> s.getMessage()).orElse(""))); //$NON-NLS-1$
        }
        // contributions the registry refused to describe at all (a missing id or class) are only in its problems
        for (org.eclipse.core.runtime.IStatus s : registry.problems()) {
            boolean listed = rows.stream().anyMatch(r -> r.extensionPoint().equals(registry.extensionPointId()) && r.problem().equals(s.getMessage()));
            if (!listed) {
                rows.add(new Contribution(registry.extensionPointId(), "", "", s.getPlugin(), s.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    static String state(int state) {
        return switch (state) {
        case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
        case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
        case Bundle.STARTING -> "STARTING (lazy)"; //$NON-NLS-1$
        case Bundle.STOPPING -> "STOPPING"; //$NON-NLS-1$
        case Bundle.INSTALLED -> "INSTALLED"; //$NON-NLS-1$
        case Bundle.UNINSTALLED -> "UNINSTALLED"; //$NON-NLS-1$
        default -> Integer.toString(state);
        };
    }

    static String productName() {
        IProduct p = Platform.getProduct();
        return p == null || p.getName() == null ? StudioIds.TITLE : p.getName();
    }

    /** The version of the bundle that defines the product (io.tessera.ui), else this bundle's. */
    public static String productVersion() {
        IProduct p = Platform.getProduct();
        Bundle b = p != null && p.getDefiningBundle() != null ? p.getDefiningBundle() : FrameworkUtil.getBundle(AboutStudioDialog.class);
        return b == null ? "?" : b.getVersion().toString(); //$NON-NLS-1$
    }

    private static String aboutText() {
        IProduct p = Platform.getProduct();
        String t = p == null ? null : p.getProperty("aboutText"); //$NON-NLS-1$
        return t == null ? "" : t; //$NON-NLS-1$
    }

    public TableViewer pluginsViewer() {
        return plugins;
    }

    public TableViewer contributionsViewer() {
        return contributions;
    }
}
