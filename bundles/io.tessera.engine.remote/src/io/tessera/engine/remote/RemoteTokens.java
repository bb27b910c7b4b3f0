package io.tessera.engine.remote;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The bearer token for the remote server, kept encrypted in Equinox secure storage, never in preferences or logs.
 * It is the same store as the installation's signing key ({@code ~/.tessera/secure_storage}, opened with the same
 * per-user secret file as io.tessera.watermark's SigningKeys, which must stay in step with this). A script may pass
 * the token in the environment variable {@value #ENVIRONMENT} instead (not a system property: those show in
 * {@code ps}).
 */
public final class RemoteTokens {
    public static final String ENVIRONMENT = "TESSERA_REMOTE_TOKEN"; //$NON-NLS-1$
    private static final String STORAGE_NODE = "io.tessera.engine.remote"; //$NON-NLS-1$
    private static final String KEY = "token"; //$NON-NLS-1$

    private final Path home;

    /** Tokens under {@code ~/.tessera}. */
    public RemoteTokens() {
        this(Path.of(System.getProperty("user.home"), ".tessera")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public RemoteTokens(Path home) {
        this.home = home;
    }

    /** The environment's token if set, else the stored one. */
    public Optional<String> token() throws IOException {
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return Optional.of(env.trim());
        }
        return stored();
    }

    public synchronized Optional<String> stored() throws IOException {
        if (!Files.exists(home.resolve("secure_storage"))) { //$NON-NLS-1$
            return Optional.empty();
        }
        try {
            String t = open().node(STORAGE_NODE).get(KEY, null);
            return t == null || t.isBlank() ? Optional.empty() : Optional.of(t);
        } catch (StorageException e) {
            throw new IOException("secure storage in " + home + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Stores the token encrypted; a blank one removes it. */
    public synchronized void store(String token) throws IOException {
        try {
            ISecurePreferences root = open();
            ISecurePreferences node = root.node(STORAGE_NODE);
            if (token == null || token.isBlank()) {
                node.remove(KEY);
            } else {
                node.put(KEY, token.trim(), true);
            }
            root.flush();
        } catch (StorageException e) {
            throw new IOException("secure storage in " + home + " cannot be written: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private ISecurePreferences open() throws IOException {
        Files.createDirectories(home);
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(secret().toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        URL location = home.resolve("secure_storage").toUri().toURL(); //$NON-NLS-1$
        ISecurePreferences root = SecurePreferencesFactory.open(location, options);
        if (root == null) {
            throw new IOException("Equinox secure storage is not available (is org.eclipse.equinox.security installed?)"); //$NON-NLS-1$
        }
        return root;
    }

    /** The random per-user secret that encrypts the store, created readable only by the user (as SigningKeys does). */
    private String secret() throws IOException {
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
        Files.writeString(temp, secret, StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }
}
