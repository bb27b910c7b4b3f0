package io.tessera.engine.dit.internal;

import java.io.IOException;

/** {@link DjlRuntime#call} for work that only throws I/O errors. */
final class DjlCall {
    interface Work<T> {
        T run() throws IOException;
    }

    private DjlCall() {
    }

    static <T> T run(Work<T> work) throws IOException {
        try {
            return DjlRuntime.call(work::run);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
