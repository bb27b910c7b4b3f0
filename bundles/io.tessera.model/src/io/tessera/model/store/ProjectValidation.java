package io.tessera.model.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import io.tessera.model.ClipItem;
import io.tessera.model.GenerationSettings;
import io.tessera.model.MediaAsset;
import io.tessera.model.ModelPackage;
import io.tessera.model.Project;
import io.tessera.model.Shot;
import io.tessera.model.Track;

/** The model's constraints, checked by EMF's Diagnostician; each message names the object, the field and the value. */
public final class ProjectValidation extends EObjectValidator {
    public static final String DIAGNOSTIC_SOURCE = "io.tessera.model"; //$NON-NLS-1$
    private static final ProjectValidation INSTANCE = new ProjectValidation();

    static {
        register();
    }

    private ProjectValidation() {
    }

    /**
     * Puts these constraints in EMF's global validator registry for the model package, so that any
     * {@link Diagnostician} checks them, not only {@link #validate(EObject)}. Called by the bundle activator in OSGi
     * and by {@link ProjectStore} standalone, because the generated package has no hook of its own; idempotent.
     */
    public static void register() {
        EValidator.Registry.INSTANCE.put(ModelPackage.eINSTANCE, INSTANCE);
    }

    /** Takes the constraints out of the registry again, when the bundle stops. */
    public static void unregister() {
        EValidator.Registry.INSTANCE.remove(ModelPackage.eINSTANCE, INSTANCE);
    }

    /** Validates an object and everything it contains. */
    public static Diagnostic validate(EObject root) {
        return Diagnostician.INSTANCE.validate(root);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, object, diagnostics, context);
        if (object instanceof GenerationSettings s) {
            ok &= check(s.getSeconds() > 0 && s.getSeconds() <= 60, object, "seconds", s.getSeconds(), "must be in (0, 60]", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getWidth() > 0, object, "width", s.getWidth(), "must be positive", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getHeight() > 0, object, "height", s.getHeight(), "must be positive", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getFps() >= 1 && s.getFps() <= 60, object, "fps", s.getFps(), "must be in [1, 60]", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getSeed() >= 0, object, "seed", s.getSeed(), "must be >= 0", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getSteps() >= 1, object, "steps", s.getSteps(), "must be >= 1", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getGuidance() >= 0, object, "guidance", s.getGuidance(), "must be >= 0", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(s.getStrength() >= 0 && s.getStrength() <= 1, object, "strength", s.getStrength(), "must be in [0, 1]", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (object instanceof MediaAsset a) {
            ok &= check(a.getId() != null && !a.getId().isBlank(), object, "id", a.getId(), "is required", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(a.getWidth() >= 0 && a.getHeight() >= 0, object, "width x height", a.getWidth() + "x" + a.getHeight(), //$NON-NLS-1$ //$NON-NLS-2$
                    "must not be negative", diagnostics); //$NON-NLS-1$
            ok &= check(a.getDurationSeconds() >= 0, object, "durationSeconds", a.getDurationSeconds(), "must not be negative", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (object instanceof ClipItem c) {
            ok &= check(c.getStart() >= 0, object, "start", c.getStart(), "must be >= 0", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
            ok &= check(c.getInPoint() >= 0 && c.getInPoint() < c.getOutPoint(), object, "inPoint/outPoint", //$NON-NLS-1$
                    c.getInPoint() + "/" + c.getOutPoint(), "need 0 <= inPoint < outPoint", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (object instanceof Project p) {
            ok &= unique(p, diagnostics);
        }
        return ok;
    }

    private boolean unique(Project p, DiagnosticChain diagnostics) {
        boolean ok = true;
        Set<String> ids = new HashSet<>();
        for (MediaAsset a : p.getAssets()) {
            ok &= a.getId() == null || check(ids.add(a.getId()), a, "id", a.getId(), "is used by another asset", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ids.clear();
        for (Shot s : p.getShots()) {
            ok &= s.getId() == null || check(ids.add(s.getId()), s, "id", s.getId(), "is used by another shot", diagnostics); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ok;
    }

    private static boolean check(boolean condition, EObject object, String field, Object value, String rule,
            DiagnosticChain diagnostics) {
        if (!condition && diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0,
                    label(object) + ": " + field + " = " + value + " " + rule, new Object[] { object })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return condition;
    }

    private static String label(EObject object) {
        EObject owner = object;
        String id = null;
        while (owner != null && id == null) {
            if (owner instanceof Shot s) {
                id = "shot " + s.getId(); //$NON-NLS-1$
            } else if (owner instanceof MediaAsset a) {
                id = "asset " + a.getId(); //$NON-NLS-1$
            }
            owner = owner.eContainer();
        }
        String type = object.eClass().getName();
        if (object instanceof ClipItem c && c.eContainer() instanceof Track t) {
            // clips have no id; their place on the timeline is what the user can find
            return type + " " + (t.getItems().indexOf(c) + 1) + " on track " //$NON-NLS-1$ //$NON-NLS-2$
                    + (t.getName() == null ? String.valueOf(t.getKind()) : t.getName());
        }
        return id == null ? type : type + " of " + id; //$NON-NLS-1$
    }
}
