package io.tessera.cli.internal;

/** A failure the command reports in one line and turns into an exit code. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException badInput(String message) {
        return new CliException(ExitCodes.BAD_INPUT, message);
    }

    static CliException failed(String message, Throwable cause) {
        return new CliException(ExitCodes.FAILED, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
