package io.tessera.engine.remote.internal.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.engine.remote.internal.WireError;

/**
 * Turns the pipeline's refusals into HTTP errors naming the JSON field. The pipeline's messages name command-line
 * options ({@code --seconds 90 is outside ...}): the option is the field.
 */
final class RequestErrors {
    private static final Pattern OPTION = Pattern.compile("^--([a-z]+)\\b"); //$NON-NLS-1$

    private RequestErrors() {
    }

    static WireError of(GenerationException e) {
        if (!(e instanceof InvalidRequestException)) {
            return new WireError(500, null, e.getMessage());
        }
        String m = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
        Matcher option = OPTION.matcher(m);
        String field;
        if (option.find()) {
            field = switch (option.group(1)) {
                case "option" -> "options"; //$NON-NLS-1$ //$NON-NLS-2$
                case "no" -> "watermark"; //$NON-NLS-1$ //$NON-NLS-2$
                default -> option.group(1);
            };
        } else if (m.contains("engine '")) { //$NON-NLS-1$
            field = "engine"; //$NON-NLS-1$
        } else if (m.contains("watermark")) { //$NON-NLS-1$
            field = "watermark"; //$NON-NLS-1$
        } else if (m.contains("option")) { //$NON-NLS-1$
            field = "options"; //$NON-NLS-1$
        } else {
            field = "prompt"; // what engines refuse beyond settings and options are the prompt's words //$NON-NLS-1$
        }
        return WireError.badRequest(field, m);
    }
}
