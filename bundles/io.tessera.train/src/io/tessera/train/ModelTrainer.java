package io.tessera.train;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.engine.dit.model.DitModel;
import io.tessera.engine.dit.model.ModelConfig;
import io.tessera.engine.dit.model.ModelTraining;
import io.tessera.engine.dit.model.Tokenizer;
import io.tessera.engine.dit.model.VideoDiffusion;
import io.tessera.media.Mp4VideoWriter;
import io.tessera.media.VideoFrame;
import io.tessera.media.VideoSettings;

/**
 * Trains a DiT engine model on the shapes world, in three resumable stages inside one output folder:
 * <ol>
 * <li>{@code ae.ckpt}: the frame autoencoder, on random crops of rendered frames, then its latent scale is measured;</li>
 * <li>{@code latents/}: every training clip rendered and encoded once (shards of latents and captions);</li>
 * <li>{@code dit.ckpt}: the Transformer by rectified flow on windows of those latents, with the known-frame masks
 * the engine uses (image start, continuation, backward, loop) and 10 % empty prompts for guidance.</li>
 * </ol>
 * Each stage checkpoints atomically and a restarted run continues from the last checkpoint with the same batches
 * (each step's batch is a function of seed and step). Loss is logged to {@code train-log.jsonl}; validation clips are
 * written to {@code samples/}; {@code model/} receives the averaged weights with {@code model.json} and
 * {@code training.json}.
 */
