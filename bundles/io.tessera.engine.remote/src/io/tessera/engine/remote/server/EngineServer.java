package io.tessera.engine.remote.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;

import io.tessera.core.registry.EngineRegistry;
import io.tessera.engine.remote.internal.server.ApiHandler;
import io.tessera.engine.remote.internal.server.ServerJobs;

/**
 * Serves this installation's engines over HTTP (the /v1 API the {@code remote} engine calls): what {@code tessera
 * serve} runs. Every request needs the bearer token. Jobs run through the normal generation pipeline, so results carry
 * the watermarks and the signed manifest of this installation.
 */
public final class EngineServer implements AutoCloseable {
    private final HttpServer http;
    private final ServerJobs jobs;
    private final ExecutorService handlers;

    private EngineServer(HttpServer http, ServerJobs jobs, ExecutorService handlers) {
        this.http = http;
        this.jobs = jobs;
        this.handlers = handlers;
    }

    /**
     * Starts serving on {@code bind}:{@code port} (0 picks a free port).
     *
     * @param log receives one line per request (method, path, status); never the token
     */
    public static EngineServer start(String bind, int port, String token, Consumer<String> log) throws IOException {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a server needs a token"); //$NON-NLS-1$
        }
        ServerJobs jobs = new ServerJobs(EngineRegistry.getDefault(), Files.createTempDirectory("tessera-serve-")); //$NON-NLS-1$
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 16);
        ExecutorService handlers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "tessera-serve-http"); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        http.createContext("/", new ApiHandler(jobs, token, log)); //$NON-NLS-1$
        http.setExecutor(handlers);
        http.start();
        return new EngineServer(http, jobs, handlers);
    }

    /** A random token of 256 bits, URL-safe. */
    public static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The base URL clients use (the endpoint preference of the remote engine). */
    public URI url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress(); //$NON-NLS-1$
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** Ids of the engines served. */
    public java.util.List<String> engineIds() {
        return jobs.offered().stream().map(io.tessera.core.registry.EngineDescriptor::id).toList();
    }

    /** Jobs queued or running now. */
    public int activeJobs() {
        return jobs.active();
    }

    /** Stops accepting requests, cancels the jobs and removes their files. */
    @Override
    public void close() {
        http.stop(0);
        jobs.close();
        handlers.shutdownNow();
    }
}
