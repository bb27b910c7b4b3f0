package io.tessera.engine.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tessera.engine.remote.RemoteClient;
import io.tessera.engine.remote.RemoteEngineInfo;
import io.tessera.engine.remote.RemoteException;
import io.tessera.engine.remote.RemoteSettings;

/** The /v1 API as any HTTP client sees it: engines, errors that name the field, authentication, cancelling. */
class ServerApiTest {
    private TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void listsTheEnginesWithCapabilitiesAndLimitsButNotItself() throws Exception {
        java.util.List<RemoteEngineInfo> engines = new RemoteClient(RemoteSettings.of(server.server.url()), TestServer.TOKEN).engines();
        RemoteEngineInfo scene = engines.stream().filter(e -> e.id().equals("scene")).findFirst().orElseThrow(); //$NON-NLS-1$
        assertTrue(scene.capabilities().contains("t2v"), scene.toString()); //$NON-NLS-1$
        assertEquals(60, scene.limits().maxSeconds());
        assertTrue(engines.stream().noneMatch(e -> e.id().equals("remote")), engines.toString()); //$NON-NLS-1$
    }

    @Test
    void badRequestsAre4xxWithAJsonErrorNamingTheField() throws Exception {
        assertError(post("/v1/jobs", "{not json"), 400, null); //$NON-NLS-1$ //$NON-NLS-2$
        assertError(post("/v1/jobs", "{\"prompt\": \"a red circle\", \"engine\": \"nosuch\"}"), 400, "engine"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertError(post("/v1/jobs", "{\"prompt\": \"a red circle\", \"seconds\": 100}"), 400, "seconds"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertError(post("/v1/jobs", "{\"prompt\": \"a red circle\", \"size\": \"big\"}"), 400, "size"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertError(post("/v1/jobs", "{\"prompt\": \"a red circle\", \"fps\": 1000}"), 400, "fps"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertError(post("/v1/jobs", "{\"promt\": \"typo\"}"), 400, "promt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertError(post("/v1/estimate", "{\"seconds\": 2}"), 400, "prompt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertError(send(HttpRequest.newBuilder(url("/v1/jobs/nosuch")).header("Authorization", "Bearer " + TestServer.TOKEN).GET()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                404, "id"); //$NON-NLS-1$
    }

    @Test
    void everyRequestNeedsTheToken() throws Exception {
        assertError(send(HttpRequest.newBuilder(url("/v1/engines")).GET()), 401, null); //$NON-NLS-1$
        assertError(send(HttpRequest.newBuilder(url("/v1/engines")).header("Authorization", "Bearer " + TestServer.TOKEN + "x").GET()), 401, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        RemoteException e = org.junit.jupiter.api.Assertions.assertThrows(RemoteException.class,
                () -> new RemoteClient(RemoteSettings.of(server.server.url()), "wrong").engines()); //$NON-NLS-1$
        assertEquals(401, e.status());
        assertTrue(e.getMessage().startsWith("GET " + server.server.url() + "/v1/engines: HTTP 401"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void deleteCancelsARunningJobAndItsResultIsGone() throws Exception {
        RemoteClient client = new RemoteClient(RemoteSettings.of(server.server.url()), TestServer.TOKEN);
        String id = client.submit(io.tessera.core.engine.GenerationRequest.builder("a red circle").seconds(60).fps(30).size(640, 480).build(), //$NON-NLS-1$
                "scene", io.tessera.core.watermark.Marking.ALL, false); //$NON-NLS-1$
        long end = System.currentTimeMillis() + 30_000;
        while (!client.status(id).state().equals("running") && System.currentTimeMillis() < end) { //$NON-NLS-1$
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertTrue(client.status(id).progress() < 1);
        client.cancel(id);
        end = System.currentTimeMillis() + 10_000;
        while (server.server.activeJobs() > 0 && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertEquals("cancelled", client.status(id).state()); //$NON-NLS-1$
        assertEquals(0, server.server.activeJobs());
        RemoteException e = org.junit.jupiter.api.Assertions.assertThrows(RemoteException.class, () -> client.download(id, java.nio.file.Files.createTempFile("x", ".mp4"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(409, e.status());
    }

    private URI url(String path) {
        return URI.create(server.server.url() + path);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + TestServer.TOKEN) //$NON-NLS-1$ //$NON-NLS-2$
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> r, int status, String field) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode e = WireFormat.MAPPER.readTree(r.body());
        assertTrue(e.hasNonNull("error"), r.body()); //$NON-NLS-1$
        if (field != null) {
            assertEquals(field, e.path("field").asText(), r.body()); //$NON-NLS-1$
        }
    }
}
