package io.tessera.core.security;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The user's Equinox secure storage for Tessera's secrets (the installation's signing key, the remote engine's token):
 * {@code HOME/secure_storage}, encrypted with a random per-user secret kept in {@code HOME/secure-storage.secret}
 * (readable by the user only), so no password prompt ever blocks a headless run. Every bundle that keeps a secret
 * opens the same store through this class, so they agree on where it is and how it is unlocked.
 */
public final class UserSecureStorage {
    private UserSecureStorage() {
    }

    /** {@code ~/.tessera}: where the store and its secret live unless a caller (a test) names another folder. */
    public static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".tessera"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether the store was ever written in {@code home}. */
    public static boolean exists(Path home) {
        return Files.exists(home.resolve("secure_storage")); //$NON-NLS-1$
    }

    /** Opens (creating if needed) the store in {@code home}. */
    public static ISecurePreferences open(Path home) throws IOException {
        Files.createDirectories(home);
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(secret(home).toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        URL location = home.resolve("secure_storage").toUri().toURL(); //$NON-NLS-1$
        ISecurePreferences root = SecurePreferencesFactory.open(location, options);
        if (root == null) {
            throw new IOException("Equinox secure storage is not available (is org.eclipse.equinox.security installed?)"); //$NON-NLS-1$
        }
        return root;
    }

    /** The random secret that encrypts the store, created atomically in a file only the user can read. */
    private static String secret(Path home) throws IOException {
        Path file = home.resolve("secure-storage.secret"); //$NON-NLS-1$
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        Path temp = home.resolve(".secure-storage.secret.tmp"); //$NON-NLS-1$
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.writeString(temp, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }
}
