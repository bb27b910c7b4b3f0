package io.tessera.engine.remote.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.engine.VideoFormat;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.registry.EngineRegistry;
import io.tessera.engine.remote.RemoteSettings;
import io.tessera.engine.remote.RemoteTokens;
import io.tessera.media.VideoFrame;
import io.tessera.watermark.provenance.ManifestVerifier;
import io.tessera.watermark.provenance.Verification;

/** The remote engine against a real server in this runtime, through the normal pipeline on both sides. */
class RemoteEngineTest {
    private static final String PROMPT = "a big red circle moves right over a sky background"; //$NON-NLS-1$
    private TestServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        System.clearProperty(RemoteSettings.NODE + "." + RemoteSettings.PRICE); //$NON-NLS-1$
    }

    private static GenerationRequest request(double seconds, long seed) {
        return GenerationRequest.builder(PROMPT).seconds(seconds).fps(8).size(64, 48).seed(seed).build();
    }

    @Test
    void aClipThroughTheServerHasTheSameFramesAsTheLocalSceneEngine() throws Exception {
        GenerationPipeline pipeline = new GenerationPipeline();
        GenerationRequest r = request(2, 7);
        GenerationResult remote = pipeline.run(new GenerationPlan(r, "remote", dir.resolve("remote.mp4"), null).withAudio(false), //$NON-NLS-1$ //$NON-NLS-2$
                new NullProgressMonitor());
        GenerationResult local = pipeline.run(new GenerationPlan(r, "scene", dir.resolve("local.mp4"), null).withAudio(false), //$NON-NLS-1$ //$NON-NLS-2$
                new NullProgressMonitor());
        assertEquals("remote", remote.engineId()); //$NON-NLS-1$
        assertTrue(remote.engineVersion().startsWith("scene "), remote.engineVersion()); //$NON-NLS-1$
        assertEquals(16, remote.frames());
        // the server marked it as the local pipeline marks the same generation: same payload
        assertEquals(local.marks().payload(), remote.marks().payload());
        assertNotNull(remote.marks().signingKey());
        List<VideoFrame> a = TestServer.frames(remote.output());
        List<VideoFrame> b = TestServer.frames(local.output());
        assertEquals(16, a.size());
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(b.get(i).rgb(), a.get(i).rgb(), "frame " + i); //$NON-NLS-1$
        }
        Verification v = ManifestVerifier.verify(remote.output(), java.util.Optional.empty(), java.util.Set.of());
        assertTrue(v.found() && v.valid(), v.problems().toString());
        assertEquals("scene", v.manifest().path("engine").path("id").asText(), v.manifest().toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(server.log.stream().anyMatch(l -> l.startsWith("POST /v1/jobs 201")), server.log.toString()); //$NON-NLS-1$
        assertTrue(server.log.stream().noneMatch(l -> l.contains(TestServer.TOKEN)), "the token is never logged"); //$NON-NLS-1$
    }

    @Test
    void framesStreamedFromTheServerAreTheSceneEnginesUpToTheCodec() throws Exception {
        GenerationRequest r = request(1, 3);
        List<VideoFrame> remote = collect(engine("remote"), r); //$NON-NLS-1$
        List<VideoFrame> scene = collect(engine("scene"), r); //$NON-NLS-1$
        assertEquals(scene.size(), remote.size());
        for (int i = 0; i < scene.size(); i++) {
            double psnr = psnr(scene.get(i).rgb(), remote.get(i).rgb());
            assertTrue(psnr > 28, "frame " + i + " PSNR " + psnr); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void cancellingTheLocalJobCancelsTheServerJob() throws Exception {
        GenerationPipeline pipeline = new GenerationPipeline();
        NullProgressMonitor monitor = new NullProgressMonitor();
        Thread canceller = new Thread(() -> {
            long end = System.currentTimeMillis() + 30_000;
            while (server.server.activeJobs() == 0 && System.currentTimeMillis() < end) {
                sleep(20);
            }
            sleep(300);
            monitor.setCanceled(true);
        });
        canceller.start();
        GenerationRequest r = GenerationRequest.builder(PROMPT).seconds(60).fps(30).size(640, 480).seed(1).build();
        long started = System.nanoTime();
        assertThrows(OperationCanceledException.class,
                () -> pipeline.run(new GenerationPlan(r, "remote", dir.resolve("cancelled.mp4"), null).withAudio(false), monitor)); //$NON-NLS-1$ //$NON-NLS-2$
        canceller.join();
        long end = System.currentTimeMillis() + 10_000;
        while (server.server.activeJobs() > 0 && System.currentTimeMillis() < end) {
            sleep(20);
        }
        assertEquals(0, server.server.activeJobs(), "the server job still runs"); //$NON-NLS-1$
        assertTrue((System.nanoTime() - started) / 1e9 < 30, "cancel took too long"); //$NON-NLS-1$
        assertTrue(server.log.stream().anyMatch(l -> l.startsWith("DELETE /v1/jobs/")), server.log.toString()); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("cancelled.mp4"))); //$NON-NLS-1$
        assertFalse(Files.exists(GenerationPipeline.partFileFor(dir.resolve("cancelled.mp4")))); //$NON-NLS-1$
    }

    @Test
    void aWrongTokenIsRefusedWith401NamedInTheMessage() throws Exception {
        new RemoteTokens().store("not-the-token"); //$NON-NLS-1$
        GenerationException e = assertThrows(GenerationException.class, () -> new GenerationPipeline()
                .run(new GenerationPlan(request(1, 1), "remote", dir.resolve("x.mp4"), null).withAudio(false), new NullProgressMonitor())); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains(server.server.url() + "/v1/engines"), e.getMessage()); //$NON-NLS-1$
        assertFalse(e.getMessage().contains("not-the-token"), "the token is not in messages"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(Files.exists(dir.resolve("x.mp4"))); //$NON-NLS-1$
    }

    @Test
    void aServerThatIsDownIsNamedWithItsUrl() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestServer.useEndpoint("http://127.0.0.1:" + port); //$NON-NLS-1$
        GenerationException e = assertThrows(GenerationException.class, () -> new GenerationPipeline()
                .run(new GenerationPlan(request(1, 1), "remote", dir.resolve("x.mp4"), null).withAudio(false), new NullProgressMonitor())); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(e instanceof InvalidRequestException, "a server that is down is not bad input"); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("http://127.0.0.1:" + port + "/v1/engines"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(e.getMessage().contains("cannot connect"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void withoutAnEndpointTheEngineIsListedButNotConfigured() throws Exception {
        TestServer.useEndpoint(null);
        assertTrue(EngineRegistry.getDefault().find("remote").isPresent()); //$NON-NLS-1$
        VideoEngine remote = engine("remote"); //$NON-NLS-1$
        assertTrue(remote.unavailableReason().startsWith("not configured"), remote.unavailableReason()); //$NON-NLS-1$
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> remote.validate(request(1, 1)));
        assertTrue(e.getMessage().contains("io.tessera.engine.remote/endpoint"), e.getMessage()); //$NON-NLS-1$
        assertTrue(EngineRegistry.getDefault().find("remote").get().problem().isEmpty(), "not configured is not broken"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theServersLimitsAreCheckedAndTheEstimateCarriesMoney() throws Exception {
        System.setProperty(RemoteSettings.NODE + "." + RemoteSettings.PRICE, "0.5"); //$NON-NLS-1$ //$NON-NLS-2$
        VideoEngine remote = engine("remote"); //$NON-NLS-1$
        CostEstimate c = remote.estimate(request(2, 1));
        assertTrue(c.computeSeconds() > 0, c.toString());
        assertEquals(c.computeSeconds() * 0.5, c.money(), 1e-9);
        assertTrue(c.basis().contains("pricePerComputeSecond"), c.basis()); //$NON-NLS-1$
        // an engine the server does not offer is refused by name
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new GenerationPipeline().run(new GenerationPlan(
                request(1, 1).toBuilder().option("engine", "nosuch").build(), "remote", dir.resolve("x.mp4"), null).withAudio(false), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("nosuch") && e.getMessage().contains("scene"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static VideoEngine engine(String id) throws GenerationException {
        return GenerationPipeline.engineOf(EngineRegistry.getDefault().find(id).orElseThrow());
    }

    private static List<VideoFrame> collect(VideoEngine engine, GenerationRequest r) throws GenerationException {
        List<VideoFrame> frames = new ArrayList<>();
        engine.validate(r);
        engine.generate(r, new FrameSink() {
            @Override
            public void open(VideoFormat format) {
                // nothing to prepare
            }

            @Override
            public void accept(VideoFrame frame) {
                frames.add(frame);
            }
        }, new NullProgressMonitor());
        return frames;
    }

    private static double psnr(byte[] a, byte[] b) {
        double se = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] & 0xff) - (b[i] & 0xff);
            se += d * d;
        }
        double mse = se / a.length;
        return mse == 0 ? 99 : 10 * Math.log10(255 * 255 / mse);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
