package io.tessera.engine.remote.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tessera.engine.remote.RemoteSettings;
import io.tessera.engine.remote.RemoteTokens;
import io.tessera.engine.remote.server.EngineServer;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * A real server on a free port of this machine, serving this test runtime's engines (scene among them), and the
 * remote engine pointed at it through the system properties a user could pass.
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789"; //$NON-NLS-1$
    final EngineServer server;
    final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

    TestServer() throws IOException {
        server = EngineServer.start("127.0.0.1", 0, TOKEN, log::add); //$NON-NLS-1$
        useEndpoint(server.url().toString());
        new RemoteTokens().store(TOKEN);
    }

    static void useEndpoint(String url) {
        if (url == null) {
            System.clearProperty(RemoteSettings.NODE + "." + RemoteSettings.ENDPOINT); //$NON-NLS-1$
        } else {
            System.setProperty(RemoteSettings.NODE + "." + RemoteSettings.ENDPOINT, url); //$NON-NLS-1$
        }
    }

    static List<VideoFrame> frames(Path mp4) throws IOException {
        List<VideoFrame> frames = new ArrayList<>();
        try (Mp4VideoReader r = Mp4VideoReader.open(mp4)) {
            for (VideoFrame f = r.nextFrame(); f != null; f = r.nextFrame()) {
                frames.add(f);
            }
        }
        return frames;
    }

    @Override
    public void close() throws IOException {
        server.close();
        useEndpoint(null);
        new RemoteTokens().store(null);
    }
}
