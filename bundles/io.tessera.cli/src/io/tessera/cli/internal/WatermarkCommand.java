package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.watermark.MarkPayload;
import io.tessera.core.watermark.Provenance;
import io.tessera.media.MediaFormatException;
import io.tessera.media.MediaInfo;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;
import io.tessera.watermark.mark.Detection;
import io.tessera.watermark.mark.InvisibleMark;
import io.tessera.watermark.mark.MarkReader;
import io.tessera.watermark.mark.Payload;
import io.tessera.watermark.provenance.ManifestSigner;
import io.tessera.watermark.provenance.SigningKey;
import io.tessera.watermark.provenance.SigningKeys;
import io.tessera.watermark.visible.VisibleMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera watermark embed|extract`: the invisible mark on files made elsewhere, and reading it back. */
@Command(name = "watermark", description = "Embed the invisible watermark into a video, or extract it.",
        subcommands = { WatermarkCommand.Embed.class, WatermarkCommand.Extract.class })
final class WatermarkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "embed", description = "Mark every frame of a video with a 64-bit payload and sign a provenance manifest.")
    static final class Embed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "IN", description = "The video to mark (any format FFmpeg reads).")
        Path input;

        @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.mp4", description = "The marked MP4 to write.")
        Path output;

        @Option(names = "--payload", paramLabel = "HEX", description = "The 64-bit payload as 16 hex digits (asset id: 40 bits, model id: 24 bits). Default: derived from the input's SHA-256.")
        String payloadHex;

        @Option(names = "--visible", description = "Also draw the visible label (styled by the io.tessera.watermark preferences).")
        boolean visible;

        @Option(names = "--no-sign", description = "Do not write a signed provenance manifest.")
        boolean noSign;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws CliException {
            Inputs.requireFile(input);
            Payload payload = payload();
            Path out = output.toAbsolutePath();
            Path part = GenerationPipeline.partFileFor(out);
            ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null);
            String keyId = null;
            long frames;
            try {
                Files.createDirectories(out.getParent());
                frames = mark(input, part, payload, visible, monitor);
                if (!noSign) {
                    SigningKey key = new SigningKeys().active();
                    Provenance provenance = new Provenance("watermarked", null, null, null, null, null, Map.of(), //$NON-NLS-1$
                            List.of(new Provenance.Parent(input.getFileName().toString(), Inputs.sha256(input))), payload.hex(), Instant.now());
                    ManifestSigner.sign(part, provenance, key);
                    keyId = key.id();
                }
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (MediaFormatException e) {
                throw CliException.badInput(e.getMessage());
            } catch (OperationCanceledException e) {
                throw new CliException(ExitCodes.CANCELLED, "cancelled; nothing was written"); //$NON-NLS-1$
            } catch (IOException e) {
                throw CliException.failed("could not mark " + input + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            } finally {
                Inputs.deleteQuietly(part);
            }
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                Json.print(o, Json.object().put("output", out.toString()).put("payload", payload.hex()).put("frames", frames) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("visible", visible).put("signingKey", keyId)); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                o.printf("%s: %d frames marked with payload %s%s%n", out, frames, payload.hex(), //$NON-NLS-1$
                        keyId != null ? ", manifest signed with key " + keyId : ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return ExitCodes.OK;
        }

        private Payload payload() throws CliException {
            if (payloadHex != null) {
                if (!payloadHex.matches("[0-9a-fA-F]{16}")) { //$NON-NLS-1$
                    throw CliException.badInput("--payload must be 16 hex digits (64 bits), not '" + payloadHex + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return Payload.fromHex(payloadHex);
            }
            try {
                return Payload.fromBytes(MarkPayload.of(Inputs.sha256(input), "external")); //$NON-NLS-1$
            } catch (IOException e) {
                throw CliException.badInput(input + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }

        /** Copies the video frame by frame with the mark (and label), keeping its sound. */
        private static long mark(Path in, Path out, Payload payload, boolean visible, ConsoleProgressMonitor monitor) throws IOException {
            InvisibleMark mark = new InvisibleMark(payload);
            VisibleMark label = visible ? new VisibleMark(io.tessera.watermark.visible.VisibleStylePreferences.read()) : null;
            float[] audio = null;
            MediaInfo info;
            try (Mp4VideoReader sound = Mp4VideoReader.open(in)) {
                info = sound.info();
                if (info.audioChannels() > 0) {
                    audio = sound.readAllAudio();
                }
            }
            int width = info.width() & ~1;
            int height = info.height() & ~1;
            int fps = (int) Math.max(1, Math.round(info.fps()));
            VideoSettings settings = VideoSettings.of(width, height, fps);
            if (audio != null) {
                settings = settings.withAudio(info.sampleRate(), info.audioChannels());
            }
            monitor.beginTask("Marking " + in.getFileName(), (int) Math.max(1, info.frameCount())); //$NON-NLS-1$
            long frames = 0;
            try (Mp4VideoReader reader = Mp4VideoReader.open(in); Mp4VideoWriter writer = Mp4VideoWriter.open(out, settings)) {
                VideoFrame frame;
                while ((frame = reader.nextFrame()) != null) {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    VideoFrame even = Inputs.evenSize(frame);
                    if (label != null) {
                        label.draw(even);
                    }
                    mark.embed(even);
                    writer.writeFrame(even);
                    frames++;
                    monitor.worked(1);
                }
                if (audio != null) {
                    writer.writeAudio(audio, audio.length / info.audioChannels());
                }
            }
            monitor.done();
            if (frames == 0) {
                throw new MediaFormatException(in, "has no video frames"); //$NON-NLS-1$
            }
            return frames;
        }
    }

    @Command(name = "extract", description = "Read the invisible watermark back: payload, p-value against 'no watermark', bit accuracy estimate.")
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE|DIR", description = "A video (any format FFmpeg reads), or a folder of frames (PNG, JPEG, BMP).")
        Path file;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws CliException {
            if (!java.nio.file.Files.isDirectory(file)) {
                Inputs.requireFile(file);
            }
            Detection d;
            try {
                d = MarkReader.read(file, new ConsoleProgressMonitor(spec.commandLine().getErr(), System.console() != null));
            } catch (MediaFormatException e) {
                throw CliException.badInput(e.getMessage());
            } catch (IOException e) {
                throw CliException.badInput(file + ": " + e.getMessage()); //$NON-NLS-1$
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = Json.object().put("file", file.toString()).put("found", d.detected()); //$NON-NLS-1$ //$NON-NLS-2$
                d.payload().ifPresentOrElse(p -> o.put("payload", p.hex()).put("assetId", p.assetId()).put("modelId", p.modelId()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        () -> o.putNull("payload")); //$NON-NLS-1$
                o.put("pValue", d.pValue()).put("threshold", Detection.THRESHOLD).put("syncScore", d.syncScore()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("channelBitAccuracy", d.channelBitAccuracy()).put("tilePeriod", d.tilePeriod()).put("frames", d.frames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Json.print(out, o);
            } else if (d.payload().isPresent()) {
                Payload p = d.payload().get();
                out.printf("%s: Tessera watermark found: payload %s (asset id %d, model id %d), p = %.3g, coded bits read correctly %.1f %%%n", //$NON-NLS-1$
                        file, p.hex(), p.assetId(), p.modelId(), d.pValue(), 100 * d.channelBitAccuracy());
            } else if (d.detected()) {
                out.printf("%s: a Tessera watermark is present (p = %.3g) but its payload could not be read%n", file, d.pValue()); //$NON-NLS-1$
            } else {
                out.printf("%s: no Tessera watermark found (p = %.3g; a mark needs p < %.0e)%n", file, d.pValue(), Detection.THRESHOLD); //$NON-NLS-1$
            }
            return ExitCodes.OK;
        }
    }
}
