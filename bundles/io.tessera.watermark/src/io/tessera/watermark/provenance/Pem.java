package io.tessera.watermark.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM files as openssl writes them ({@code openssl genpkey -algorithm ed25519}, {@code openssl pkey -pubout}). */
public final class Pem {
    private Pem() {
    }

    public static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der) //$NON-NLS-1$ //$NON-NLS-2$
                + "\n-----END " + label + "-----\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static PublicKey readPublicKey(Path file) throws IOException {
        try {
            return SigningKey.publicKey(block(file, "PUBLIC KEY")); //$NON-NLS-1$
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new IOException(file + ": not an Ed25519 public key (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(block(file, "PRIVATE KEY"))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new IOException(file + ": not an Ed25519 private key in PKCS#8 (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] block(Path file, String label) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Matcher m = Pattern.compile("-----BEGIN " + label + "-----(.*?)-----END " + label + "-----", Pattern.DOTALL).matcher(text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!m.find()) {
            throw new IOException(file + ": no '" + label + "' PEM block"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Base64.getMimeDecoder().decode(m.group(1));
    }
}