public final class ModelTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Everything a run depends on; stored as {@code recipe.json} so a resumed run cannot silently change it. */
    public record Recipe(long seed, int width, int height, int fps, int clips, int clipFrames, int aeSteps, int aeBatch, int aeCrop,
            float aeLr, int ditSteps, int ditBatch, float ditLr, int warmup, int checkpointEvery, int sampleEvery, int dim, int depth,
            int heads, int textDepth, int latentChannels, int patchSize, int windowFrames, int contextFrames) {

        public static Recipe standard() {
            return new Recipe(1, 128, 128, 8, 6000, 24, 2500, 16, 64, 1e-3f, 10000, 16, 3e-4f, 300, 250, 1000, 256, 6, 4, 2, 8, 4, 16, 8);
        }

        /** A few seconds of work, for tests: a tiny model on a handful of clips. */
        public Recipe withTransformerSteps(int steps) {
            return new Recipe(seed, width, height, fps, clips, clipFrames, aeSteps, aeBatch, aeCrop, aeLr, steps, ditBatch, ditLr, warmup,
                    checkpointEvery, sampleEvery, dim, depth, heads, textDepth, latentChannels, patchSize, windowFrames, contextFrames);
        }

        /** The same recipe with another peak learning rate for the Transformer (a warm start wants a lower one). */
        public Recipe withTransformerLr(float lr) {
            return new Recipe(seed, width, height, fps, clips, clipFrames, aeSteps, aeBatch, aeCrop, aeLr, ditSteps, ditBatch, lr, warmup,
                    checkpointEvery, sampleEvery, dim, depth, heads, textDepth, latentChannels, patchSize, windowFrames, contextFrames);
        }

        public static Recipe tiny() {
            return new Recipe(1, 64, 64, 8, 8, 16, 3, 4, 32, 1e-3f, 3, 2, 3e-4f, 1, 2, 2, 32, 1, 2, 1, 4, 2, 8, 4);
        }
    }

    private final Recipe recipe;
    private final Path out;
    /** A trained model to start from (its autoencoder is kept, its Transformer trained further), or null. */
    private final Path initFrom;
    private final ShapesWorldDataset.Spec data;
    private final long started = System.nanoTime();

    public ModelTrainer(Recipe recipe, Path out) {
        this(recipe, out, null);
    }

    /**
     * A run that starts from the weights of a model exported by an earlier run (such as the bundled one): the
     * autoencoder stage is skipped, so the latents are that model's, and the Transformer trains on from its weights
     * with this recipe's schedule. The model must have the recipe's architecture and vocabulary.
     */
    public ModelTrainer(Recipe recipe, Path out, Path initFrom) {
        this.recipe = recipe;
        this.out = out;
        this.initFrom = initFrom;
        this.data = new ShapesWorldDataset.Spec(recipe.width(), recipe.height(), recipe.fps(), recipe.clipFrames(), recipe.clips(), 250, recipe.seed());
    }

    /** Runs (or resumes) all stages; returns the folder of the exported model. */
    public Path run(IProgressMonitor monitor) throws IOException {
        if (initFrom != null) {
            DitModel.requireModelFolder(initFrom); // before the run folder is made: a wrong --init leaves nothing behind
        }
        Files.createDirectories(out);
        checkRecipe();
        checkInit();
        SubMonitor progress = SubMonitor.convert(monitor, "Training", recipe.aeSteps() + recipe.clips() + recipe.ditSteps() + 1); //$NON-NLS-1$
        ModelConfig config = initialConfig();
        try (DitModel model = DitModel.create(config, recipe.seed())) {
            float scale = initFrom == null ? trainAutoencoder(model, progress.split(recipe.aeSteps())) : startFrom(model, progress.split(recipe.aeSteps()));
            DitModel scaled = model.withConfig(config.withLatentScale(scale));
            encodeLatents(scaled, progress.split(recipe.clips()));
            return trainTransformer(scaled, progress.split(recipe.ditSteps() + 1));
        }
    }

    /**
     * A resumed run must use the recipe it started with, except for more Transformer steps (training longer: the
     * learning-rate schedule is stretched to the new end from where the run is).
     */
    private void checkRecipe() throws IOException {
        Path file = out.resolve("recipe.json"); //$NON-NLS-1$
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(recipe);
        if (Files.exists(file)) {
            com.fasterxml.jackson.databind.node.ObjectNode stored = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(file.toFile());
            com.fasterxml.jackson.databind.node.ObjectNode wanted = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
            int storedSteps = stored.path("ditSteps").asInt(); //$NON-NLS-1$
            stored.remove("ditSteps"); //$NON-NLS-1$
            wanted.remove("ditSteps"); //$NON-NLS-1$
            if (!stored.equals(wanted) || recipe.ditSteps() < storedSteps) {
                throw new IOException(file + " holds a different recipe; resume with the same settings (or more transformer steps) or use another folder"); //$NON-NLS-1$
            }
            if (recipe.ditSteps() > storedSteps) {
                Files.writeString(file, json);
            }
        } else {
            Files.writeString(file, json);
        }
    }

    /** A resumed run must start from the model it started from: {@code init.json} names it and its weights' hash. */
    private void checkInit() throws IOException {
        Path file = out.resolve("init.json"); //$NON-NLS-1$
        String wanted = initFrom == null ? null : initFrom.toAbsolutePath().normalize() + " sha256:" + sha256(initFrom.resolve(DitModel.WEIGHTS_FILE)); //$NON-NLS-1$
        String stored = Files.exists(file) ? JSON.readTree(file.toFile()).path("from").asText(null) : null; //$NON-NLS-1$
        boolean started = Files.exists(out.resolve("ae.ckpt")) || Files.exists(out.resolve("ae.scale")); //$NON-NLS-1$ //$NON-NLS-2$
        if (started && !java.util.Objects.equals(stored, wanted)) {
            throw new IOException(out + " was started " + (stored == null ? "from scratch" : "from " + stored) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "; resume it the same way or use another folder"); //$NON-NLS-1$
        }
        if (wanted != null && stored == null) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.createObjectNode().put("from", wanted))); //$NON-NLS-1$
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the starting model's weights in place of the autoencoder stage; returns its latent scale. */
    private float startFrom(DitModel model, IProgressMonitor monitor) throws IOException {
        try (DitModel init = DitModel.load(initFrom)) {
            ModelConfig a = init.config().withLatentScale(1f);
            ModelConfig b = model.config().withLatentScale(1f);
            if (!a.equals(b)) {
                throw new IOException(initFrom + " does not have this recipe's architecture and vocabulary (" + a + " vs " + b + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            model.params().copyFrom(init.params());
            Files.writeString(out.resolve("ae.scale"), Float.toString(init.config().latentScale())); //$NON-NLS-1$
            SubMonitor.convert(monitor, 1).worked(1);
            return init.config().latentScale();
        }
    }

    private ModelConfig initialConfig() {
        TreeSet<String> words = new TreeSet<>();
        for (int i = 0; i < recipe.clips(); i++) {
            words.addAll(Tokenizer.words(ShapesWorldDataset.captionOf(data, i).text()));
        }
        int maxTokens = 0;
        for (int i = 0; i < Math.min(recipe.clips(), 5000); i++) {
            maxTokens = Math.max(maxTokens, Tokenizer.words(ShapesWorldDataset.captionOf(data, i).text()).size());
        }
        return new ModelConfig(ModelConfig.FORMAT, recipe.width(), recipe.height(), recipe.fps(), recipe.windowFrames(), recipe.contextFrames(),
                recipe.latentChannels(), 1f, recipe.dim() >= 128 ? List.of(16, 32, 64, 64) : List.of(8, 8, 16, 16),
                recipe.dim() >= 128 ? List.of(32, 48, 64, 96) : List.of(8, 8, 16, 16), 2, recipe.patchSize(), recipe.dim(), recipe.depth(),
                recipe.heads(), recipe.textDepth(), Math.max(8, maxTokens + 4), List.copyOf(words));
    }

    // ---- stage 1: autoencoder

    private float trainAutoencoder(DitModel model, IProgressMonitor monitor) throws IOException {
        Path ckpt = out.resolve("ae.ckpt"); //$NON-NLS-1$
        Path scaleFile = out.resolve("ae.scale"); //$NON-NLS-1$
        SubMonitor progress = SubMonitor.convert(monitor, "Autoencoder", recipe.aeSteps()); //$NON-NLS-1$
        try (ModelTraining training = new ModelTraining(model, ModelTraining.Stage.AUTOENCODER, 0.999f)) {
            if (Files.exists(ckpt)) {
                training.loadCheckpoint(ckpt);
                progress.worked((int) training.step());
            }
            int crop = recipe.aeCrop();
            while (training.step() < recipe.aeSteps()) {
                checkCanceled(progress);
                long step = training.step();
                SplittableRandom r = new SplittableRandom(recipe.seed() * 31 + step);
                float[] batch = new float[recipe.aeBatch() * 3 * crop * crop];
                int perClip = 4;
                for (int i = 0; i < recipe.aeBatch(); i += perClip) {
                    List<byte[]> frames = render(r.nextInt(1 << 30)).frames();
                    for (int j = i; j < Math.min(recipe.aeBatch(), i + perClip); j++) {
                        cropInto(frames.get(r.nextInt(frames.size())), r.nextInt(recipe.width() - crop + 1), r.nextInt(recipe.height() - crop + 1), crop,
                                batch, j);
                    }
                }
                float lr = recipe.aeLr() * warm(step, recipe.warmup()) * cosine(step, recipe.aeSteps());
                float loss = training.autoencoderStep(batch, recipe.aeBatch(), crop, crop, lr);
                log("ae", training.step(), loss, lr, training.lastGradientNorm()); //$NON-NLS-1$
                progress.subTask(String.format("autoencoder step %d/%d, loss %.4f", training.step(), recipe.aeSteps(), loss)); //$NON-NLS-1$
                progress.worked(1);
                if (training.step() % recipe.checkpointEvery() == 0 || training.step() == recipe.aeSteps()) {
                    training.saveCheckpoint(ckpt);
                }
            }
            // the stage's averaged weights are the ones the rest of training and the engine use
            try (DitModel averaged = training.averagedModel(model.config())) {
                model.params().copyFrom(averaged.params());
            }
        }
        if (Files.exists(scaleFile)) {
            return Float.parseFloat(Files.readString(scaleFile).trim());
        }
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<byte[]> f = render(1_000_000 + i).frames();
            frames.add(f.get(0));
            frames.add(f.get(f.size() - 1));
        }
        float std = ModelTraining.latentStd(model, toFloats(frames), frames.size(), recipe.height(), recipe.width());
        float scale = 1f / Math.max(1e-3f, std);
        Files.writeString(scaleFile, Float.toString(scale));
        return scale;
    }

    // ---- stage 2: latents

    private void encodeLatents(DitModel model, IProgressMonitor monitor) throws IOException {
        Path dir = Files.createDirectories(out.resolve("latents")); //$NON-NLS-1$
        SubMonitor progress = SubMonitor.convert(monitor, "Encoding clips", recipe.clips()); //$NON-NLS-1$
        VideoDiffusion vd = new VideoDiffusion(model);
        for (int shard = 0; shard < data.shards(); shard++) {
            int first = shard * data.clipsPerShard();
            int count = Math.min(data.clipsPerShard(), recipe.clips() - first);
            Path file = dir.resolve(String.format("shard-%05d.bin", shard)); //$NON-NLS-1$
            if (Files.exists(file)) {
                progress.worked(count);
                continue;
            }
            Path tmp = dir.resolve(file.getFileName() + ".tmp"); //$NON-NLS-1$
            try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
                o.writeInt(count);
                for (int clip = first; clip < first + count; clip++) {
                    checkCanceled(progress);
                    Rendered r = render(clip);
                    float[] lat = vd.encode(r.frames(), recipe.width(), recipe.height());
                    o.writeUTF(r.caption());
                    o.writeInt(lat.length);
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(lat.length * 4);
                    buf.asFloatBuffer().put(lat);
                    o.write(buf.array());
                    progress.worked(1);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Clip(String caption, float[] latents) {
    }

    private List<Clip> readLatents() throws IOException {
        List<Clip> clips = new ArrayList<>();
        for (int shard = 0; shard < data.shards(); shard++) {
            Path file = out.resolve("latents").resolve(String.format("shard-%05d.bin", shard)); //$NON-NLS-1$ //$NON-NLS-2$
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String caption = in.readUTF();
                    float[] lat = new float[in.readInt()];
                    byte[] bytes = new byte[lat.length * 4];
                    in.readFully(bytes);
                    java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(lat);
                    clips.add(new Clip(caption, lat));
                }
            }
        }
        return clips;
    }

    // ---- stage 3: transformer

    private Path trainTransformer(DitModel model, IProgressMonitor monitor) throws IOException {
        Path ckpt = out.resolve("dit.ckpt"); //$NON-NLS-1$
        SubMonitor progress = SubMonitor.convert(monitor, "Transformer", recipe.ditSteps() + 1); //$NON-NLS-1$
        List<Clip> clips = readLatents();
        ModelConfig c = model.config();
        Tokenizer tokenizer = model.tokenizer();
        try (ModelTraining training = new ModelTraining(model, ModelTraining.Stage.TRANSFORMER, 0.999f)) {
            if (Files.exists(ckpt)) {
                training.loadCheckpoint(ckpt);
                progress.worked((int) training.step());
            }
            while (training.step() < recipe.ditSteps()) {
                checkCanceled(progress);
                long step = training.step();
                ModelTraining.Batch batch = batch(c, tokenizer, clips, new SplittableRandom(recipe.seed() * 7919 + step));
                float lr = recipe.ditLr() * warm(step, recipe.warmup()) * cosine(step, recipe.ditSteps());
                long t0 = System.nanoTime();
                float loss = training.transformerStep(batch, lr);
                log("dit", training.step(), loss, lr, training.lastGradientNorm()); //$NON-NLS-1$
                progress.subTask(String.format("transformer step %d/%d, loss %.4f, %.2f s/step", training.step(), recipe.ditSteps(), loss, //$NON-NLS-1$
                        (System.nanoTime() - t0) / 1e9));
                progress.worked(1);
                if (training.step() % recipe.checkpointEvery() == 0 || training.step() == recipe.ditSteps()) {
                    training.saveCheckpoint(ckpt);
                }
                if (training.step() % recipe.sampleEvery() == 0 || training.step() == recipe.ditSteps()) {
                    try (DitModel averaged = training.averagedModel(c)) {
                        writeSamples(averaged, training.step());
                        export(averaged, training.step());
                    }
                }
            }
            progress.worked(1);
        }
        return out.resolve("model"); //$NON-NLS-1$
    }

    private ModelTraining.Batch batch(ModelConfig c, Tokenizer tokenizer, List<Clip> clips, SplittableRandom r) {
        int b = recipe.ditBatch();
        int t = c.windowFrames();
        int ch = c.latentChannels();
        int lh = recipe.height() / 8;
        int lw = recipe.width() / 8;
        int plane = lh * lw;
        int frameSize = ch * plane;
        float[] clean = new float[b * ch * t * plane];
        float[] noise = new float[clean.length];
        float[] mask = new float[b * t * plane];
        int[] ids = new int[b * c.maxTextTokens()];
        int[] lengths = new int[b];
        float[] times = new float[b];
        for (int i = 0; i < b; i++) {
            Clip clip = clips.get(r.nextInt(clips.size()));
            int clipFrames = clip.latents().length / frameSize;
            int offset = r.nextInt(clipFrames - t + 1);
            // stored [T, C, H, W]; the model wants [C, T, H, W]
            for (int f = 0; f < t; f++) {
                for (int k = 0; k < ch; k++) {
                    System.arraycopy(clip.latents(), (offset + f) * frameSize + k * plane, clean, ((i * ch + k) * t + f) * plane, plane);
                }
            }
            for (int j = i * ch * t * plane; j < (i + 1) * ch * t * plane; j++) {
                noise[j] = (float) io.tessera.engine.dit.model.Params.gaussian(r);
            }
            int[] known = knownFrames(r, t, c.contextFrames());
            for (int f = 0; f < t; f++) {
                if (f < known[0] || f >= t - known[1]) {
                    java.util.Arrays.fill(mask, (i * t + f) * plane, (i * t + f + 1) * plane, 1f);
                }
            }
            Tokenizer.Tokens tokens = r.nextInt(10) == 0 ? tokenizer.empty() : tokenizer.encode(clip.caption());
            System.arraycopy(tokens.ids(), 0, ids, i * c.maxTextTokens(), c.maxTextTokens());
            lengths[i] = tokens.length();
            times[i] = io.tessera.engine.dit.model.FlowMatching.logitNormal(r);
        }
        return new ModelTraining.Batch(b, t, lh, lw, clean, noise, mask, ids, lengths, times);
    }

    /** Known frames at the start and end of a training window, in the mix the engine asks for. */
    static int[] knownFrames(SplittableRandom r, int window, int context) {
        int x = r.nextInt(100);
        if (x < 35) {
            return new int[] { 0, 0 };
        }
        if (x < 50) {
            return new int[] { 1, 0 };
        }
        if (x < 75) {
            return new int[] { context, 0 };
        }
        if (x < 85) {
            return new int[] { 0, context };
        }
        return new int[] { context / 2, context / 2 };
    }

    // ---- samples, export, log

    private static final String[] SAMPLE_PROMPTS = { "a red circle moves right over a blue background",
            "two yellow squares fall on a grass background", "a big pink star rises. the background is night" };

    /** Validation clips from the averaged weights, each scored by Tessera-Bench into {@code samples/step-N-bench.json}. */
    private void writeSamples(DitModel model, long step) throws IOException {
        Path dir = Files.createDirectories(out.resolve("samples")); //$NON-NLS-1$
        VideoDiffusion vd = new VideoDiffusion(model);
        io.tessera.train.bench.QualityBench bench = new io.tessera.train.bench.QualityBench();
        List<io.tessera.train.bench.QualityBench.ClipScore> scores = new ArrayList<>();
        for (int i = 0; i < SAMPLE_PROMPTS.length; i++) {
            if (!model.tokenizer().encode(SAMPLE_PROMPTS[i]).unknown().isEmpty()) {
                continue;
            }
            Path file = dir.resolve(String.format("step-%06d-%d.mp4", step, i)); //$NON-NLS-1$
            try (Mp4VideoWriter w = Mp4VideoWriter.open(file, VideoSettings.of(recipe.width(), recipe.height(), recipe.fps()))) {
                vd.generate(VideoDiffusion.Job.text(SAMPLE_PROMPTS[i], recipe.width(), recipe.height(), 2 * model.config().windowFrames(),
                        new VideoDiffusion.Settings(20, 4f, VideoDiffusion.Sampler.EULER, 1)), rgb -> w.writeFrame(new VideoFrame(recipe.width(),
                                recipe.height(), rgb)), new NullProgressMonitor());
            }
            try {
                scores.add(bench.score(file.getFileName().toString(), io.tessera.train.bench.BenchPrompt.parse(SAMPLE_PROMPTS[i]),
                        io.tessera.train.bench.ClipAnalysis.of(file)));
            } catch (io.tessera.engine.scene.SceneParseException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!scores.isEmpty()) {
            io.tessera.train.bench.QualityBench.Report report = io.tessera.train.bench.QualityBench.Report.of(scores, null);
            Files.writeString(dir.resolve(String.format("step-%06d-bench.json", step)), //$NON-NLS-1$
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson(JSON)));
        }
    }

    private void export(DitModel model, long step) throws IOException {
        Path dir = out.resolve("model"); //$NON-NLS-1$
        model.save(dir, true);
        ObjectNode info = JSON.createObjectNode();
        info.put("steps", step).put("wallSeconds", Math.round((System.nanoTime() - started) / 1e9)).put("parameters", model.parameterCount()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("trainingClips", recipe.clips()).put("clipFrames", recipe.clipFrames()); //$NON-NLS-1$ //$NON-NLS-2$
        info.set("recipe", JSON.valueToTree(recipe)); //$NON-NLS-1$
        Files.writeString(dir.resolve("training.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(info)); //$NON-NLS-1$
    }

    private void log(String stage, long step, float loss, float lr, float gradNorm) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("stage", stage).put("step", step).put("loss", loss).put("lr", lr).put("gradNorm", gradNorm) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .put("time", System.currentTimeMillis()); //$NON-NLS-1$
        Files.writeString(out.resolve("train-log.jsonl"), JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, //$NON-NLS-1$ //$NON-NLS-2$
                StandardOpenOption.APPEND);
    }

    // ---- helpers

    private record Rendered(String caption, List<byte[]> frames) {
    }

    private Rendered render(int clip) throws IOException {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream((int) data.bytesPerClip());
        ObjectNode meta = ShapesWorldDataset.renderClip(data, clip, pixels);
        byte[] all = pixels.toByteArray();
        int frame = recipe.width() * recipe.height() * 3;
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < recipe.clipFrames(); i++) {
            frames.add(java.util.Arrays.copyOfRange(all, i * frame, (i + 1) * frame));
        }
        return new Rendered(meta.get("caption").asText(), frames); //$NON-NLS-1$
    }

    private void cropInto(byte[] rgb, int x0, int y0, int crop, float[] batch, int index) {
        int w = recipe.width();
        int base = index * 3 * crop * crop;
        for (int y = 0; y < crop; y++) {
            for (int x = 0; x < crop; x++) {
                int src = ((y0 + y) * w + x0 + x) * 3;
                for (int k = 0; k < 3; k++) {
                    batch[base + (k * crop + y) * crop + x] = (rgb[src + k] & 0xFF) / 127.5f - 1f;
                }
            }
        }
    }

    private float[] toFloats(List<byte[]> frames) {
        int w = recipe.width();
        int h = recipe.height();
        float[] out = new float[frames.size() * 3 * w * h];
        for (int i = 0; i < frames.size(); i++) {
            cropIntoFull(frames.get(i), out, i, w, h);
        }
        return out;
    }

    private static void cropIntoFull(byte[] rgb, float[] out, int index, int w, int h) {
        int base = index * 3 * w * h;
        for (int p = 0; p < w * h; p++) {
            for (int k = 0; k < 3; k++) {
                out[base + k * w * h + p] = (rgb[p * 3 + k] & 0xFF) / 127.5f - 1f;
            }
        }
    }

    private static float warm(long step, int warmup) {
        return Math.min(1f, (step + 1f) / Math.max(1, warmup));
    }

    /** Cosine decay to a tenth of the rate over the stage. */
    private static float cosine(long step, int total) {
        return (float) (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, (double) step / total))));
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

}
