package io.tessera.model.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a separate JVM by {@link KilledSaveTest}: saves a big project slowly so it can be killed midway. */
public final class SlowSaver {
    private SlowSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path reference = file.resolveSibling("reference.tessera");
        ProjectStore.save(ProjectStoreTest.sampleProject(Integer.parseInt(args[1])), reference);
        byte[] content = Files.readAllBytes(reference);
        ProjectStore.writeAtomically(file, content, (path, options) -> new FilterOutputStream(Files.newOutputStream(path, options)) {
            private boolean announced;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i += 256) {
                    out.write(b, off + i, Math.min(256, len - i));
                    out.flush();
                    if (!announced) {
                        announced = true;
                        System.out.println("writing");
                        System.out.flush();
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
            }
        });
        System.out.println("finished");
    }
}
