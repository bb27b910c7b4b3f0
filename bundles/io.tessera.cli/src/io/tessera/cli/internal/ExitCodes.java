package io.tessera.cli.internal;

/** The exit codes of the command-line contract. */
final class ExitCodes {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int FAILED = 2;
    static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
