package io.tessera.engine.dit.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The rectified-flow objective: a straight path {@code x_t = (1 - t)·x0 + t·noise} from data (t = 0) to noise
 * (t = 1); the Transformer learns the constant velocity {@code noise - x0}. Known frames are not scored.
 */
public final class FlowMatching {
    private FlowMatching() {
    }

    /** Mean squared velocity error over the unknown latent positions. */
    public static NDArray loss(DiffusionTransformer dit, NDArray x0, NDArray context, NDArray mask, NDArray noise, float[] t,
            DiffusionTransformer.Text text) {
        NDManager m = x0.getManager();
        NDArray tt = m.create(t, new Shape(t.length, 1, 1, 1, 1));
        NDArray xt = x0.mul(Nn.plus(tt.neg(), 1f)).add(noise.mul(tt));
        NDArray v = dit.forward(xt, context, mask, t, text);
        NDArray unknown = Nn.plus(mask.neg(), 1f);
        NDArray err = v.sub(noise.sub(x0)).square().mul(unknown);
        NDArray count = Nn.plus(Nn.scale(unknown.sum(), x0.getShape().get(1)), 1f);
        return err.sum().div(count);
    }

    /** Logit-normal time sampling (as in SD3): most training where the prediction is hardest, mid-path. */
    public static float logitNormal(java.util.SplittableRandom r) {
        double z = Params.gaussian(r);
        return (float) (1 / (1 + Math.exp(-z)));
    }
}
