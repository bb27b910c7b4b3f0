package io.tessera.watermark.provenance;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 key pair that signs manifests, and where it came from.
 *
 * @param source "installation" or "organisation"
 */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey, String source) {

    /** The first 16 hex digits of the SHA-256 of the public key's X.509 encoding. */
    public String id() {
        return idOf(publicKey);
    }

    public static String idOf(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a PEM block, to hand to whoever verifies. */
    public String publicPem() {
        return Pem.encode("PUBLIC KEY", publicKey.getEncoded()); //$NON-NLS-1$
    }

    static PublicKey publicKey(byte[] x509) throws InvalidKeySpecException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
