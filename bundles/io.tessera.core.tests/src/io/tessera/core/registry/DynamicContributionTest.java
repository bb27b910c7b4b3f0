package io.tessera.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.VideoEngine;
import io.tessera.core.engine.VideoFormat;
import io.tessera.media.VideoFrame;

/** A third-party bundle installed and removed while the application runs. */
class DynamicContributionTest {
    private static final String ENGINE_CLASS = "io/tessera/core/registry/fixtures/StripesEngine.class";
    private final EngineRegistry registry = new EngineRegistry();
    private Bundle installed;

    @AfterEach
    void cleanUp() throws Exception {
        if (installed != null && installed.getState() != Bundle.UNINSTALLED) {
            installed.uninstall();
        }
        registry.dispose();
    }

    @Test
    void engineFromABundleInstalledAtRuntimeAppearsWorksAndDisappears(@TempDir Path dir) throws Exception {
        AtomicInteger changes = new AtomicInteger();
        registry.addChangeListener(changes::incrementAndGet);
        assertTrue(registry.find("thirdparty-stripes").isEmpty());

        BundleContext context = FrameworkUtil.getBundle(EngineRegistry.class).getBundleContext();
        Path jar = writeThirdPartyBundle(dir.resolve("com.example.stripes.jar"));
        installed = context.installBundle(jar.toUri().toString());
        resolve(context, installed);

        waitFor(() -> registry.find("thirdparty-stripes").isPresent(), "the new engine to appear");
        EngineDescriptor d = registry.find("thirdparty-stripes").orElseThrow();
        assertEquals("com.example.stripes", d.contributor());
        VideoEngine engine = d.engine().orElseThrow(() -> new AssertionError(d.problem()));
        assertEquals("com.example.stripes", FrameworkUtil.getBundle(engine.getClass()).getSymbolicName(),
                "the class is loaded from the third-party bundle");
        List<VideoFrame> frames = new ArrayList<>();
        engine.generate(GenerationRequest.builder("x").seconds(1).fps(8).size(32, 16).build(), new FrameSink() {
            @Override
            public void open(VideoFormat format) {
            }

            @Override
            public void accept(VideoFrame frame) {
                frames.add(frame);
            }
        }, new NullProgressMonitor());
        assertEquals(8, frames.size());

        installed.uninstall();
        resolve(context, null);
        waitFor(() -> registry.find("thirdparty-stripes").isEmpty(), "the engine to disappear");
        assertTrue(changes.get() >= 2, "listeners heard both the addition and the removal: " + changes.get());
        assertTrue(registry.find("test-stripes").isPresent(), "removal touched only the removed bundle's contributions");
    }

    private static void resolve(BundleContext context, Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (bundle != null) {
            assertTrue(wiring.resolveBundles(List.of(bundle)), "the third-party bundle resolves");
        } else {
            wiring.refreshBundles(null);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A real bundle jar: manifest, plugin.xml, and the stripes engine's compiled class copied in. */
    private static Path writeThirdPartyBundle(Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "com.example.stripes;singleton:=true");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Require-Bundle", "io.tessera.core, org.eclipse.equinox.common");
        String pluginXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="io.tessera.core.engines">
                      <engine id="thirdparty-stripes" name="Third-party stripes" class="io.tessera.core.registry.fixtures.StripesEngine">
                         <capability id="t2v"/>
                      </engine>
                   </extension>
                </plugin>
                """;
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            out.write(pluginXml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry(ENGINE_CLASS));
            out.write(classBytes());
            out.closeEntry();
        }
        return jar;
    }

    private static byte[] classBytes() throws IOException {
        try (InputStream in = DynamicContributionTest.class.getClassLoader().getResourceAsStream(ENGINE_CLASS)) {
            assertTrue(in != null, "compiled fixture present");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        }
    }
}
