package io.tessera.engine.dit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngineProvider;

/**
 * Runs DJL code inside OSGi. DJL looks up its engine with ServiceLoader and its native libraries as class-path
 * resources, both through the thread's context class loader, so calls are made with this bundle's loader as the
 * context loader. Everything works offline: natives come from the embedded pytorch-native-cpu jar and are unpacked
 * once into a cache folder ({@code DJL_CACHE_DIR}, default {@code ~/.cache/tessera/djl}).
 */
public final class DjlRuntime {
    private static volatile Engine engine;

    private DjlRuntime() {
    }

    public static <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DjlRuntime.class.getClassLoader());
        try {
            engine();
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The PyTorch engine, loaded once per JVM. */
    public static Engine engine() {
        if (engine == null) {
            synchronized (DjlRuntime.class) {
                if (engine == null) {
                    System.setProperty("ai.djl.offline", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                    if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) { //$NON-NLS-1$ //$NON-NLS-2$
                        Path cache = Path.of(System.getProperty("user.home"), ".cache", "tessera", "djl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        try {
                            Files.createDirectories(cache);
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException("cannot create the DJL cache " + cache, e); //$NON-NLS-1$
                        }
                        System.setProperty("DJL_CACHE_DIR", cache.toString()); //$NON-NLS-1$
                    }
                    Engine.registerEngine(new PtEngineProvider());
                    engine = Engine.getEngine("PyTorch"); //$NON-NLS-1$
                }
            }
        }
        return engine;
    }
}
