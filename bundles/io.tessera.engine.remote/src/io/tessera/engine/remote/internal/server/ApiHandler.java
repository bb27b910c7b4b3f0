package io.tessera.engine.remote.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.tessera.engine.remote.RemoteJobStatus;
import io.tessera.engine.remote.internal.WireError;
import io.tessera.engine.remote.internal.WireFormat;

/**
 * The /v1 API: checks the bearer token, routes, and answers JSON (the result as video/mp4). Every error is JSON
 * naming the field when a field is at fault. Logs one line per request, never the token.
 */
public final class ApiHandler implements HttpHandler {
    private static final int MAX_BODY = 1 << 20;
    private final ServerJobs jobs;
    private final byte[] tokenDigest;
    private final Consumer<String> log;

    public ApiHandler(ServerJobs jobs, String token, Consumer<String> log) {
        this.jobs = jobs;
        this.tokenDigest = sha256(token);
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        int status;
        try {
            status = route(exchange);
        } catch (WireError e) {
            status = e.status();
            send(exchange, status, e.json());
        } catch (RuntimeException e) {
            status = 500;
            send(exchange, status, new WireError(500, null, "internal error: " + e).json()); //$NON-NLS-1$
        } finally {
            exchange.close();
        }
        log.accept(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + status); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private int route(HttpExchange x) throws IOException, WireError {
        if (!authorised(x)) {
            x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"tessera\""); //$NON-NLS-1$ //$NON-NLS-2$
            throw new WireError(401, null, "missing or wrong bearer token (Authorization: Bearer TOKEN, the token tessera serve printed)"); //$NON-NLS-1$
        }
        String method = x.getRequestMethod();
        String[] parts = x.getRequestURI().getPath().replaceAll("/+$", "").split("/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // "", "v1", resource[, id[, "result"]]
        if (parts.length < 3 || !parts[1].equals("v1")) { //$NON-NLS-1$
            throw new WireError(404, null, "no such resource: " + x.getRequestURI().getPath()); //$NON-NLS-1$
        }
        String resource = parts[2];
        if (parts.length == 3 && resource.equals("engines")) { //$NON-NLS-1$
            expect(method, "GET"); //$NON-NLS-1$
            return send(x, 200, jobs.engines());
        }
        if (parts.length == 3 && resource.equals("estimate")) { //$NON-NLS-1$
            expect(method, "POST"); //$NON-NLS-1$
            return send(x, 200, jobs.estimate(WireFormat.job(body(x))));
        }
        if (parts.length == 3 && resource.equals("jobs")) { //$NON-NLS-1$
            expect(method, "POST"); //$NON-NLS-1$
            ObjectNode created = jobs.submit(WireFormat.job(body(x)));
            x.getResponseHeaders().set("Location", "/v1/jobs/" + created.get("id").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return send(x, 201, created);
        }
        if (resource.equals("jobs") && (parts.length == 4 || parts.length == 5 && parts[4].equals("result"))) { //$NON-NLS-1$ //$NON-NLS-2$
            ServerJob job = jobs.job(parts[3]).orElseThrow(() -> new WireError(404, "id", "no job " + parts[3])); //$NON-NLS-1$ //$NON-NLS-2$
            if (parts.length == 5) {
                expect(method, "GET"); //$NON-NLS-1$
                return result(x, job);
            }
            if (method.equals("DELETE")) { //$NON-NLS-1$
                job.cancel();
                return send(x, 200, WireFormat.MAPPER.createObjectNode().put("id", job.id()).put("state", job.state())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            expect(method, "GET"); //$NON-NLS-1$
            return send(x, 200, job.json());
        }
        throw new WireError(404, null, "no such resource: " + x.getRequestURI().getPath()); //$NON-NLS-1$
    }

    private static int result(HttpExchange x, ServerJob job) throws IOException, WireError {
        Path file = job.resultFile();
        if (file == null || !Files.exists(file)) {
            throw new WireError(409, null, "job " + job.id() + " is " + job.state() + ", not " + RemoteJobStatus.DONE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        x.getResponseHeaders().set("Content-Type", "video/mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        x.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = x.getResponseBody()) {
            Files.copy(file, out);
        }
        return 200;
    }

    /** Compares digests so neither the token's content nor its length leaks through timing. */
    private boolean authorised(HttpExchange x) {
        String header = x.getRequestHeaders().getFirst("Authorization"); //$NON-NLS-1$
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) { //$NON-NLS-1$
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).trim()));
    }

    private static void expect(String method, String allowed) throws WireError {
        if (!method.equals(allowed)) {
            throw new WireError(405, null, method + " is not allowed here; use " + allowed); //$NON-NLS-1$
        }
    }

    private static JsonNode body(HttpExchange x) throws IOException, WireError {
        try (InputStream in = x.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new WireError(413, null, "the body is larger than " + MAX_BODY + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return WireFormat.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw WireError.badRequest(null, "the body is not JSON: " + e.getOriginalMessage()); //$NON-NLS-1$
        }
    }

    private static int send(HttpExchange x, int status, ObjectNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
