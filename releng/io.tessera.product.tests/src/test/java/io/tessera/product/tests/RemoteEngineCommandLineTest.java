package io.tessera.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two installations' worth of processes: {@code bin/tessera serve --port 0} in one, {@code bin/tessera generate
 * --engine remote} in another, told the server's URL by -Dio.tessera.engine.remote.endpoint (TESSERA_VMARGS) and its
 * token by TESSERA_REMOTE_TOKEN. The clip comes back as a real, signed MP4; Ctrl-C stops the server with 130.
 */
class RemoteEngineCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Process server;
    private String url;
    private String token;

    @BeforeEach
    void serve() throws Exception {
        Assumptions.assumeTrue(Tessera.installed(), "the product must be built first");
        // its own OSGi state: two running instances must not share one configuration area
        server = Tessera.start(Tessera.HOME, Tessera.STATE.resolveSibling("tessera-state-serve"), dir, "serve", "--port", "0");
        server.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("^serving (.+) on (http://\\S+)$");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null && token == null;) {
            seen.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.matches()) {
                assertTrue(m.group(1).contains("scene"), line);
                assertFalse(m.group(1).contains("remote"), "a server does not serve its own remote engine: " + line);
                url = m.group(2);
            } else if (line.startsWith("token: ")) {
                token = line.substring(7).trim();
            }
        }
        assertTrue(url != null && token != null && token.length() >= 32, "serve printed: " + seen);
    }

    @AfterEach
    void stop() throws Exception {
        Tessera.EXTRA_VMARGS.remove();
        Tessera.EXTRA_ENV.remove();
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void generateThroughTheServerGivesARealSignedClipAndCtrlCStopsTheServer() throws Exception {
        Tessera.EXTRA_VMARGS.set("-Dio.tessera.engine.remote.endpoint=" + url + " -Dio.tessera.engine.remote.pricePerComputeSecond=0.25");
        Tessera.EXTRA_ENV.set(Map.of("TESSERA_REMOTE_TOKEN", token));
        Path out = dir.resolve("remote.mp4");
        Tessera.Result gen = Tessera.run(dir, "generate", "--engine", "remote", "--prompt", "a big red circle moves right over a sky background",
                "--seconds", "2", "--fps", "8", "--size", "96x64", "--seed", "5", "--no-audio", "--option", "engine=scene", "-o", out.toString(), "--json");
        assertEquals(0, gen.exitCode(), gen.out() + gen.err());
        JsonNode r = JSON.readTree(gen.out());
        assertEquals("remote", r.get("engine").asText());
        assertTrue(r.get("engineVersion").asText().startsWith("scene "), r.toString());
        assertEquals(16, r.get("frames").asInt());
        assertTrue(r.path("watermark").hasNonNull("payload") && r.path("watermark").hasNonNull("signingKey"), r.toString());

        int frames = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(out.toFile())) {
            grabber.start();
            assertEquals(96, grabber.getImageWidth());
            assertEquals(64, grabber.getImageHeight());
            for (Frame f; (f = grabber.grabImage()) != null;) {
                frames++;
            }
        }
        assertEquals(16, frames);

        Tessera.EXTRA_VMARGS.remove();
        Tessera.EXTRA_ENV.remove();
        Tessera.Result verify = Tessera.run(dir, "verify", out.toString(), "--json");
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(JSON.readTree(verify.out()).get("valid").asBoolean(), verify.out());

        // the estimate asks the server and prices its compute seconds
        Tessera.EXTRA_VMARGS.set("-Dio.tessera.engine.remote.endpoint=" + url + " -Dio.tessera.engine.remote.pricePerComputeSecond=0.25");
        Tessera.EXTRA_ENV.set(Map.of("TESSERA_REMOTE_TOKEN", token));
        Tessera.Result estimate = Tessera.run(dir, "estimate", "--engine", "remote", "--prompt", "a red circle", "--seconds", "4",
                "--option", "engine=scene", "--json");
        assertEquals(0, estimate.exitCode(), estimate.out() + estimate.err());
        JsonNode e = JSON.readTree(estimate.out());
        assertEquals(e.get("computeSeconds").asDouble() * 0.25, e.get("money").asDouble(), 1e-9);
        assertTrue(e.get("money").asDouble() > 0, e.toString());

        // a wrong token: the job fails (exit 2) and says 401 with the URL
        Tessera.EXTRA_ENV.set(Map.of("TESSERA_REMOTE_TOKEN", "bogus-token-42"));
        Tessera.Result refused = Tessera.run(dir, "generate", "--engine", "remote", "--prompt", "a red circle", "--seconds", "1",
                "--size", "64x64", "--fps", "8", "-o", dir.resolve("refused.mp4").toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("HTTP 401") && refused.err().contains(url), refused.err());
        assertFalse(refused.err().contains("bogus-token-42"), "the token is not echoed: " + refused.err());

        new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "serve exits after Ctrl-C");
        assertEquals(130, server.exitValue());
        String log = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(log.contains("POST /v1/jobs 201") && log.contains("GET /v1/engines 401"), log);
        assertTrue(log.contains("stopped"), log);
        assertFalse(log.contains(token), "the token is not logged");
    }

    @Test
    void withoutAnEndpointEnginesListsRemoteAsUnavailable() throws Exception {
        Tessera.Result engines = Tessera.run(dir, "engines", "--json");
        assertEquals(0, engines.exitCode(), engines.err());
        JsonNode root = JSON.readTree(engines.out());
        JsonNode remote = null;
        for (JsonNode e : root.get("engines")) {
            if (e.get("id").asText().equals("remote")) {
                remote = e;
            }
        }
        assertTrue(remote != null, engines.out());
        assertFalse(remote.get("available").asBoolean(), remote.toString());
        assertTrue(remote.get("unavailable").asText().startsWith("not configured"), remote.toString());
        assertFalse(remote.has("problem"), "unavailable is not broken: " + remote);
        assertEquals(0, root.get("problems").size(), engines.out());

        Tessera.Result gen = Tessera.run(dir, "generate", "--engine", "remote", "--prompt", "a red circle", "--seconds", "1",
                "-o", dir.resolve("x.mp4").toString());
        assertEquals(1, gen.exitCode(), gen.err());
        assertTrue(gen.err().contains("not configured") && gen.err().contains("io.tessera.engine.remote/endpoint"), gen.err());
    }
}
