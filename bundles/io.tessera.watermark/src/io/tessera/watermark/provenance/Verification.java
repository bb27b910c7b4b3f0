package io.tessera.watermark.provenance;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What verifying a file's manifest found.
 *
 * @param found whether the file has a Tessera manifest at all
 * @param valid the manifest, its signature and the media it describes are all unchanged (and, when a key was
 *        required, it was signed with that key)
 * @param problems what changed, one sentence each; empty when valid
 * @param keyId the signing key's id, or null
 * @param signer "installation" or "organisation" as the manifest says, or null
 * @param trusted the signing key is this installation's, the configured organisation's, or the one required
 * @param manifest the manifest, or null when there is none or it could not be read
 */
public record Verification(boolean found, boolean valid, List<String> problems, String keyId, String signer, boolean trusted,
        JsonNode manifest) {

    public Verification {
        problems = List.copyOf(problems);
    }

    static Verification notFound() {
        return new Verification(false, false, List.of(), null, null, false, null);
    }
}
