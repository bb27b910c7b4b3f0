package io.tessera.engine.dit.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;

/** The layers the models are made of, as functions over named tensors of a {@link Params}. */
final class Nn {
    private Nn() {
    }

    static void linearInit(Params p, String name, long in, long out) {
        p.normal(name + ".w", Math.sqrt(1.0 / in), out, in);
        p.zeros(name + ".b", out);
    }

    static void linearZeroInit(Params p, String name, long in, long out) {
        p.zeros(name + ".w", out, in);
        p.zeros(name + ".b", out);
    }

    static NDArray linear(Params p, String name, NDArray x) {
        return Linear.linear(x, p.get(name + ".w"), p.get(name + ".b")).singletonOrThrow();
    }

    static void convInit(Params p, String name, long in, long out, int kernel) {
        p.normal(name + ".w", Math.sqrt(2.0 / (in * kernel * kernel)), out, in, kernel, kernel);
        p.zeros(name + ".b", out);
    }

    static NDArray conv(Params p, String name, NDArray x, int stride) {
        long k = p.get(name + ".w").getShape().get(2);
        return Conv2d.conv2d(x, p.get(name + ".w"), p.get(name + ".b"), new Shape(stride, stride), new Shape(k / 2, k / 2)).singletonOrThrow();
    }

    /**
     * A float constant as a 0-d tensor that the native library owns, attached to {@code like}'s memory scope.
     * <p>
     * Model code that autograd may record never passes a Java number to an {@code NDArray} operation. DJL's PyTorch
     * engine turns {@code x.mul(0.5f)} into {@code x.mul(t)} with {@code t} a tensor <em>over a temporary direct
     * ByteBuffer</em>, and closes {@code t} as soon as the call returns; but {@code mul} and {@code div} keep {@code t}
     * for the backward pass, which reads it only later. A garbage collection in between frees the buffer, and the
     * backward pass then multiplies by whatever that memory holds by then: gradients that change from run to run,
     * sometimes NaN (TrainingTest once ended with NaN weights). {@code full} allocates in native memory that the
     * tensor owns, so the constant lives as long as autograd needs it. Operations outside autograd (the optimiser,
     * sampling) may use numbers: the scalar is consumed before the call returns.
     */
    static NDArray constant(NDArray like, float value) {
        return like.getManager().full(new Shape(), value, like.getDataType());
    }

    /** {@code x * factor}, safe to differentiate (see {@link #constant}). */
    static NDArray scale(NDArray x, float factor) {
        return x.mul(constant(x, factor));
    }

    /** {@code x + value}, safe to differentiate (see {@link #constant}). */
    static NDArray plus(NDArray x, float value) {
        return x.add(constant(x, value));
    }

    static NDArray silu(NDArray x) {
        return x.mul(Activation.sigmoid(x));
    }

    static NDArray gelu(NDArray x) {
        return Activation.gelu(x);
    }

    /** Layer normalisation over the last axis without learned scale and shift (adaLN supplies them). */
    static NDArray layerNorm(NDArray x) {
        NDArray mean = x.mean(new int[] { -1 }, true);
        NDArray centred = x.sub(mean);
        NDArray var = centred.square().mean(new int[] { -1 }, true);
        return centred.div(plus(var, 1e-6f).sqrt());
    }

    /** Per-channel normalisation of a feature map [N, C, H, W] (a group norm with one group per 8 channels). */
    static NDArray groupNorm(Params p, String name, NDArray x) {
        Shape s = x.getShape();
        long groups = Math.max(1, s.get(1) / 8);
        NDArray g = x.reshape(s.get(0), groups, -1);
        NDArray mean = g.mean(new int[] { -1 }, true);
        NDArray centred = g.sub(mean);
        NDArray var = centred.square().mean(new int[] { -1 }, true);
        NDArray norm = centred.div(plus(var, 1e-5f).sqrt()).reshape(s);
        return norm.mul(p.get(name + ".g").reshape(1, -1, 1, 1)).add(p.get(name + ".b").reshape(1, -1, 1, 1));
    }

    static void groupNormInit(Params p, String name, long channels) {
        p.ones(name + ".g", channels);
        p.zeros(name + ".b", channels);
    }

    /**
     * Multi-head attention of queries [B, N, D] over keys/values [B, M, D]; {@code bias} (broadcast to [B, H, N, M],
     * or null) is added to the scores, e.g. a large negative value at padding.
     */
    static NDArray attention(NDArray q, NDArray k, NDArray v, int heads, NDArray bias) {
        long b = q.getShape().get(0);
        long n = q.getShape().get(1);
        long m = k.getShape().get(1);
        long d = q.getShape().get(2);
        long dh = d / heads;
        NDArray qh = q.reshape(b, n, heads, dh).transpose(0, 2, 1, 3);
        NDArray kh = k.reshape(b, m, heads, dh).transpose(0, 2, 3, 1);
        NDArray vh = v.reshape(b, m, heads, dh).transpose(0, 2, 1, 3);
        NDArray scores = scale(qh.matMul(kh), (float) (1.0 / Math.sqrt(dh)));
        if (bias != null) {
            scores = scores.add(bias);
        }
        NDArray out = scores.softmax(-1).matMul(vh);
        return out.transpose(0, 2, 1, 3).reshape(b, n, d);
    }
}
