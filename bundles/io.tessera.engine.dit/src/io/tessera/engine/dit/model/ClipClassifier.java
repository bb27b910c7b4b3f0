package io.tessera.engine.dit.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import io.tessera.engine.dit.internal.DjlRuntime;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * The learned detector's network: a tiny spatio-temporal (3-D) convolutional classifier that tells generated clips
 * from rendered or filmed ones. Input: {@link #FRAMES} frames of a {@link #CROP}×{@link #CROP} luma crop, as two
 * channels, the frames themselves and their differences to the frame before (so the first layer sees change over time
 * directly). Three conv3d blocks (3×3×3, instance-normalised, SiLU; strides 1×2×2, 2×2×2, 2×2×2), global average
 * pooling and one linear unit: the logit of "generated". About 70 k parameters.
 * <p>
 * It lives in this bundle because all DJL code of the product does (one class loader for the native library); the
 * API is plain Java arrays and files, so callers need no tensor library. Every public method runs its DJL work with
 * this bundle's loader as context loader.
 */
public final class ClipClassifier implements AutoCloseable {
    public static final int FRAMES = 8;
    public static final int CROP = 64;
    public static final int CHANNELS = 2;
    /** Clips are read scaled to this square size; crops tile it. */
    public static final int READ_SIZE = 128;
    /** Frames read at most per clip. */
    public static final int MAX_FRAMES = 96;
    static final int[] WIDTHS = { 16, 32, 64 };
    private static final String MAGIC_NAME = "clipclassifier.version"; //$NON-NLS-1$

    private final NDManager manager;
    private final Params params;
    private final AdamW optimiser = new AdamW(0.9f, 0.999f, 1e-4f);

    private ClipClassifier(NDManager manager, Params params) {
        this.manager = manager;
        this.params = params;
    }

    /** A freshly initialised network; the same seed gives the same weights. */
    public static ClipClassifier create(long seed) {
        return call(() -> {
            NDManager m = NDManager.newBaseManager();
            Params p = new Params(m, seed);
            long in = CHANNELS;
            for (int i = 0; i < WIDTHS.length; i++) {
                p.normal("conv" + i + ".w", Math.sqrt(2.0 / (in * 27)), WIDTHS[i], in, 3, 3, 3); //$NON-NLS-1$ //$NON-NLS-2$
                p.zeros("conv" + i + ".b", WIDTHS[i]); //$NON-NLS-1$ //$NON-NLS-2$
                in = WIDTHS[i];
            }
            p.normal("head.w", Math.sqrt(1.0 / in), 1, in); //$NON-NLS-1$
            p.zeros("head.b", 1); //$NON-NLS-1$
            p.zeros(MAGIC_NAME, 1);
            return new ClipClassifier(m, p);
        });
    }

    /** Loads weights written by {@link #save}; a missing, truncated or foreign file is an {@link IOException} naming it. */
    public static ClipClassifier load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no learned-detector weights there"); //$NON-NLS-1$
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    public static ClipClassifier load(InputStream in, String where) throws IOException {
        try {
            return DjlRuntime.call(() -> {
                NDManager m = NDManager.newBaseManager();
                try {
                    Params p = Params.load(in, m, where);
                    check(p, where);
                    return new ClipClassifier(m, p);
                } catch (IOException | RuntimeException e) {
                    m.close();
                    throw e;
                }
            });
        } catch (java.io.EOFException e) {
            throw new IOException(where + ": cut short, not a complete learned-detector weights file", e); //$NON-NLS-1$
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains(where)) {
                throw e;
            }
            throw new IOException(where + ": not a learned-detector weights file (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (Exception e) {
            throw new IOException(where + ": not a learned-detector weights file (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void check(Params p, String where) throws IOException {
        if (!p.has(MAGIC_NAME)) {
            throw new IOException(where + ": a Tessera weights file, but not of the learned detector"); //$NON-NLS-1$
        }
        long in = CHANNELS;
        for (int i = 0; i < WIDTHS.length; i++) {
            String n = "conv" + i + ".w"; //$NON-NLS-1$ //$NON-NLS-2$
            if (!p.has(n) || !p.get(n).getShape().equals(new Shape(WIDTHS[i], in, 3, 3, 3))) {
                throw new IOException(where + ": tensor " + n + " missing or of the wrong shape"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            in = WIDTHS[i];
        }
        if (!p.has("head.w") || !p.has("head.b")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IOException(where + ": the head is missing"); //$NON-NLS-1$
        }
    }

    /** Writes the weights (float32; about 280 kB) atomically. */
    public void save(Path file) throws IOException {
        call(() -> {
            params.save(file, false);
            return null;
        });
    }

    public long parameterCount() {
        return params.count() - 1;
    }

    /** The shapes of the three feature maps and of the output for a batch of {@code n}: for tests and the model card. */
    public List<long[]> shapes(int n) {
        return call(() -> {
            List<long[]> out = new ArrayList<>();
            try (NDManager s = manager.newSubManager()) {
                NDArray x = s.zeros(new Shape(n, CHANNELS, FRAMES, CROP, CROP));
                for (int i = 0; i < WIDTHS.length; i++) {
                    x = block(i, x);
                    out.add(x.getShape().getShape());
                }
                out.add(head(x).getShape().getShape());
            }
            return out;
        });
    }

    private NDArray block(int i, NDArray x) {
        Shape stride = i == 0 ? new Shape(1, 2, 2) : new Shape(2, 2, 2);
        NDArray y = Conv3d.conv3d(x, params.get("conv" + i + ".w"), params.get("conv" + i + ".b"), stride, new Shape(1, 1, 1)).singletonOrThrow(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // instance normalisation over time and space, per channel
        Shape s = y.getShape();
        NDArray flat = y.reshape(s.get(0), s.get(1), -1);
        NDArray mean = flat.mean(new int[] { 2 }, true);
        NDArray c = flat.sub(mean);
        NDArray var = c.square().mean(new int[] { 2 }, true);
        return Nn.silu(c.div(Nn.plus(var, 1e-5f).sqrt())).reshape(s);
    }

    private NDArray head(NDArray x) {
        Shape s = x.getShape();
        NDArray pooled = x.reshape(s.get(0), s.get(1), -1).mean(new int[] { 2 });
        return Linear.linear(pooled, params.get("head.w"), params.get("head.b")).singletonOrThrow().reshape(-1); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private NDArray logits(NDArray x) {
        for (int i = 0; i < WIDTHS.length; i++) {
            x = block(i, x);
        }
        return head(x);
    }

    /** Logits of "generated" for {@code n} inputs of {@link #inputSize()} floats each. */
    public float[] logits(float[] inputs, int n) {
        return call(() -> {
            try (NDManager s = manager.newSubManager()) {
                return logits(s.create(inputs, new Shape(n, CHANNELS, FRAMES, CROP, CROP))).toFloatArray();
            }
        });
    }

    /** Mean binary cross-entropy of the logits against labels (1 = generated), without training. */
    public float loss(float[] inputs, float[] labels, int n) {
        return call(() -> {
            try (NDManager s = manager.newSubManager()) {
                return bce(logits(s.create(inputs, new Shape(n, CHANNELS, FRAMES, CROP, CROP))), s.create(labels)).getFloat();
            }
        });
    }

    /** {@code softplus(z) - y z}, stable for large |z|; no Java scalars reach autograd (see {@link Nn#constant}). */
    private static NDArray bce(NDArray z, NDArray y) {
        NDArray softplus = ai.djl.nn.Activation.relu(z).add(Nn.plus(z.abs().neg().exp(), 1f).log());
        return softplus.sub(y.mul(z)).mean();
    }

    /** One AdamW step on a batch; returns the batch's loss before the step. */
    public float trainStep(float[] inputs, float[] labels, int n, float lr) {
        return call(() -> {
            Map<String, NDArray> trained = trainable();
            float l;
            try (NDManager s = manager.newSubManager()) {
                NDArray x = s.create(inputs, new Shape(n, CHANNELS, FRAMES, CROP, CROP));
                NDArray y = s.create(labels);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = bce(logits(x), y);
                    gc.backward(loss);
                    l = loss.getFloat();
                }
            }
            optimiser.update(trained, lr, 1f);
            return l;
        });
    }

    public long step() {
        return optimiser.step();
    }

    private Map<String, NDArray> trainable() {
        Map<String, NDArray> t = new LinkedHashMap<>();
        for (Map.Entry<String, NDArray> e : params.arrays().entrySet()) {
            if (!e.getKey().equals(MAGIC_NAME)) {
                if (!e.getValue().hasGradient()) {
                    e.getValue().setRequiresGradient(true);
                }
                t.put(e.getKey(), e.getValue());
            }
        }
        return t;
    }

    public static int inputSize() {
        return CHANNELS * FRAMES * CROP * CROP;
    }

    /** A clip's luma frames at {@link #READ_SIZE}² (at most {@link #MAX_FRAMES}), as the network reads them. */
    public static List<byte[]> readLuma(Path file) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        try (Mp4VideoReader r = Mp4VideoReader.open(file, READ_SIZE, READ_SIZE)) {
            VideoFrame f;
            while (frames.size() < MAX_FRAMES && (f = r.nextFrame()) != null) {
                byte[] rgb = f.rgb();
                if (f.width() != READ_SIZE || f.height() != READ_SIZE) {
                    throw new IOException(file + ": decoder gave " + f.width() + "x" + f.height() + " instead of " + READ_SIZE + "x" + READ_SIZE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                byte[] y = new byte[READ_SIZE * READ_SIZE];
                for (int i = 0, p = 0; i < y.length; i++, p += 3) {
                    y[i] = (byte) ((77 * (rgb[p] & 0xFF) + 150 * (rgb[p + 1] & 0xFF) + 29 * (rgb[p + 2] & 0xFF) + 128) >> 8);
                }
                frames.add(y);
            }
        }
        if (frames.isEmpty()) {
            throw new IOException(file + ": no video frames"); //$NON-NLS-1$
        }
        return frames;
    }

    /**
     * Writes one input at {@code out[offset..]}: frames {@code t0 .. t0+FRAMES-1} (the last frame repeats where the
     * clip is shorter) of the crop at ({@code x0}, {@code y0}); channel 0 luma in [-1, 1], channel 1 the difference to
     * the previous frame (zero for the clip's first), times 4.
     */
    public static void window(List<byte[]> luma, int t0, int x0, int y0, float[] out, int offset) {
        int plane = CROP * CROP;
        for (int t = 0; t < FRAMES; t++) {
            int ti = Math.min(luma.size() - 1, t0 + t);
            int tp = Math.max(0, Math.min(luma.size() - 1, t0 + t - 1));
            byte[] cur = luma.get(ti);
            byte[] prev = luma.get(t0 + t - 1 < 0 ? ti : tp);
            int o0 = offset + t * plane;
            int o1 = offset + FRAMES * plane + t * plane;
            for (int y = 0; y < CROP; y++) {
                int row = (y0 + y) * READ_SIZE + x0;
                for (int x = 0; x < CROP; x++) {
                    int a = cur[row + x] & 0xFF;
                    int b = prev[row + x] & 0xFF;
                    out[o0 + y * CROP + x] = a / 127.5f - 1f;
                    out[o1 + y * CROP + x] = (a - b) / 127.5f * 4f;
                }
            }
        }
    }

    /**
     * The inputs a clip is scored on: the four crops that tile the frame, at up to three evenly spaced starting frames.
     */
    public static float[] evaluationWindows(List<byte[]> luma, int[] countOut) {
        int span = Math.max(0, luma.size() - FRAMES);
        int starts = Math.min(3, 1 + (span + FRAMES - 1) / FRAMES);
        int n = starts * 4;
        float[] x = new float[n * inputSize()];
        int k = 0;
        for (int s = 0; s < starts; s++) {
            int t0 = starts == 1 ? 0 : (int) Math.round((double) s * span / (starts - 1));
            for (int q = 0; q < 4; q++) {
                window(luma, t0, (q % 2) * CROP, (q / 2) * CROP, x, k++ * inputSize());
            }
        }
        countOut[0] = n;
        return x;
    }

    /** The probability that the clip was generated: the sigmoid of the mean logit over {@link #evaluationWindows}. */
    public double score(Path file) throws IOException {
        return score(readLuma(file));
    }

    public double score(List<byte[]> luma) {
        int[] n = new int[1];
        float[] x = evaluationWindows(luma, n);
        float[] z = logits(x, n[0]);
        double mean = 0;
        for (float v : z) {
            mean += v;
        }
        mean /= z.length;
        return 1 / (1 + Math.exp(-mean));
    }

    @Override
    public void close() {
        manager.close();
    }

    private static <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return DjlRuntime.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
