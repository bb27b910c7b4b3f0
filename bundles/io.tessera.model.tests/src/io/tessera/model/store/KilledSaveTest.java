package io.tessera.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A real process saving a project is killed with SIGKILL halfway through; the project file must survive. */
class KilledSaveTest {

    @Test
    void killingTheProcessMidSaveLeavesTheOldVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("film.tessera");
        ProjectStore.save(ProjectStoreTest.sampleProject(2), file);
        byte[] before = Files.readAllBytes(file);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), SlowSaver.class.getName(), file.toString(), "200"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("writing", line, "the child started writing the new version");
            Thread.sleep(200);
            assertTrue(p.isAlive(), "still saving when killed");
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.size(dir.resolve(".film.tessera.tmp")) > 0, "the half-written new version is in the temp file");
        assertArrayEquals(before, Files.readAllBytes(file), "the project file is untouched");
        assertEquals(2, ProjectStore.load(file).getShots().size());
    }

    /** The jars or folders of the model, EMF and this fragment, for a plain JVM. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        Bundle model = FrameworkUtil.getBundle(ProjectStore.class);
        for (Bundle b : model.getBundleContext().getBundles()) {
            String name = b.getSymbolicName();
            if (name.equals("io.tessera.model") || name.equals("io.tessera.model.tests") || name.equals("org.eclipse.emf.common")
                    || name.equals("org.eclipse.emf.ecore") || name.equals("org.eclipse.emf.ecore.xmi")) {
                File location = FileLocator.getBundleFileLocation(b).orElseThrow();
                entries.add(location.getAbsolutePath());
                for (String sub : new String[] { "bin", "target/classes", "target/test-classes" }) {
                    if (new File(location, sub).isDirectory()) {
                        entries.add(new File(location, sub).getAbsolutePath());
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
