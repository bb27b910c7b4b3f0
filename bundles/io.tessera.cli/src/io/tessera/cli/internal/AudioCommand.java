package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.audio.mix.WavFile;
import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.audio.AudioSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.SoundStage;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.watermark.Provenance;
import io.tessera.media.MediaFormatException;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import io.tessera.watermark.provenance.ManifestSigner;
import io.tessera.watermark.provenance.SigningKey;
import io.tessera.watermark.provenance.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `tessera audio`: gives any video a sound track that fits its pictures and prompt. The video stream is copied
 * untouched (its watermark survives); the new file gets a provenance manifest saying sound was added, with the input
 * as its parent.
 */
@Command(name = "audio", description = "Give a video a sound track made from its pictures and prompt (Foley, ambience, speech).")
final class AudioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "The video to score (any format FFmpeg reads).")
    Path input;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.mp4", description = "The MP4 to write (video copied, new sound).")
    Path output;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "What the clip shows and says; default: the prompt recorded in the file's title, if any.")
    String prompt;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the sound's random choices (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--generator", paramLabel = "ID", description = "Audio generator id; default: the installed one with the highest priority.")
    String generator;

    @Option(names = "--stems", paramLabel = "DIR", description = "Also write the stems (foley, motion, ambience, speech), the mix as WAV and the generator's side files here.")
    Path stems;

    @Option(names = "--wav", paramLabel = "OUT.wav", description = "Also write the mix as a 16-bit WAV file.")
    Path wav;

    @Option(names = "--no-sign", description = "Do not write a signed provenance manifest.")
    boolean noSign;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        Inputs.requireFile(input);
        if (seed < 0) {
            throw CliException.badInput("--seed must be >= 0, not " + seed); //$NON-NLS-1$
        }
        Path out = output.toAbsolutePath();
        if (Files.isDirectory(out)) {
            throw CliException.badInput("-o " + output + ": is a folder"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String text = prompt;
        MediaInfo info;
        try {
            info = MediaProbe.probe(input);
            if (info.videoCodec() == null) {
                throw CliException.badInput(input + ": has no video stream"); //$NON-NLS-1$
            }
            if (text == null) {
                text = MediaProbe.metadata(input, "title"); //$NON-NLS-1$
            }
        } catch (MediaFormatException e) {
            throw CliException.badInput(e.getMessage());
        } catch (IOException e) {
            throw CliException.badInput(input + ": " + e.getMessage()); //$NON-NLS-1$
        }
        SoundStage stage = new SoundStage();
        ContributionDescriptor<AudioGenerator> chosen;
        try {
            chosen = stage.choose(generator).orElseThrow(() -> CliException.failed("no audio generator is installed", null)); //$NON-NLS-1$
        } catch (InvalidRequestException e) {
            throw CliException.badInput("--generator: " + e.getMessage()); //$NON-NLS-1$
        }
        Path part = GenerationPipeline.partFileFor(out);
        StemFiles extras = stems != null || wav != null ? new StemFiles(stems, wav) : null;
        ConsoleProgressMonitor bar = new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null);
        String keyId = null;
        long started = System.nanoTime();
        // Ctrl-C: the work sees the monitor cancelled and cleans up; the JVM waits for that before it goes
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            bar.setCanceled(true);
            try {
                finished.await(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Inputs.deleteQuietly(part);
            spec.commandLine().getErr().printf("%ntessera: cancelled; no output written%n"); //$NON-NLS-1$
            spec.commandLine().getErr().flush();
        }, "tessera-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            Files.createDirectories(out.getParent());
            stage.addSound(chosen, input, part, text, seed, extras, bar);
            if (!noSign) {
                SigningKey key = new SigningKeys().active();
                Provenance provenance = new Provenance("edited", null, null, null, text, seed, Map.of("action", "sound added by " + chosen.id()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        List.of(new Provenance.Parent(input.getFileName().toString(), Inputs.sha256(input))), null, Instant.now());
                ManifestSigner.sign(part, provenance, key);
                keyId = key.id();
            }
            if (extras != null) {
                extras.finish();
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (OperationCanceledException e) {
            throw new CliException(ExitCodes.CANCELLED, "cancelled; nothing was written"); //$NON-NLS-1$
        } catch (InvalidRequestException e) {
            throw CliException.badInput(e.getMessage());
        } catch (GenerationException e) {
            throw CliException.failed(e.getMessage(), e);
        } catch (IOException e) {
            throw CliException.failed("could not write " + out + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            Inputs.deleteQuietly(part);
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and finishes the cancellation
            }
        }
        bar.done();
        double elapsed = (System.nanoTime() - started) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object().put("output", out.toString()).put("generator", chosen.id()).put("seconds", info.durationSeconds()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("elapsedSeconds", elapsed).put("signingKey", keyId); //$NON-NLS-1$ //$NON-NLS-2$
            if (extras != null) {
                ArrayNode files = root.putArray("files"); //$NON-NLS-1$
                extras.written().forEach(p -> files.add(p.toString()));
            }
            Json.print(o, root);
        } else {
            o.printf("%s: sound by %s for %.2f s of video (%.1f s)%s%n", out, chosen.id(), info.durationSeconds(), elapsed, //$NON-NLS-1$
                    keyId != null ? ", manifest signed with key " + keyId : ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (extras != null) {
                extras.written().forEach(p -> o.printf("  %s%n", p)); //$NON-NLS-1$
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Keeps what the generator offers beside the mix: each stem and the mix as WAV, side files as they come. Written
     * only once the whole job succeeded.
     */
    private static final class StemFiles implements AudioSink {
        private final Path folder;
        private final Path wav;
        private final Map<String, float[]> stems = new java.util.LinkedHashMap<>();
        private final Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
        private final List<Path> written = new ArrayList<>();
        private float[] mix = new float[0];
        private int size;
        private int sampleRate;
        private int channels;

        StemFiles(Path folder, Path wav) {
            this.folder = folder;
            this.wav = wav;
        }

        @Override
        public void open(int rate, int channelCount) {
            sampleRate = rate;
            channels = channelCount;
        }

        @Override
        public void accept(float[] interleaved, int sampleCount) {
            int n = sampleCount * channels;
            if (size + n > mix.length) {
                mix = java.util.Arrays.copyOf(mix, Math.max(2 * mix.length, size + n));
            }
            System.arraycopy(interleaved, 0, mix, size, n);
            size += n;
        }

        @Override
        public void stem(String name, float[] interleaved) {
            stems.put(name, interleaved);
        }

        @Override
        public void attachment(String fileName, byte[] content) {
            attachments.put(fileName, content);
        }

        void finish() throws IOException {
            float[] all = java.util.Arrays.copyOf(mix, size);
            if (folder != null) {
                Files.createDirectories(folder);
                write(folder.resolve("mix.wav"), all); //$NON-NLS-1$
                for (Map.Entry<String, float[]> e : stems.entrySet()) {
                    write(folder.resolve(safe(e.getKey()) + ".wav"), e.getValue()); //$NON-NLS-1$
                }
                for (Map.Entry<String, byte[]> e : attachments.entrySet()) {
                    Path f = folder.resolve(safe(e.getKey()));
                    io.tessera.detection.ReportFiles.writeAtomically(f, new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                    written.add(f);
                }
            }
            if (wav != null) {
                write(wav.toAbsolutePath(), all);
            }
        }

        private void write(Path file, float[] samples) throws IOException {
            WavFile.write(file, samples, channels, sampleRate);
            written.add(file);
        }

        /** Contributed names must not climb out of the folder. */
        private static String safe(String name) {
            String s = name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
            return s.startsWith(".") ? "_" + s : s; //$NON-NLS-1$ //$NON-NLS-2$
        }

        List<Path> written() {
            return written;
        }
    }
}
