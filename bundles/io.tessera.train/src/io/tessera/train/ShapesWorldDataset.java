package io.tessera.train;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.engine.scene.FrameState;
import io.tessera.engine.scene.ObjectState;
import io.tessera.engine.scene.Scene;
import io.tessera.engine.scene.SceneEvent;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.engine.scene.SceneParser;
import io.tessera.engine.scene.SceneRenderer;
import io.tessera.engine.scene.SceneSimulation;

/**
 * Writes the "shapes world" training set: clips rendered by the scene engine from sampled captions, in shards of raw
 * uint8 RGB frames ({@code shard-NNNNN.frames}, clip-major, then frame, row, column, channel) with one JSON line per
 * clip ({@code shard-NNNNN.jsonl}: caption, seed, objects, per-frame boxes, events). Each shard is written to a
 * temporary name and renamed, so an interrupted run resumes at the first missing shard and every clip is a pure
 * function of (dataset seed, clip index).
 */
public final class ShapesWorldDataset {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Geometry and size of a dataset. */
    public record Spec(int width, int height, int fps, int frames, int clips, int clipsPerShard, long seed) {

        public int shards() {
            return (clips + clipsPerShard - 1) / clipsPerShard;
        }

        public long bytesPerClip() {
            return (long) width * height * 3 * frames;
        }
    }

    private ShapesWorldDataset() {
    }

    /** Writes the missing shards of a dataset into {@code dir}; returns how many shards it wrote. */
    public static int write(Spec spec, Path dir, IProgressMonitor monitor) throws IOException {
        Files.createDirectories(dir);
        writeDescriptor(spec, dir);
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering the shapes world", spec.clips()); //$NON-NLS-1$
        int written = 0;
        for (int shard = 0; shard < spec.shards(); shard++) {
            int first = shard * spec.clipsPerShard();
            int count = Math.min(spec.clipsPerShard(), spec.clips() - first);
            Path frames = dir.resolve(String.format("shard-%05d.frames", shard)); //$NON-NLS-1$
            Path meta = dir.resolve(String.format("shard-%05d.jsonl", shard)); //$NON-NLS-1$
            if (Files.exists(meta) && Files.exists(frames) && Files.size(frames) == count * spec.bytesPerClip()) {
                progress.worked(count);
                continue;
            }
            writeShard(spec, first, count, frames, meta, progress);
            written++;
        }
        return written;
    }

    private static void writeShard(Spec spec, int first, int count, Path frames, Path meta, SubMonitor progress) throws IOException {
        Path framesTmp = frames.resolveSibling(frames.getFileName() + ".tmp"); //$NON-NLS-1$
        Path metaTmp = meta.resolveSibling(meta.getFileName() + ".tmp"); //$NON-NLS-1$
        try (OutputStream pixels = new BufferedOutputStream(Files.newOutputStream(framesTmp), 1 << 20);
                OutputStream lines = new BufferedOutputStream(Files.newOutputStream(metaTmp))) {
            for (int clip = first; clip < first + count; clip++) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                ObjectNode record = renderClip(spec, clip, pixels);
                lines.write(JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_8));
                lines.write('\n');
                progress.worked(1);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(framesTmp);
            Files.deleteIfExists(metaTmp);
            throw e;
        }
        Files.move(framesTmp, frames, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(metaTmp, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The caption of clip {@code index}, without rendering it. */
    static CaptionSampler.Caption captionOf(Spec spec, int index) {
        return CaptionSampler.sample(new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + index));
    }

    /** Renders clip {@code index} into {@code pixels} and returns its metadata. */
    static ObjectNode renderClip(Spec spec, int index, OutputStream pixels) throws IOException {
        SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + index);
        CaptionSampler.Caption caption = CaptionSampler.sample(random);
        long seed = random.nextLong(1L << 31);
        Scene scene;
        try {
            scene = SceneParser.parse(caption.text());
        } catch (SceneParseException e) {
            throw new IllegalStateException("sampled caption does not parse: " + caption.text() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SceneSimulation sim = new SceneSimulation(scene, spec.width(), spec.height(), spec.fps(), spec.frames(), seed);
        SceneRenderer renderer = new SceneRenderer(spec.width(), spec.height(), seed);
        ObjectNode record = JSON.createObjectNode();
        record.put("clip", index).put("caption", caption.text()).put("seed", seed).put("background", caption.background()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ArrayNode objects = record.putArray("objects"); //$NON-NLS-1$
        for (CaptionSampler.ObjectSpec o : caption.objects()) {
            objects.addObject().put("count", o.count()).put("colour", o.colour()).put("shape", o.shape()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("motion", o.motion().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        }
        ArrayNode boxes = record.putArray("boxes"); //$NON-NLS-1$
        ArrayNode events = record.putArray("events"); //$NON-NLS-1$
        while (sim.hasNext()) {
            FrameState state = sim.next();
            pixels.write(renderer.render(state).rgb());
            ArrayNode frame = boxes.addArray();
            for (ObjectState s : state.objects()) {
                double[] b = s.bounds();
                frame.addArray().add(round(b[0])).add(round(b[1])).add(round(b[2])).add(round(b[3]));
            }
            for (SceneEvent e : state.events()) {
                events.addObject().put("frame", e.frame()).put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("first", e.first()).put("second", e.second()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return record;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void writeDescriptor(Spec spec, Path dir) throws IOException {
        ObjectNode d = JSON.createObjectNode();
        d.put("format", "tessera-shapes-world/1").put("width", spec.width()).put("height", spec.height()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .put("fps", spec.fps()).put("frames", spec.frames()).put("clips", spec.clips()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("clipsPerShard", spec.clipsPerShard()).put("seed", spec.seed()).put("layout", "uint8 [clip][frame][y][x][rgb]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path file = dir.resolve("dataset.json"); //$NON-NLS-1$
        if (Files.exists(file)) {
            // compare as parsed text: numbers read back may be narrower types than the ones written
            if (!JSON.readTree(file.toFile()).equals(JSON.readTree(JSON.writeValueAsString(d)))) {
                throw new IOException(file + " describes a different dataset; choose an empty folder or the same settings"); //$NON-NLS-1$
            }
            return;
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d));
    }
}
