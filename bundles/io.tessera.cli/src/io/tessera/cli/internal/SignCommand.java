package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.tessera.core.watermark.Provenance;
import io.tessera.media.MediaFormatException;
import io.tessera.media.Mp4Boxes;
import io.tessera.watermark.provenance.ManifestSigner;
import io.tessera.watermark.provenance.SigningKey;
import io.tessera.watermark.provenance.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera sign`: a signed provenance manifest for an existing MP4, and the public key to check it with. */
@Command(name = "sign", description = "Sign an MP4: write a provenance manifest (hashes of its media data and container) signed with this installation's or the organisation's Ed25519 key.")
final class SignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The MP4 to sign in place.")
    Path file;

    @Option(names = "--export-public-key", paramLabel = "OUT.pem", description = "Write the signing key's public half (PEM) for verifiers.")
    Path exportKey;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (file == null && exportKey == null) {
            throw CliException.badInput("give the MP4 to sign, or --export-public-key OUT.pem"); //$NON-NLS-1$
        }
        SigningKey key;
        try {
            key = new SigningKeys().active();
        } catch (IOException e) {
            throw CliException.failed("no signing key: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (file != null) {
            Inputs.requireFile(file);
            try {
                Mp4Boxes.checkPlayable(file);
            } catch (MediaFormatException e) {
                throw CliException.badInput(e.getMessage());
            } catch (IOException e) {
                throw CliException.badInput(file + ": " + e.getMessage()); //$NON-NLS-1$
            }
            try {
                Provenance p = new Provenance("signed", null, null, null, null, null, Map.of(), List.of(), null, Instant.now()); //$NON-NLS-1$
                ManifestSigner.sign(file, p, key);
            } catch (IOException e) {
                throw CliException.failed("could not sign " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (exportKey != null) {
            try {
                Path temp = exportKey.toAbsolutePath().resolveSibling("." + exportKey.getFileName() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
                Files.writeString(temp, key.publicPem());
                Files.move(temp, exportKey, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw CliException.badInput("--export-public-key " + exportKey + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, Json.object().put("file", file == null ? null : file.toString()).put("signed", file != null) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("keyId", key.id()).put("signer", key.source()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("publicKey", exportKey == null ? null : exportKey.toString())); //$NON-NLS-1$
        } else {
            if (file != null) {
                out.printf("%s: signed with the %s key %s%n", file, key.source(), key.id()); //$NON-NLS-1$
            }
            if (exportKey != null) {
                out.printf("public key %s written to %s%n", key.id(), exportKey); //$NON-NLS-1$
            }
        }
        return ExitCodes.OK;
    }
}
