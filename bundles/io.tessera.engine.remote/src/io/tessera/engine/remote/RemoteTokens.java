package io.tessera.engine.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

import io.tessera.core.security.UserSecureStorage;

/**
 * The bearer token for the remote server, kept encrypted in Equinox secure storage, never in preferences or logs.
 * It is the same store as the installation's signing key ({@code ~/.tessera/secure_storage}, opened through
 * io.tessera.core's UserSecureStorage like io.tessera.watermark's SigningKeys). A script may pass
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
        if (!UserSecureStorage.exists(home)) {
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
        return UserSecureStorage.open(home);
    }
}
