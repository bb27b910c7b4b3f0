package io.tessera.detection;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.tessera.core.policy.AdminPolicy;

/**
 * Where the combined pixel evidence splits generated, inconclusive and not generated. The defaults come from
 * {@code tessera bench detect} (docs/BENCHMARKS.md); a user may move them in the preferences
 * ({@code io.tessera.detection/verdict.generatedAt}, {@code verdict.notGeneratedBelow}) and an administrator may lock
 * them in plugin_customization.ini. A pair that does not make sense (outside 0..1, or not below/at) is not used: the
 * defaults are, and the log says why.
 */
public record VerdictThresholds(double generatedAt, double notGeneratedBelow) {
    public static final String NODE = "io.tessera.detection"; //$NON-NLS-1$
    public static final String GENERATED_AT = "verdict.generatedAt"; //$NON-NLS-1$
    public static final String NOT_GENERATED_BELOW = "verdict.notGeneratedBelow"; //$NON-NLS-1$
    /** At most 1 % false alarms on the bench's real-like clips. */
    public static final VerdictThresholds DEFAULTS = new VerdictThresholds(0.9, 0.5);

    public VerdictThresholds {
        if (!(notGeneratedBelow >= 0 && notGeneratedBelow <= generatedAt && generatedAt <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "verdict thresholds must satisfy 0 <= not-generated-below (%s) <= generated-at (%s) <= 1", notGeneratedBelow, generatedAt)); //$NON-NLS-1$
        }
    }

    /** The thresholds in force: the administrator's, else the user's, else the defaults. */
    public static VerdictThresholds current() {
        String at = AdminPolicy.value(NODE, GENERATED_AT);
        String below = AdminPolicy.value(NODE, NOT_GENERATED_BELOW);
        if (at == null && below == null) {
            return DEFAULTS;
        }
        try {
            return new VerdictThresholds(at == null ? DEFAULTS.generatedAt : Double.parseDouble(at),
                    below == null ? DEFAULTS.notGeneratedBelow : Double.parseDouble(below));
        } catch (IllegalArgumentException e) {
            ILog.of(VerdictThresholds.class).log(Status.warning("ignoring the detection preferences " + NODE + "/" + GENERATED_AT + "=" + at //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", " + NOT_GENERATED_BELOW + "=" + below + ": " + e.getMessage() + "; using the defaults")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return DEFAULTS;
        }
    }
}
