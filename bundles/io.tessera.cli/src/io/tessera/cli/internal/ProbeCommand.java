package io.tessera.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.media.MediaFormatException;
import io.tessera.media.MediaInfo;
import io.tessera.media.MediaProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `tessera probe`: what a media file holds. */
@Command(name = "probe", description = "Show duration, frame rate, size and codecs of a media file.")
final class ProbeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to inspect.")
    Path file;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws CliException {
        if (!Files.isRegularFile(file)) {
            throw CliException.badInput(file + ": no such file"); //$NON-NLS-1$
        }
        MediaInfo info;
        try {
            info = MediaProbe.probe(file);
        } catch (MediaFormatException e) {
            throw CliException.badInput(e.getMessage());
        } catch (IOException e) {
            throw CliException.badInput(file + ": " + e.getMessage()); //$NON-NLS-1$
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object().put("file", file.toString()).put("durationSeconds", info.durationSeconds()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("fps", info.fps()).put("width", info.width()).put("height", info.height()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("frameCount", info.frameCount()).put("videoCodec", info.videoCodec()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("audioCodec", info.audioCodec()).put("audioChannels", info.audioChannels()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("sampleRate", info.sampleRate()).put("sizeBytes", info.sizeBytes()); //$NON-NLS-1$ //$NON-NLS-2$
            Json.print(out, o);
        } else {
            out.printf("%s%n  duration %.3f s, %d frames at %.3f fps%n  video %s %dx%d%n  audio %s%n  %d bytes%n", file, //$NON-NLS-1$
                    info.durationSeconds(), info.frameCount(), info.fps(), info.videoCodec(), info.width(), info.height(),
                    info.audioCodec() == null ? "none" //$NON-NLS-1$
                            : info.audioCodec() + ", " + info.audioChannels() + " channels, " + info.sampleRate() + " Hz", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    info.sizeBytes());
        }
        return ExitCodes.OK;
    }
}
