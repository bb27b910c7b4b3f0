package io.tessera.engine.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.FinishedClip;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.watermark.Marking;
import io.tessera.engine.remote.internal.WireFormat;

/**
 * Talks to a Tessera server's /v1 API ({@code tessera serve}). Every failure is a {@link RemoteException} naming the
 * method, the URL and the HTTP status. The token goes only into the Authorization header, never into a message.
 */
public final class RemoteClient {
    private final RemoteSettings settings;
    private final String token;
    private final HttpClient http;

    public RemoteClient(RemoteSettings settings, String token) {
        this.settings = settings;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI endpoint() {
        return settings.endpoint();
    }

    public List<RemoteEngineInfo> engines() throws RemoteException {
        return WireFormat.engines(json(request("/v1/engines").GET(), "GET", "/v1/engines")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The server's estimate of the job (compute seconds and memory on the server; money is the caller's business). */
    public CostEstimate estimate(GenerationRequest r, String engine) throws RemoteException {
        JsonNode e = post("/v1/estimate", WireFormat.job(r, engine, Marking.ALL, false).toString()); //$NON-NLS-1$
        return CostEstimate.local(e.path("computeSeconds").asDouble(), e.path("peakMemoryBytes").asLong(), //$NON-NLS-1$ //$NON-NLS-2$
                "server engine " + e.path("engine").asText() + ": " + e.path("basis").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Submits a job and returns its id. */
    public String submit(GenerationRequest r, String engine, Marking marking, boolean audio) throws RemoteException {
        return post("/v1/jobs", WireFormat.job(r, engine, marking, audio).toString()).path("id").asText(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public RemoteJobStatus status(String id) throws RemoteException {
        String path = "/v1/jobs/" + id; //$NON-NLS-1$
        JsonNode s = json(request(path).GET(), "GET", path); //$NON-NLS-1$
        FinishedClip clip = null;
        if (RemoteJobStatus.DONE.equals(s.path("state").asText())) { //$NON-NLS-1$
            JsonNode r = s.path("result"); //$NON-NLS-1$
            clip = new FinishedClip(r.path("frames").asInt(), r.path("engine").asText() + " " + r.path("engineVersion").asText(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    strings(r.path("watermark").path("applied")), textOrNull(r.path("watermark").path("payload")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    textOrNull(r.path("watermark").path("signingKey")), textOrNull(r.path("sound").path("generator")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    strings(r.path("sound").path("warnings"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new RemoteJobStatus(s.path("id").asText(), s.path("state").asText(), s.path("progress").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                s.path("message").asText(""), s.path("badRequest").asBoolean(), clip); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Downloads a done job's MP4 to {@code target} (replaced). */
    public void download(String id, Path target) throws RemoteException {
        String path = "/v1/jobs/" + id + "/result"; //$NON-NLS-1$ //$NON-NLS-2$
        HttpResponse<InputStream> response = send(request(path).GET(), HttpResponse.BodyHandlers.ofInputStream(), "GET", path); //$NON-NLS-1$
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw failure("GET", path, response.statusCode(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)); //$NON-NLS-1$
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (e instanceof RemoteException r) {
                throw r;
            }
            throw new RemoteException("GET " + url(path) + ": the download broke off: " + e.getMessage(), 0, null, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Cancels a job; a job that is already gone is fine. */
    public void cancel(String id) throws RemoteException {
        String path = "/v1/jobs/" + id; //$NON-NLS-1$
        HttpResponse<String> r = send(request(path).DELETE(), HttpResponse.BodyHandlers.ofString(), "DELETE", path); //$NON-NLS-1$
        if (r.statusCode() != 200 && r.statusCode() != 404) {
            throw failure("DELETE", path, r.statusCode(), r.body()); //$NON-NLS-1$
        }
    }

    private JsonNode post(String path, String body) throws RemoteException {
        return json(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), "POST", path); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(settings.requestTimeout());
        if (token != null) {
            b.header("Authorization", "Bearer " + token); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b;
    }

    private JsonNode json(HttpRequest.Builder b, String method, String path) throws RemoteException {
        HttpResponse<String> r = send(b, HttpResponse.BodyHandlers.ofString(), method, path);
        if (r.statusCode() / 100 != 2) {
            throw failure(method, path, r.statusCode(), r.body());
        }
        try {
            return WireFormat.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new RemoteException(method + " " + url(path) + ": HTTP " + r.statusCode() + " but the answer is not JSON: " + e.getMessage(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    r.statusCode(), null, e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler, String method, String path) throws RemoteException {
        try {
            return http.send(b.build(), handler);
        } catch (HttpConnectTimeoutException e) {
            throw new RemoteException(method + " " + url(path) + ": no connection within " + settings.connectTimeout().toSeconds() + " s", 0, null, e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (HttpTimeoutException e) {
            throw new RemoteException(method + " " + url(path) + ": no answer within " + settings.requestTimeout().toSeconds() + " s", 0, null, e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (ConnectException e) {
            throw new RemoteException(method + " " + url(path) + ": cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "): is the server running?", 0, null, e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new RemoteException(method + " " + url(path) + ": " + e, 0, null, e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(method + " " + url(path) + ": interrupted", 0, null, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private RemoteException failure(String method, String path, int status, String body) {
        String said = body == null ? "" : body.strip(); //$NON-NLS-1$
        String field = null;
        try {
            JsonNode e = WireFormat.MAPPER.readTree(said);
            if (e != null && e.hasNonNull("error")) { //$NON-NLS-1$
                said = e.get("error").asText(); //$NON-NLS-1$
                field = e.hasNonNull("field") ? e.get("field").asText() : null; //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (IOException e) {
            // not JSON (a proxy's page): show its start
            said = said.length() > 200 ? said.substring(0, 200) + "..." : said; //$NON-NLS-1$
        }
        String hint = status == 401 ? " (the token was refused: check the token in Preferences > Tessera > Remote or " + RemoteTokens.ENVIRONMENT + ")" //$NON-NLS-1$ //$NON-NLS-2$
                : ""; //$NON-NLS-1$
        return new RemoteException(method + " " + url(path) + ": HTTP " + status + (said.isEmpty() ? "" : ": " + said) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (field == null ? "" : " [field " + field + "]") + hint, status, field, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String url(String path) {
        return settings.endpoint().toString() + path;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
