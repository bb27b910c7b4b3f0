package io.tessera.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** `tessera bench quality`: placeholder until Tessera-Bench's checker lands (it exits non-zero, never fakes a score). */
@Command(name = "quality", description = "Tessera-Bench prompt adherence (not available in this build).")
final class QualityCommand implements Callable<Integer> {
    @Override
    public Integer call() throws CliException {
        throw CliException.failed("tessera bench quality is not available in this build", null); //$NON-NLS-1$
    }
}
