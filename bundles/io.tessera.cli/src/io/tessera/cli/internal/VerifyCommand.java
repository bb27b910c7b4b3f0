package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.media.MediaFormatException;
import io.tessera.watermark.provenance.ManifestVerifier;
import io.tessera.watermark.provenance.Pem;
import io.tessera.watermark.provenance.SigningKeys;
import io.tessera.watermark.provenance.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera verify`: checks a file's signed manifest offline. */
@Command(name = "verify", description = "Verify an MP4's provenance manifest: its signature and the hashes of the media data and container. Exit 0 when valid or when the file has no manifest, 1 when something changed.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The MP4 to check.")
    Path file;

    @Option(names = "--key", paramLabel = "PUBLIC.pem", description = "Require the manifest to be signed with this Ed25519 public key.")
    Path key;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        Inputs.requireFile(file);
        Optional<PublicKey> required = Optional.empty();
        if (key != null) {
            try {
                required = Optional.of(Pem.readPublicKey(key));
            } catch (IOException e) {
                throw CliException.badInput("--key " + e.getMessage()); //$NON-NLS-1$
            }
        }
        Verification v;
        try {
            v = ManifestVerifier.verify(file, required, new SigningKeys().trustedIds());
        } catch (MediaFormatException e) {
            throw CliException.badInput(e.getMessage());
        } catch (IOException e) {
            throw CliException.badInput(file + ": " + e.getMessage()); //$NON-NLS-1$
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object().put("file", file.toString()).put("found", v.found()).put("valid", v.valid()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            o.putPOJO("problems", v.problems()); //$NON-NLS-1$
            o.put("keyId", v.keyId()).put("signer", v.signer()).put("trusted", v.trusted()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            o.set("manifest", v.manifest()); //$NON-NLS-1$
            Json.print(out, o);
        } else if (!v.found()) {
            out.printf("%s: no Tessera provenance manifest found (unsigned, or made by other software)%n", file); //$NON-NLS-1$
        } else if (v.valid()) {
            out.printf("%s: valid manifest (%s), signed by the %s key %s%s%n", file, v.manifest().path("action").asText(), //$NON-NLS-1$ //$NON-NLS-2$
                    v.signer(), v.keyId(), v.trusted() ? " (trusted)" : " (not a key this installation knows)"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.printf("%s: manifest INVALID:%n", file); //$NON-NLS-1$
            v.problems().forEach(p -> out.printf("  - %s%n", p)); //$NON-NLS-1$
        }
        if (v.found() && !v.valid()) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
