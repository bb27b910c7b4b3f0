package io.tessera.engine.dit.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The Diffusion Transformer over spacetime patches, with its text encoder. It predicts the rectified-flow velocity
 * {@code noise - clean} of a window of latent frames [B, C, T, H, W] at flow time t in [0, 1], conditioned on
 * <ul>
 * <li>the prompt, by cross-attention to the text encoder's tokens (and their mean added to the time embedding);</li>
 * <li>t, by adaLN-zero: every block's norms are scaled and shifted from the time embedding, and its residual branches
 * gated by a projection that starts at zero, so the untrained model is the identity;</li>
 * <li>known frames (the image of image-to-video, the last frames of the previous window, the ends of a loop): a
 * second latent with those frames and zeros elsewhere, plus a mask channel, concatenated to the input.</li>
 * </ul>
 * Positions are 3-D sinusoids of (frame, row, column) computed for the grid at hand, so any window length and frame
 * size that divide into patches can be run.
 */
public final class DiffusionTransformer {
    private static final int TIME_FEATURES = 256;
    private final Params p;
    private final ModelConfig c;

    /** Encoded prompt: tokens [B, L, D], attention bias [B, 1, 1, L], pooled [B, D]. */
    public record Text(NDArray tokens, NDArray bias, NDArray pooled) {
    }

    public DiffusionTransformer(Params p, ModelConfig c) {
        this.p = p;
        this.c = c;
    }

    public static void init(Params p, ModelConfig c) {
        int d = c.dim();
        int vocab = c.vocabulary().size() + 2;
        p.normal("text.emb", 0.02 * Math.sqrt(d), vocab, d); //$NON-NLS-1$
        p.normal("text.pos", 0.02 * Math.sqrt(d), c.maxTextTokens(), d); //$NON-NLS-1$
        for (int i = 0; i < c.textDepth(); i++) {
            String b = "text." + i; //$NON-NLS-1$
            Nn.linearInit(p, b + ".qkv", d, 3L * d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".o", d, d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".m1", d, 4L * d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".m2", 4L * d, d); //$NON-NLS-1$
        }
        Nn.linearInit(p, "text.pool", d, d); //$NON-NLS-1$
        long patchIn = (2L * c.latentChannels() + 1) * c.patchFrames() * c.patchSize() * c.patchSize();
        long patchOut = (long) c.latentChannels() * c.patchFrames() * c.patchSize() * c.patchSize();
        Nn.linearInit(p, "patch", patchIn, d); //$NON-NLS-1$
        Nn.linearInit(p, "time.1", TIME_FEATURES, d); //$NON-NLS-1$
        Nn.linearInit(p, "time.2", d, d); //$NON-NLS-1$
        for (int i = 0; i < c.depth(); i++) {
            String b = "blk." + i; //$NON-NLS-1$
            Nn.linearZeroInit(p, b + ".ada", d, 6L * d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".qkv", d, 3L * d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".o", d, d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".cq", d, d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".ckv", d, 2L * d); //$NON-NLS-1$
            Nn.linearZeroInit(p, b + ".co", d, d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".m1", d, 4L * d); //$NON-NLS-1$
            Nn.linearInit(p, b + ".m2", 4L * d, d); //$NON-NLS-1$
        }
        Nn.linearZeroInit(p, "final.ada", d, 2L * d); //$NON-NLS-1$
        Nn.linearZeroInit(p, "final.out", d, patchOut); //$NON-NLS-1$
    }

