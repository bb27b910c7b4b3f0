package io.tessera.detection.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;

import io.tessera.core.detect.Detector;
import io.tessera.core.detect.Finding;
import io.tessera.watermark.provenance.ManifestVerifier;
import io.tessera.watermark.provenance.SigningKeys;
import io.tessera.watermark.provenance.Verification;

/**
 * The {@code provenance} contribution: finds the signed manifest and verifies it. A valid manifest says who made the
 * file and from what; a broken one still says the file came from a generator, and what was altered since.
 */
public final class ProvenanceDetector implements Detector {

    @Override
    public List<Finding> inspect(Path media, IProgressMonitor monitor) throws IOException {
        Verification v = ManifestVerifier.verify(media, Optional.empty(), new SigningKeys().trustedIds());
        monitor.done();
        if (!v.found()) {
            return List.of(new Finding("no-manifest", 0, -1, -1, "no provenance manifest (unsigned, or made by other software)")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String origin = describe(v.manifest());
        String key = v.keyId() == null ? "" : String.format(", signed by the %s key %s%s", v.signer(), v.keyId(), //$NON-NLS-1$ //$NON-NLS-2$
                v.trusted() ? " (trusted here)" : " (a key this installation does not know)"); //$NON-NLS-1$ //$NON-NLS-2$
        if (v.valid()) {
            return List.of(new Finding("manifest", 1, -1, -1, "valid signed manifest: " + origin + key)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return List.of(new Finding("manifest-altered", 0.99, -1, -1, //$NON-NLS-1$
                "a provenance manifest is present but the file was altered since it was signed: " + String.join("; ", v.problems()) //$NON-NLS-1$ //$NON-NLS-2$
                        + (origin.isEmpty() ? "" : ". It says: " + origin))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Who made it, from what, when: the manifest's own words. */
    static String describe(JsonNode m) {
        if (m == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder s = new StringBuilder();
        s.append(m.path("action").asText("made")); //$NON-NLS-1$ //$NON-NLS-2$
        String generator = m.path("claimGenerator").asText(null); //$NON-NLS-1$
        if (generator != null) {
            s.append(" by ").append(generator); //$NON-NLS-1$
        }
        String engine = m.path("engine").path("id").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
        if (engine != null) {
            s.append(" with engine ").append(engine); //$NON-NLS-1$
            String model = m.path("engine").path("modelHash").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
            if (model != null) {
                s.append(" (model ").append(model, 0, Math.min(12, model.length())).append(')'); //$NON-NLS-1$
            }
        }
        int parents = m.path("parents").size(); //$NON-NLS-1$
        if (parents > 0) {
            s.append(", from ").append(parents).append(parents == 1 ? " parent file" : " parent files"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String prompt = m.path("prompt").asText(null); //$NON-NLS-1$
        if (prompt != null) {
            s.append(" from the prompt \"").append(prompt).append('"'); //$NON-NLS-1$
        }
        String created = m.path("created").asText(null); //$NON-NLS-1$
        if (created != null) {
            s.append(", ").append(created); //$NON-NLS-1$
        }
        return s.toString();
    }
}
