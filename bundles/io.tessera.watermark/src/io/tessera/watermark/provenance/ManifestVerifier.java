package io.tessera.watermark.provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a file's manifest offline: the manifest's hash, its Ed25519 signature, and the media and container hashes. */
public final class ManifestVerifier {
    private ManifestVerifier() {
    }

    /**
     * @param required when present, the manifest must be signed with this key
     * @param trustedKeys ids of keys the caller trusts (this installation's, the organisation's)
     */
    public static Verification verify(Path mp4, Optional<PublicKey> required, Set<String> trustedKeys) throws IOException {
        Optional<byte[]> box = ManifestBox.read(mp4);
        if (box.isEmpty()) {
            return Verification.notFound();
        }
        JsonNode envelope;
        try {
            envelope = Canonical.JSON.readTree(box.get());
        } catch (IOException e) {
            return broken("the manifest box is corrupt: not JSON (" + firstLine(e.getMessage()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        JsonNode manifest = envelope == null ? null : envelope.get("manifest"); //$NON-NLS-1$
        if (manifest == null || !manifest.isObject() || !envelope.path("signature").isTextual() || !envelope.path("publicKey").isTextual() //$NON-NLS-1$ //$NON-NLS-2$
                || !envelope.path("manifestSha256").isTextual()) { //$NON-NLS-1$
            return broken("the manifest box is corrupt: manifest, manifestSha256, signature or publicKey is missing"); //$NON-NLS-1$
        }
        List<String> problems = new ArrayList<>();
        byte[] canonical = Canonical.bytes(manifest);
        if (!sha256(canonical).equals(envelope.get("manifestSha256").asText())) { //$NON-NLS-1$
            problems.add("the manifest was changed after signing"); //$NON-NLS-1$
        }
        PublicKey key = null;
        String keyId = null;
        try {
            key = SigningKey.publicKey(Base64.getDecoder().decode(envelope.get("publicKey").asText())); //$NON-NLS-1$
            keyId = SigningKey.idOf(key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add("the public key in the manifest box is damaged (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (key != null && !signatureMatches(key, canonical, envelope.get("signature").asText())) { //$NON-NLS-1$
            problems.add("the signature does not match the manifest"); //$NON-NLS-1$
        }
        MediaHashes now = MediaHashes.of(mp4);
        JsonNode media = manifest.path("media"); //$NON-NLS-1$
        if (!now.mediaData().equals(media.path("mediaDataSha256").asText())) { //$NON-NLS-1$
            problems.add("the media data (mdat) was changed after signing"); //$NON-NLS-1$
        }
        if (!now.container().equals(media.path("containerSha256").asText())) { //$NON-NLS-1$
            problems.add("the container (moov and other boxes) was changed after signing"); //$NON-NLS-1$
        }
        boolean trusted = keyId != null && trustedKeys.contains(keyId);
        if (required.isPresent()) {
            String requiredId = SigningKey.idOf(required.get());
            trusted = requiredId.equals(keyId);
            if (!trusted) {
                problems.add("signed by key " + keyId + ", not by the required key " + requiredId); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new Verification(true, problems.isEmpty(), problems, keyId, envelope.path("signer").asText(null), trusted, manifest); //$NON-NLS-1$
    }

    /** A damaged signature may not even decode (an invalid curve point): that too is a signature that does not match. */
    private static boolean signatureMatches(PublicKey key, byte[] canonical, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519"); //$NON-NLS-1$
            verifier.initVerify(key);
            verifier.update(canonical);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Verification broken(String problem) {
        return new Verification(true, false, List.of(problem), null, null, false, null);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(""); //$NON-NLS-1$
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
