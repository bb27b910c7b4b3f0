package io.tessera.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.audio.AudioSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.internal.FileClipView;
import io.tessera.core.registry.ContributionDescriptor;
import io.tessera.core.registry.Registries;
import io.tessera.core.registry.TypedRegistry;
import io.tessera.media.AudioMuxer;

/**
 * Gives a video a sound track: the chosen audio generator reads the clip's frames and the prompt, its samples are
 * collected (sound is small next to pictures: a minute of 48 kHz stereo is 23 MB) and muxed beside the video stream,
 * which is copied, not re-encoded. Generators are contributed code: whatever one throws is reported with its name.
 */
public final class SoundStage {
    /** The highest true peak the sound of a file Tessera writes may have. */
    public static final double MAX_TRUE_PEAK_DBTP = -1;
    private final TypedRegistry<AudioGenerator> generators;

    public SoundStage(TypedRegistry<AudioGenerator> generators) {
        this.generators = generators;
    }

    public SoundStage() {
        this(Registries.audioGenerators());
    }

    /** The named generator, or the usable one with the highest declared priority; empty when none is installed. */
    public Optional<ContributionDescriptor<AudioGenerator>> choose(String id) throws InvalidRequestException {
        if (id != null) {
            ContributionDescriptor<AudioGenerator> d = generators.find(id).orElseThrow(() -> new InvalidRequestException(
                    "unknown audio generator '" + id + "'; available: " + String.join(", ", ids()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(d);
        }
        return generators.descriptors().stream().filter(d -> d.problem().isEmpty())
                .max(Comparator.comparingInt(SoundStage::priority).thenComparing(ContributionDescriptor::id, Comparator.reverseOrder()));
    }

    private List<String> ids() {
        return generators.descriptors().stream().map(ContributionDescriptor::id).toList();
    }

    private static int priority(ContributionDescriptor<?> d) {
        try {
            return Integer.parseInt(d.attribute("priority").orElse("0").trim()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Scores {@code video} with {@code generator} and writes {@code out} (which may be {@code video} itself) with the
     * new sound; stems and side data the generator offers go to {@code extras}, when given.
     */
    public void addSound(ContributionDescriptor<AudioGenerator> generator, Path video, Path out, String prompt, long seed, AudioSink extras,
            IProgressMonitor monitor) throws GenerationException {
        SubMonitor progress = SubMonitor.convert(monitor, "Making the sound track", 100); //$NON-NLS-1$
        AudioGenerator g = generator.instance().orElseThrow(() -> new GenerationException(generator.problem().map(s -> s.getMessage())
                .orElse("audio generator '" + generator.id() + "' is unavailable"))); //$NON-NLS-1$ //$NON-NLS-2$
        CollectingAudioSink sink = new CollectingAudioSink(extras);
        try (FileClipView clip = new FileClipView(video, seed)) {
            g.generate(clip, prompt == null ? "" : prompt, sink, progress.split(85)); //$NON-NLS-1$
        } catch (OperationCanceledException e) {
            throw e;
        } catch (io.tessera.media.MediaFormatException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (Exception | LinkageError e) {
            generator.markBroken(e);
            throw new GenerationException("audio generator '" + generator.id() + "' from " + generator.contributor() + " failed: " + e, e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!sink.isOpen()) {
            throw new GenerationException("audio generator '" + generator.id() + "' produced no sound"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        progress.subTask("Muxing the sound"); //$NON-NLS-1$
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            // whatever a generator delivers, the file's sound does not clip: EBU R128's -1 dBTP after encoding
            AudioMuxer.replaceAudio(video, sink.samples(), sink.channels(), sink.sampleRate(), out, MAX_TRUE_PEAK_DBTP);
        } catch (IOException e) {
            throw new GenerationException("could not add the sound to " + out + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        progress.done();
    }

    /** Keeps the mix and checks the generator keeps to its own announced format. */
    private static final class CollectingAudioSink implements AudioSink {
        private final AudioSink extras;
        private float[] data = new float[1 << 16];
        private int size;
        private int sampleRate;
        private int channels;

        CollectingAudioSink(AudioSink extras) {
            this.extras = extras;
        }

        @Override
        public void open(int rate, int channelCount) throws IOException {
            if (sampleRate != 0) {
                throw new IllegalStateException("the audio generator opened the sink twice"); //$NON-NLS-1$
            }
            if (rate < 8000 || rate > 192_000 || channelCount < 1 || channelCount > 2) {
                throw new IllegalStateException("the audio generator asked for " + channelCount + " channels at " + rate //$NON-NLS-1$ //$NON-NLS-2$
                        + " Hz; 1 or 2 channels at 8-192 kHz are supported"); //$NON-NLS-1$
            }
            sampleRate = rate;
            channels = channelCount;
            if (extras != null) {
                extras.open(rate, channelCount);
            }
        }

        @Override
        public void accept(float[] interleaved, int sampleCount) throws IOException {
            if (sampleRate == 0) {
                throw new IllegalStateException("the audio generator sent sound before opening the sink"); //$NON-NLS-1$
            }
            int n = sampleCount * channels;
            if (size + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + n));
            }
            for (int i = 0; i < n; i++) {
                float v = interleaved[i];
                data[size++] = Float.isFinite(v) ? Math.max(-1f, Math.min(1f, v)) : 0f;
            }
            if (extras != null) {
                extras.accept(interleaved, sampleCount);
            }
        }

        @Override
        public void stem(String name, float[] interleaved) throws IOException {
            if (extras != null) {
                extras.stem(name, interleaved);
            }
        }

        @Override
        public void attachment(String fileName, byte[] content) throws IOException {
            if (extras != null) {
                extras.attachment(fileName, content);
            }
        }

        boolean isOpen() {
            return sampleRate != 0;
        }

        float[] samples() {
            return java.util.Arrays.copyOf(data, size);
        }

        int sampleRate() {
            return sampleRate;
        }

        int channels() {
            return channels;
        }
    }
}