    /** Encodes prompts given as padded ids [B * maxTextTokens] with their lengths. */
    public Text encodeText(NDManager m, int[] ids, int[] lengths) {
        int b = lengths.length;
        int l = c.maxTextTokens();
        int vocab = c.vocabulary().size() + 2;
        float[] oneHot = new float[b * l * vocab];
        for (int i = 0; i < b * l; i++) {
            oneHot[i * vocab + ids[i]] = 1f;
        }
        NDArray x = m.create(oneHot, new Shape(b, l, vocab)).matMul(p.get("text.emb")).add(p.get("text.pos")); //$NON-NLS-1$ //$NON-NLS-2$
        float[] bias = new float[b * l];
        float[] valid = new float[b * l];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < l; j++) {
                boolean in = j < lengths[i];
                bias[i * l + j] = in ? 0f : -1e9f;
                valid[i * l + j] = in ? 1f / lengths[i] : 0f;
            }
        }
        NDArray biasArray = m.create(bias, new Shape(b, 1, 1, l));
        int heads = c.heads();
        for (int i = 0; i < c.textDepth(); i++) {
            String n = "text." + i; //$NON-NLS-1$
            NDList qkv = Nn.linear(p, n + ".qkv", Nn.layerNorm(x)).split(3, 2); //$NON-NLS-1$
            x = x.add(Nn.linear(p, n + ".o", Nn.attention(qkv.get(0), qkv.get(1), qkv.get(2), heads, biasArray))); //$NON-NLS-1$
            x = x.add(Nn.linear(p, n + ".m2", Nn.gelu(Nn.linear(p, n + ".m1", Nn.layerNorm(x))))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        x = Nn.layerNorm(x);
        NDArray pooled = x.mul(m.create(valid, new Shape(b, l, 1))).sum(new int[] { 1 });
        return new Text(x, biasArray, Nn.linear(p, "text.pool", pooled)); //$NON-NLS-1$
    }

    /**
     * Velocity for noisy latents {@code xt} [B, C, T, H, W] at times {@code t} (one per sample), given the known
     * latents {@code context} (same shape, zero where unknown) and {@code mask} [B, 1, T, H, W] (1 where known).
     */
    public NDArray forward(NDArray xt, NDArray context, NDArray mask, float[] t, Text text) {
        NDManager m = xt.getManager();
        Shape s = xt.getShape();
        long b = s.get(0);
        long ch = s.get(1);
        int pt = c.patchFrames();
        int ps = c.patchSize();
        long tt = s.get(2) / pt;
        long hh = s.get(3) / ps;
        long ww = s.get(4) / ps;
        long cin = 2 * ch + 1;
        NDArray in = NDArrays.concat(new NDList(xt, context, mask), 1);
        NDArray tokens = in.reshape(new Shape(b, cin, tt, pt, hh, ps, ww, ps)).transpose(0, 2, 4, 6, 1, 3, 5, 7)
                .reshape(b, tt * hh * ww, cin * pt * ps * ps);
        NDArray x = Nn.linear(p, "patch", tokens).add(m.create(positions((int) tt, (int) hh, (int) ww, c.dim()), //$NON-NLS-1$
                new Shape(tt * hh * ww, c.dim())));
        NDArray time = m.create(timeFeatures(t), new Shape(b, TIME_FEATURES));
        NDArray cond = Nn.linear(p, "time.2", Nn.silu(Nn.linear(p, "time.1", time))).add(text.pooled()); //$NON-NLS-1$ //$NON-NLS-2$
        NDArray condAct = Nn.silu(cond);
        int heads = c.heads();
        for (int i = 0; i < c.depth(); i++) {
            String n = "blk." + i; //$NON-NLS-1$
            NDList ada = Nn.linear(p, n + ".ada", condAct).expandDims(1).split(6, 2); //$NON-NLS-1$
            NDArray h = modulate(Nn.layerNorm(x), ada.get(0), ada.get(1));
            NDList qkv = Nn.linear(p, n + ".qkv", h).split(3, 2); //$NON-NLS-1$
            x = x.add(ada.get(2).mul(Nn.linear(p, n + ".o", Nn.attention(qkv.get(0), qkv.get(1), qkv.get(2), heads, null)))); //$NON-NLS-1$
            NDArray q = Nn.linear(p, n + ".cq", Nn.layerNorm(x)); //$NON-NLS-1$
            NDList kv = Nn.linear(p, n + ".ckv", text.tokens()).split(2, 2); //$NON-NLS-1$
            x = x.add(Nn.linear(p, n + ".co", Nn.attention(q, kv.get(0), kv.get(1), heads, text.bias()))); //$NON-NLS-1$
            h = modulate(Nn.layerNorm(x), ada.get(3), ada.get(4));
            x = x.add(ada.get(5).mul(Nn.linear(p, n + ".m2", Nn.gelu(Nn.linear(p, n + ".m1", h))))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        NDList fin = Nn.linear(p, "final.ada", condAct).expandDims(1).split(2, 2); //$NON-NLS-1$
        NDArray out = Nn.linear(p, "final.out", modulate(Nn.layerNorm(x), fin.get(0), fin.get(1))); //$NON-NLS-1$
        return out.reshape(new Shape(b, tt, hh, ww, ch, pt, ps, ps)).transpose(0, 4, 1, 5, 2, 6, 3, 7).reshape(s);
    }

    private static NDArray modulate(NDArray x, NDArray shift, NDArray scale) {
        return x.mul(Nn.plus(scale, 1f)).add(shift);
    }

    /** Sinusoids of 1000·t, the usual diffusion time embedding. */
    static float[] timeFeatures(float[] t) {
        int half = TIME_FEATURES / 2;
        float[] out = new float[t.length * TIME_FEATURES];
        for (int i = 0; i < t.length; i++) {
            for (int k = 0; k < half; k++) {
                double f = Math.exp(-Math.log(10000) * k / half);
                double a = 1000.0 * t[i] * f;
                out[i * TIME_FEATURES + k] = (float) Math.cos(a);
                out[i * TIME_FEATURES + half + k] = (float) Math.sin(a);
            }
        }
        return out;
    }

    /** 3-D sinusoidal positions [T·H·W, dim]: separate bands for frame, row and column. */
    static float[] positions(int tt, int hh, int ww, int dim) {
        int dx = (dim / 3) & ~1;
        int dt = dim - 2 * dx;
        float[] out = new float[tt * hh * ww * dim];
        int row = 0;
        for (int t = 0; t < tt; t++) {
            for (int y = 0; y < hh; y++) {
                for (int x = 0; x < ww; x++) {
                    int o = row * dim;
                    band(out, o, dt, t);
                    band(out, o + dt, dx, y);
                    band(out, o + dt + dx, dx, x);
                    row++;
                }
            }
        }
        return out;
    }

    private static void band(float[] out, int offset, int width, int pos) {
        int half = width / 2;
        for (int k = 0; k < half; k++) {
            double f = Math.exp(-Math.log(100) * k / half);
            out[offset + k] = (float) Math.sin(pos * f);
            out[offset + half + k] = (float) Math.cos(pos * f);
        }
    }
}
