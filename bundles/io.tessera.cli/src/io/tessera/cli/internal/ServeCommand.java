package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.tessera.engine.remote.server.EngineServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `tessera serve`: this installation's engines over HTTP for the remote engine of other installations. Runs until
 * Ctrl-C (or SIGTERM), which cancels the running jobs and removes their files; the exit code is then 130.
 */
@Command(name = "serve", description = "Serve this installation's engines over HTTP (the /v1 API the remote engine calls) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765", description = "TCP port; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The bearer token clients must send; default: a new random one, printed.")
    String token;

    @Override
    public Integer call() throws CliException {
        if (port < 0 || port > 65535) {
            throw CliException.badInput("--port must be in 0..65535, got " + port); //$NON-NLS-1$
        }
        if (token != null && token.isBlank()) {
            throw CliException.badInput("--token is empty"); //$NON-NLS-1$
        }
        boolean generated = token == null;
        String secret = generated ? EngineServer.newToken() : token.trim();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineServer server;
        try {
            server = EngineServer.start(bind, port, secret, line -> {
                err.println("tessera serve: " + line); //$NON-NLS-1$
                err.flush();
            });
        } catch (IOException | RuntimeException e) {
            throw CliException.badInput("--bind " + bind + " --port " + port + ": cannot listen: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            err.println("tessera serve: stopped; running jobs cancelled"); //$NON-NLS-1$
            err.flush();
            stopped.countDown();
        }, "tessera-serve-stop")); //$NON-NLS-1$
        out.println("serving " + String.join(", ", server.engineIds()) + " on " + server.url()); //$NON-NLS-1$ //$NON-NLS-2$
        if (generated) {
            // printed once so the operator can hand it to clients; never logged per request
            out.println("token: " + secret); //$NON-NLS-1$
        }
        out.println("Ctrl-C stops the server."); //$NON-NLS-1$
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.CANCELLED;
    }
}
