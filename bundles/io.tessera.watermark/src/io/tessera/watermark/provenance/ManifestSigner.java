package io.tessera.watermark.provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.watermark.Provenance;

/**
 * Writes the provenance manifest of an MP4: what made it, the prompt and settings, parents, the watermark payload
 * and the hashes of the media data and container, signed with Ed25519 and stored in the file's manifest box.
 */
public final class ManifestSigner {
    public static final String FORMAT = "tessera-provenance/1"; //$NON-NLS-1$
    public static final String CLAIM_GENERATOR = "Tessera Studio"; //$NON-NLS-1$

    private ManifestSigner() {
    }

    public static ObjectNode sign(Path mp4, Provenance provenance, SigningKey key) throws IOException {
        MediaHashes hashes = MediaHashes.of(mp4);
        ObjectNode manifest = manifest(provenance, hashes);
        byte[] canonical = Canonical.bytes(manifest);
        ObjectNode envelope = Canonical.JSON.createObjectNode();
        envelope.put("format", FORMAT); //$NON-NLS-1$
        envelope.set("manifest", manifest); //$NON-NLS-1$
        try {
            envelope.put("manifestSha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical))); //$NON-NLS-1$ //$NON-NLS-2$
            Signature signer = Signature.getInstance("Ed25519"); //$NON-NLS-1$
            signer.initSign(key.privateKey());
            signer.update(canonical);
            envelope.put("signature", SigningKey.base64(signer.sign())); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IOException("signing failed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        envelope.put("algorithm", "Ed25519"); //$NON-NLS-1$ //$NON-NLS-2$
        envelope.put("publicKey", SigningKey.base64(key.publicKey().getEncoded())); //$NON-NLS-1$
        envelope.put("keyId", key.id()); //$NON-NLS-1$
        envelope.put("signer", key.source()); //$NON-NLS-1$
        ManifestBox.write(mp4, Canonical.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope));
        return envelope;
    }

    static ObjectNode manifest(Provenance p, MediaHashes hashes) {
        ObjectNode m = Canonical.JSON.createObjectNode();
        m.put("claimGenerator", CLAIM_GENERATOR); //$NON-NLS-1$
        m.put("action", p.action()); //$NON-NLS-1$
        m.put("created", p.created().toString()); //$NON-NLS-1$
        if (p.engineId() != null) {
            ObjectNode engine = m.putObject("engine"); //$NON-NLS-1$
            engine.put("id", p.engineId()).put("version", p.engineVersion()); //$NON-NLS-1$ //$NON-NLS-2$
            if (p.modelHash() != null) {
                engine.put("modelHash", p.modelHash()); //$NON-NLS-1$
            }
        }
        if (p.prompt() != null) {
            m.put("prompt", p.prompt()); //$NON-NLS-1$
        }
        if (p.seed() != null) {
            m.put("seed", p.seed()); //$NON-NLS-1$
        }
        ObjectNode settings = m.putObject("settings"); //$NON-NLS-1$
        for (Map.Entry<String, Object> e : p.settings().entrySet()) {
            settings.set(e.getKey(), Canonical.JSON.valueToTree(e.getValue()));
        }
        var parents = m.putArray("parents"); //$NON-NLS-1$
        for (Provenance.Parent parent : p.parents()) {
            parents.addObject().put("file", parent.file()).put("sha256", parent.sha256()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (p.payload() != null) {
            m.putObject("watermark").put("payload", p.payload()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        m.putObject("media").put("mediaDataSha256", hashes.mediaData()).put("containerSha256", hashes.container()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return m;
    }
}
