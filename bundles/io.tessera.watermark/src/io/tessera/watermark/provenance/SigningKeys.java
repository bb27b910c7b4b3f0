package io.tessera.watermark.provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

import io.tessera.core.security.UserSecureStorage;

/**
 * The keys that sign manifests. Each installation has its own Ed25519 pair, created on first use and kept in
 * Equinox secure storage ({@code ~/.tessera/secure_storage}, encrypted with a random per-user secret readable only
 * by the user). An enterprise can make every installation sign with the organisation's key instead, through the
 * preferences {@code io.tessera.watermark/organisationKey} (PKCS#8 PEM private key) and
 * {@code io.tessera.watermark/organisationPublicKey} (its public key in PEM).
 */
public final class SigningKeys {
    public static final String NODE = "io.tessera.watermark"; //$NON-NLS-1$
    public static final String ORGANISATION_KEY = "organisationKey"; //$NON-NLS-1$
    public static final String ORGANISATION_PUBLIC_KEY = "organisationPublicKey"; //$NON-NLS-1$
    private static final String STORAGE_NODE = "io.tessera.watermark/installation-key"; //$NON-NLS-1$

    private final Path home;

    /** Keys under {@code ~/.tessera}. */
    public SigningKeys() {
        this(Path.of(System.getProperty("user.home"), ".tessera")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public SigningKeys(Path home) {
        this.home = home;
    }

    /** The organisation key when one is configured, else this installation's key (created if needed). */
    public SigningKey active() throws IOException {
        Optional<SigningKey> organisation = organisation();
        return organisation.isPresent() ? organisation.get() : installation(true).orElseThrow();
    }

    /** Ids of the keys this installation trusts: its own (if it exists) and the organisation's. */
    public Set<String> trustedIds() throws IOException {
        Set<String> ids = new HashSet<>();
        installation(false).ifPresent(k -> ids.add(k.id()));
        organisationPublicKey().ifPresent(k -> ids.add(SigningKey.idOf(k)));
        return ids;
    }

    public Optional<SigningKey> organisation() throws IOException {
        Optional<String> privatePath = preference(ORGANISATION_KEY);
        if (privatePath.isEmpty()) {
            return Optional.empty();
        }
        PublicKey publicKey = organisationPublicKey().orElseThrow(() -> new IOException(
                NODE + "/" + ORGANISATION_KEY + " is set but " + NODE + "/" + ORGANISATION_PUBLIC_KEY + " is not")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return Optional.of(new SigningKey(Pem.readPrivateKey(Path.of(privatePath.get())), publicKey, "organisation")); //$NON-NLS-1$
    }

    private Optional<PublicKey> organisationPublicKey() throws IOException {
        Optional<String> path = preference(ORGANISATION_PUBLIC_KEY);
        return path.isEmpty() ? Optional.empty() : Optional.of(Pem.readPublicKey(Path.of(path.get())));
    }

    /** This installation's key; created and stored when {@code create} and there is none yet. */
    public synchronized Optional<SigningKey> installation(boolean create) throws IOException {
        if (!create && !UserSecureStorage.exists(home)) {
            return Optional.empty();
        }
        try {
            ISecurePreferences root = open();
            ISecurePreferences node = root.node(STORAGE_NODE);
            String encodedPrivate = node.get("private", null); //$NON-NLS-1$
            String encodedPublic = node.get("public", null); //$NON-NLS-1$
            if (encodedPrivate != null && encodedPublic != null) {
                KeyFactory factory = KeyFactory.getInstance("Ed25519"); //$NON-NLS-1$
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encodedPrivate)));
                PublicKey publicKey = SigningKey.publicKey(Base64.getDecoder().decode(encodedPublic));
                return Optional.of(new SigningKey(privateKey, publicKey, "installation")); //$NON-NLS-1$
            }
            if (!create) {
                return Optional.empty();
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair(); //$NON-NLS-1$
            node.put("private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), true); //$NON-NLS-1$
            node.put("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), false); //$NON-NLS-1$
            root.flush();
            return Optional.of(new SigningKey(pair.getPrivate(), pair.getPublic(), "installation")); //$NON-NLS-1$
        } catch (StorageException e) {
            throw new IOException("secure storage in " + home + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the installation key in secure storage is damaged: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private ISecurePreferences open() throws IOException {
        return UserSecureStorage.open(home);
    }

    /** An administrator's organisation key (plugin_customization.ini) is locked: a user's setting cannot replace it. */
    private static Optional<String> preference(String key) {
        return Optional.ofNullable(io.tessera.core.policy.AdminPolicy.value(NODE, key));
    }
}
