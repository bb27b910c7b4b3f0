package io.tessera.engine.remote.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.FinishedClip;
import io.tessera.core.engine.FinishedClipEngine;
import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.watermark.Marking;
import io.tessera.engine.remote.RemoteClient;
import io.tessera.engine.remote.RemoteEngineInfo;
import io.tessera.engine.remote.RemoteException;
import io.tessera.engine.remote.RemoteSettings;
import io.tessera.engine.remote.RemoteTokens;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * The engine {@code remote}: sends the job to a Tessera server and brings back the clip that server's pipeline
 * finished (marked, signed, with sound), so the local pipeline only moves and records it. Frames are decoded from
 * that file only where a caller wants frames (single images). The server's engines are asked for once per endpoint.
 */
public final class RemoteEngine implements FinishedClipEngine {
    /** {@code --option engine=ID}: which of the server's engines to use (else the preference, else the server's default). */
    public static final String OPT_ENGINE = "engine"; //$NON-NLS-1$
    private final Map<URI, List<RemoteEngineInfo>> engines = new ConcurrentHashMap<>();
    private final RemoteTokens tokens;

    public RemoteEngine() {
        this(new RemoteTokens());
    }

    RemoteEngine(RemoteTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String unavailableReason() {
        try {
            return RemoteSettings.current().configured() ? null : notConfigured();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public void validate(GenerationRequest request) throws InvalidRequestException {
        Connection c = connect(request);
        if (request.source().isPresent()) {
            throw new InvalidRequestException("--from: the remote engine cannot start from an image or video (the /v1 API uploads no files)"); //$NON-NLS-1$
        }
        // the server is asked once; when it cannot be reached now, generate() reports that with the URL
        List<RemoteEngineInfo> known = engines.get(c.settings().endpoint());
        if (known != null) {
            choose(c, known, request).limits().check(request);
        }
    }

    @Override
    public FinishedClip deliver(GenerationRequest request, Marking marking, boolean audio, Path target, IProgressMonitor monitor)
            throws GenerationException {
        Connection c = connect(request);
        SubMonitor progress = SubMonitor.convert(monitor, "Generating on " + c.settings().endpoint(), 100); //$NON-NLS-1$
        try {
            RemoteEngineInfo info = choose(c, engines(c), request);
            info.limits().check(request);
            GenerationRequest forwarded = forwarded(request);
            String id = c.client().submit(forwarded, info.id(), marking, audio);
            FinishedClip clip = new JobWatcher(c.client(), id, c.settings().jobTimeout()).await(progress.split(90));
            progress.subTask("Downloading the clip from " + c.settings().endpoint()); //$NON-NLS-1$
            c.client().download(id, target);
            progress.done();
            return clip;
        } catch (RemoteException e) {
            throw e.isBadRequest() ? new InvalidRequestException(e.getMessage()) : new GenerationException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(GenerationRequest request, FrameSink sink, IProgressMonitor monitor) throws GenerationException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Path file = null;
        try {
            file = Files.createTempFile("tessera-remote-", ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$
            // the caller's pipeline marks and sounds what it is given: ask the server for bare frames
            deliver(request, Marking.NONE, false, file, progress.split(80));
            try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
                sink.open(request.format());
                SubMonitor frames = progress.split(20).setWorkRemaining(request.frameCount());
                for (VideoFrame f = reader.nextFrame(); f != null; f = reader.nextFrame()) {
                    if (frames.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    sink.accept(f);
                    frames.worked(1);
                }
            }
        } catch (IOException e) {
            throw new GenerationException("reading the clip from " + RemoteSettings.current().endpoint() + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /**
     * The server's figures for compute and memory, and money at the configured price per compute-second. A server that
     * cannot be reached is an UncheckedIOException naming it: there is no honest figure to give.
     */
    @Override
    public CostEstimate estimate(GenerationRequest request) {
        try {
            Connection c = connect(request);
            RemoteEngineInfo info = choose(c, engines(c), request);
            CostEstimate server = c.client().estimate(forwarded(request), info.id());
            RemoteSettings s = c.settings();
            double money = server.computeSeconds() * s.pricePerComputeSecond();
            return new CostEstimate(server.computeSeconds(), server.peakMemoryBytes(), money, s.currency(), server.basis()
                    + String.format(java.util.Locale.ROOT, "; %.4f %s per compute-second (%s/%s)", s.pricePerComputeSecond(), s.currency(), //$NON-NLS-1$
                            RemoteSettings.NODE, RemoteSettings.PRICE));
        } catch (RemoteException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidRequestException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    @Override
    public String version() {
        return "remote-1"; //$NON-NLS-1$
    }

    /** The server's engines, asked for once per endpoint. */
    List<RemoteEngineInfo> engines(Connection c) throws RemoteException {
        List<RemoteEngineInfo> known = engines.get(c.settings().endpoint());
        if (known == null) {
            known = c.client().engines();
            engines.put(c.settings().endpoint(), known);
        }
        return known;
    }

    private static RemoteEngineInfo choose(Connection c, List<RemoteEngineInfo> offered, GenerationRequest request) throws InvalidRequestException {
        String wanted = request.options().getOrDefault(OPT_ENGINE, c.settings().engine());
        if (offered.isEmpty()) {
            throw new InvalidRequestException("the server at " + c.settings().endpoint() + " offers no engine"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (wanted == null) {
            return offered.stream().filter(RemoteEngineInfo::isDefault).findFirst().orElse(offered.get(0));
        }
        return offered.stream().filter(i -> i.id().equals(wanted)).findFirst().orElseThrow(() -> new InvalidRequestException(
                "--option engine=" + wanted + ": the server at " + c.settings().endpoint() + " offers " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + String.join(", ", offered.stream().map(RemoteEngineInfo::id).toList()))); //$NON-NLS-1$
    }

    /** The request without the options only this engine reads. */
    private static GenerationRequest forwarded(GenerationRequest request) {
        if (!request.options().containsKey(OPT_ENGINE)) {
            return request;
        }
        GenerationRequest.Builder b = GenerationRequest.builder(request.prompt()).seconds(request.seconds()).fps(request.fps())
                .size(request.width(), request.height()).seed(request.seed()).steps(request.steps()).guidance(request.guidance())
                .strength(request.strength());
        request.options().forEach((k, v) -> {
            if (!k.equals(OPT_ENGINE)) {
                b.option(k, v);
            }
        });
        return b.build();
    }

    private Connection connect(GenerationRequest request) throws InvalidRequestException {
        RemoteSettings s;
        try {
            s = RemoteSettings.current();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (!s.configured()) {
            throw new InvalidRequestException(notConfigured());
        }
        String token;
        try {
            token = tokens.token().orElseThrow(() -> new InvalidRequestException("the remote engine has no token for " + s.endpoint() //$NON-NLS-1$
                    + ": set it in Window > Preferences > Tessera > Remote, or in the environment variable " + RemoteTokens.ENVIRONMENT)); //$NON-NLS-1$
        } catch (IOException e) {
            throw new InvalidRequestException("the remote engine's token cannot be read: " + e.getMessage()); //$NON-NLS-1$
        }
        return new Connection(s, new RemoteClient(s, token));
    }

    private static String notConfigured() {
        return "not configured: no server endpoint is set (" + RemoteSettings.NODE + "/" + RemoteSettings.ENDPOINT //$NON-NLS-1$ //$NON-NLS-2$
                + " in Window > Preferences > Tessera > Remote, plugin_customization.ini, or -D" + RemoteSettings.NODE + "." //$NON-NLS-1$ //$NON-NLS-2$
                + RemoteSettings.ENDPOINT + "=URL)"; //$NON-NLS-1$
    }

    record Connection(RemoteSettings settings, RemoteClient client) {
    }
}
