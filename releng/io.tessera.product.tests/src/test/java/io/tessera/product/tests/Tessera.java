package io.tessera.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the installed product's bin/tessera as a separate process, the way a user or a script would. */
final class Tessera {
    static final Path HOME = Path.of(System.getProperty("tessera.product.dir"));
    static final Path STATE = Path.of(System.getProperty("tessera.state.dir"));

    /** More JVM arguments for the product, for a test that sets preferences (-Declipse.pluginCustomization=...). */
    static final ThreadLocal<String> EXTRA_VMARGS = ThreadLocal.withInitial(() -> ""); //$NON-NLS-1$

    /** More environment variables for the product (a secret a test hands over the way a script would). */
    static final ThreadLocal<java.util.Map<String, String>> EXTRA_ENV = ThreadLocal.withInitial(java.util.Map::of);

    record Result(int exitCode, String out, String err) {
    }

    static Process start(Path workDir, String... args) throws IOException {
        return start(HOME, STATE, workDir, args);
    }

    /** The product installed at {@code home} (a copy a test changed), with its own OSGi state. */
    static Process start(Path home, Path state, Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/tessera").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("TESSERA_STATE_DIR", state.toString());
        pb.environment().putAll(EXTRA_ENV.get());
        // signing keys live under user.home: keep the tests' keys out of the real home
        pb.environment().put("TESSERA_VMARGS", "-Duser.home=" + STATE.resolve("home") + " " + EXTRA_VMARGS.get());
        return pb.start();
    }

    /**
     * Starts the workbench of the product at {@code home} with {@code tessera-studio --inventory FILE} (it writes what
     * its window shows and exits) on the display the tests run on, and returns the inventory. Needs an X display:
     * the README's test command runs under xvfb-run where there is none.
     */
    static com.fasterxml.jackson.databind.JsonNode studioInventory(Path home, Path state, Path workDir) throws Exception {
        org.junit.jupiter.api.Assertions.assertNotNull(System.getenv("DISPLAY"), "the studio needs a display: run the tests under xvfb-run");
        Path inventory = workDir.resolve("studio-inventory.json");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/tessera-studio").toString(), "--project", workDir.resolve("studio.tessera").toString(),
                "--inventory", inventory.toString()).directory(workDir.toFile());
        pb.environment().put("TESSERA_STATE_DIR", state.toString());
        pb.environment().put("TESSERA_VMARGS", "-Duser.home=" + STATE.resolve("home"));
        Result r = finish(pb.start(), "tessera-studio", "--inventory");
        org.junit.jupiter.api.Assertions.assertEquals(0, r.exitCode(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(inventory), "no inventory written: " + r.err());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(inventory.toFile());
    }

    static Result run(Path workDir, String... args) throws Exception {
        return finish(start(workDir, args), args);
    }

    static Result runIn(Path home, Path state, Path workDir, String... args) throws Exception {
        return finish(start(home, state, workDir, args), args);
    }

    private static Result finish(Process p, String... args) throws Exception {
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("tessera " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /**
     * A copy of the built product in {@code folder}/tessera with {@code featureGroup} installed from the example
     * update site by the p2 director (Tycho's director mojo, offline), as an administrator would install an extension.
     */
    static Path copyWithFeature(Path folder, String featureGroup) throws Exception {
        Path copy = folder.resolve("tessera");
        runTool(folder, List.of("cp", "-a", HOME.toString(), copy.toString()));
        Path site = Path.of(System.getProperty("tessera.examples.site"));
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(site.resolve("content.xml.xz")),
                "the example update site must be built first: " + site);
        Path root = Path.of(System.getProperty("tessera.root.dir"));
        runTool(folder, List.of(root.resolve("mvnw").toString(), "-B", "-q", "-o", "-ntp", "-Dmaven.repo.local=" + System.getProperty("tessera.maven.repo"),
                "org.eclipse.tycho:tycho-p2-director-plugin:" + System.getProperty("tessera.tycho.version") + ":director",
                "-Ddestination=" + copy, "-Drepositories=" + site.toUri(), "-DinstallIUs=" + featureGroup, "-Dprofile=DefaultProfile"));
        return copy;
    }

    /** Runs a command line tool; fails the test with its output when it fails. */
    static String runTool(Path workDir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " timed out");
        org.junit.jupiter.api.Assertions.assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    static boolean installed() {
        return Files.isExecutable(HOME.resolve("bin/tessera"));
    }

    /** Runs the ffmpeg CLI (installed by .ci/run) in {@code workDir}; fails the test when it fails. */
    static void ffmpeg(Path workDir, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("ffmpeg", "-v", "error", "-nostdin", "-y"));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        org.junit.jupiter.api.Assertions.assertTrue(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "ffmpeg timed out");
        org.junit.jupiter.api.Assertions.assertEquals(0, p.exitValue(), "ffmpeg (installed by .ci/run): " + out);
    }

    private Tessera() {
    }
}
