package io.tessera.engine.dit.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Optimisation of a {@link DitModel} from plain Java arrays, so the data side (rendering, caching, batching) needs no
 * tensor library. Two stages share it: the autoencoder (reconstruction), then the Transformer with the autoencoder
 * frozen (rectified flow). Checkpoints hold weights, an exponential moving average of them (what ships), the
 * optimiser's moments and the step, written atomically, so an interrupted run resumes exactly.
 */
public final class ModelTraining implements AutoCloseable {
    private static final int CHECKPOINT_MAGIC = 0x5453434B; // "TSCK"

    /** Which weights a stage trains. */
    public enum Stage {
        AUTOENCODER("ae."), TRANSFORMER(""); //$NON-NLS-1$ //$NON-NLS-2$

        private final String prefix;

        Stage(String prefix) {
            this.prefix = prefix;
        }

        boolean trains(String name) {
            return this == AUTOENCODER ? name.startsWith(prefix) : !name.startsWith("ae."); //$NON-NLS-1$
        }
    }

    /**
     * A Transformer batch. Latents are [B, C, T, H, W] flattened; {@code mask} is [B, 1, T, H, W] (1 = known frame);
     * {@code ids} are [B, maxTextTokens] with {@code lengths}; {@code t} one flow time per sample.
     */
    public record Batch(int size, int frames, int latentHeight, int latentWidth, float[] clean, float[] noise, float[] mask, int[] ids,
            int[] lengths, float[] t) {
    }

    private final DitModel model;
    private final Stage stage;
    private final Map<String, NDArray> trained = new LinkedHashMap<>();
    private final Map<String, NDArray> ema = new LinkedHashMap<>();
    private final AdamW optimiser;
    private final float emaDecay;

    public ModelTraining(DitModel model, Stage stage, float emaDecay) {
        this.model = model;
        this.stage = stage;
        this.emaDecay = emaDecay;
        this.optimiser = new AdamW(0.9f, 0.99f, stage == Stage.AUTOENCODER ? 0f : 0.01f);
        for (Map.Entry<String, NDArray> e : model.params().arrays().entrySet()) {
            if (stage.trains(e.getKey())) {
                e.getValue().setRequiresGradient(true);
                trained.put(e.getKey(), e.getValue());
                NDArray copy = e.getValue().duplicate();
                copy.setName(e.getKey());
                ema.put(e.getKey(), copy);
            }
        }
    }

    public long step() {
        return optimiser.step();
    }

    public float lastGradientNorm() {
        return optimiser.lastGradientNorm();
    }

    public long trainedParameters() {
        long n = 0;
        for (NDArray a : trained.values()) {
            n += a.getShape().size();
        }
        return n;
    }

    /** One reconstruction step on frames [N, 3, H, W] in [-1, 1]; returns the loss. */
    public float autoencoderStep(float[] pixels, int n, int height, int width, float lr) {
        NDManager m = model.manager();
        float loss;
        try (NDManager scope = m.newSubManager()) {
            NDArray x = scope.create(pixels, new Shape(n, 3, height, width));
            Autoencoder ae = model.autoencoder();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = autoencoderLoss(ae, x);
                gc.backward(l);
                loss = l.getFloat();
            }
        }
        optimiser.update(trained, lr, 1f);
        updateEma();
        return loss;
    }

    /** The reconstruction loss of frames {@code x}, recorded for the backward pass when a gradient collector is open. */
    static NDArray autoencoderLoss(Autoencoder ae, NDArray x) {
        NDArray z = ae.encodeRaw(x);
        NDArray rec = ae.decodeRaw(z);
        NDArray diff = rec.sub(x);
        // L1 keeps edges sharp, L2 the colours right; the small latent penalty keeps the latent's scale bounded
        // (constants as native tensors: see Nn.constant)
        return diff.abs().mean().add(diff.square().mean()).add(Nn.scale(z.square().mean(), 1e-4f));
    }

    /** One flow-matching step; returns the loss. */
    public float transformerStep(Batch b, float lr) {
        NDManager m = model.manager();
        int ch = model.config().latentChannels();
        Shape latent = new Shape(b.size(), ch, b.frames(), b.latentHeight(), b.latentWidth());
        Shape maskShape = new Shape(b.size(), 1, b.frames(), b.latentHeight(), b.latentWidth());
        float loss;
        try (NDManager scope = m.newSubManager()) {
            NDArray x0 = scope.create(b.clean(), latent);
            NDArray noise = scope.create(b.noise(), latent);
            NDArray mask = scope.create(b.mask(), maskShape);
            NDArray context = x0.mul(mask);
            DiffusionTransformer dit = model.transformer();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                DiffusionTransformer.Text text = dit.encodeText(scope, b.ids(), b.lengths());
                NDArray l = FlowMatching.loss(dit, x0, context, mask, noise, b.t(), text);
                gc.backward(l);
                loss = l.getFloat();
            }
        }
        optimiser.update(trained, lr, 1f);
        updateEma();
        return loss;
    }

    private void updateEma() {
        // a short effective horizon early on, so the average is not dominated by the random start
        float d = Math.min(emaDecay, (1f + optimiser.step()) / (10f + optimiser.step()));
        try (NDManager scope = model.manager().newSubManager()) {
            scope.tempAttachAll(ema.values().toArray(new NDArray[0]));
            scope.tempAttachAll(trained.values().toArray(new NDArray[0]));
            for (Map.Entry<String, NDArray> e : ema.entrySet()) {
                e.getValue().muli(d).addi(trained.get(e.getKey()).mul(1 - d));
            }
        }
    }

    /** A model with the averaged weights of this stage (and the current ones elsewhere), for sampling or export. */
    public DitModel averagedModel(ModelConfig config) {
        DitModel copy = DitModel.create(config, 0);
        Params p = copy.params();
        for (Map.Entry<String, NDArray> e : model.params().arrays().entrySet()) {
            NDArray src = ema.getOrDefault(e.getKey(), e.getValue());
            p.get(e.getKey()).set(src.toFloatArray());
        }
        return copy;
    }

    /** Mean squared latent of some frames, to scale latents to unit variance. */
    public static float latentStd(DitModel model, float[] pixels, int n, int height, int width) {
        try (NDManager scope = model.manager().newSubManager()) {
            NDArray z = model.autoencoder().encodeRaw(scope.create(pixels, new Shape(n, 3, height, width)));
            return (float) Math.sqrt(z.square().mean().getFloat());
        }
    }

    public void saveCheckpoint(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
        try (OutputStream raw = Files.newOutputStream(tmp); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20))) {
            out.writeInt(CHECKPOINT_MAGIC);
            out.writeUTF(stage.name());
            Map<String, NDArray> all = model.params().arrays();
            out.writeInt(all.size());
            for (Map.Entry<String, NDArray> e : all.entrySet()) {
                Params.writeTensor(out, e.getKey(), e.getValue(), false);
            }
            out.writeInt(ema.size());
            for (Map.Entry<String, NDArray> e : ema.entrySet()) {
                Params.writeTensor(out, e.getKey(), e.getValue(), false);
            }
            optimiser.save(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // the previous checkpoint stays as it was
            throw e;
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void loadCheckpoint(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 20));
                NDManager scratch = model.manager().newSubManager()) {
            if (in.readInt() != CHECKPOINT_MAGIC) {
                throw new IOException(file + " is not a Tessera checkpoint"); //$NON-NLS-1$
            }
            String s = in.readUTF();
            if (!s.equals(stage.name())) {
                throw new IOException(file + " is a checkpoint of stage " + s + ", not " + stage); //$NON-NLS-1$ //$NON-NLS-2$
            }
            readInto(in, model.params().arrays(), scratch);
            readInto(in, ema, scratch);
            optimiser.load(in, model.manager());
        }
    }

    private static void readInto(DataInputStream in, Map<String, NDArray> target, NDManager scratch) throws IOException {
        Params tmp = Params.readTensors(in, in.readInt(), scratch);
        for (Map.Entry<String, NDArray> e : tmp.arrays().entrySet()) {
            NDArray dst = target.get(e.getKey());
            if (dst != null) {
                dst.set(e.getValue().toFloatArray());
            }
        }
    }

    @Override
    public void close() {
        for (NDArray a : ema.values()) {
            a.close();
        }
    }
}
