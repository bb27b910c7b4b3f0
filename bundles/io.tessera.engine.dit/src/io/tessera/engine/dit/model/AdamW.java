package io.tessera.engine.dit.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * AdamW with its moment estimates kept as named tensors, so a checkpoint holds the whole optimiser state and a
 * resumed run continues exactly where it stopped.
 */
public final class AdamW {
    private final float beta1;
    private final float beta2;
    private final float eps = 1e-8f;
    private final float weightDecay;
    private final Map<String, NDArray> m = new LinkedHashMap<>();
    private final Map<String, NDArray> v = new LinkedHashMap<>();
    private long step;
    private float lastGradientNorm;

    public AdamW(float beta1, float beta2, float weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.weightDecay = weightDecay;
    }

    public long step() {
        return step;
    }

    /**
     * Applies one update to the named weights from their gradients, then zeroes the gradients. A gradient that is not
     * finite stops training: nothing is changed (weights, moments, step) and the exception names the step and the
     * tensors, so a NaN never reaches the weights, their average or a checkpoint.
     */
    public void update(Map<String, NDArray> weights, float lr, float clipNorm) {
        for (Map.Entry<String, NDArray> e : weights.entrySet()) {
            NDArray w = e.getValue();
            m.computeIfAbsent(e.getKey(), k -> w.getManager().zeros(w.getShape()));
            v.computeIfAbsent(e.getKey(), k -> w.getManager().zeros(w.getShape()));
        }
        NDManager owner = weights.values().iterator().next().getManager();
        // every intermediate (and each gradient handle) lives in this scope; the weights and moments go back to
        // their own manager when it closes
        try (NDManager scope = owner.newSubManager()) {
            scope.tempAttachAll(weights.values().toArray(new NDArray[0]));
            scope.tempAttachAll(m.values().toArray(new NDArray[0]));
            scope.tempAttachAll(v.values().toArray(new NDArray[0]));
            Map<String, NDArray> grads = new LinkedHashMap<>();
            double norm2 = 0;
            List<String> notFinite = new ArrayList<>();
            for (Map.Entry<String, NDArray> e : weights.entrySet()) {
                NDArray g = e.getValue().getGradient();
                grads.put(e.getKey(), g);
                double n2 = g.square().sum().getFloat();
                if (!Double.isFinite(n2)) {
                    notFinite.add(e.getKey());
                }
                norm2 += n2;
            }
            if (!notFinite.isEmpty()) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "training step %d: the gradient of %s is not finite (NaN or infinite); no weight was changed", //$NON-NLS-1$
                        step + 1, notFinite.size() <= 5 ? notFinite : notFinite.subList(0, 5) + " and " + (notFinite.size() - 5) + " more")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            step++;
            float clip = (float) Math.min(1.0, clipNorm / (Math.sqrt(norm2) + 1e-6));
            lastGradientNorm = (float) Math.sqrt(norm2);
            float c1 = (float) (1 - Math.pow(beta1, step));
            float c2 = (float) (1 - Math.pow(beta2, step));
            for (Map.Entry<String, NDArray> e : weights.entrySet()) {
                NDArray w = e.getValue();
                NDArray g = grads.get(e.getKey());
                NDArray gs = g.mul(clip);
                NDArray mt = m.get(e.getKey());
                NDArray vt = v.get(e.getKey());
                mt.muli(beta1).addi(gs.mul(1 - beta1));
                vt.muli(beta2).addi(gs.square().mul(1 - beta2));
                NDArray upd = mt.div(c1).div(vt.div(c2).sqrt().add(eps));
                if (w.getShape().dimension() > 1) {
                    w.muli(1 - lr * weightDecay);
                }
                w.subi(upd.mul(lr));
                g.muli(0);
            }
        }
    }

    /** Norm of the gradient before clipping at the last update. */
    public float lastGradientNorm() {
        return lastGradientNorm;
    }

    public void save(DataOutputStream out) throws IOException {
        out.writeLong(step);
        out.writeInt(m.size());
        for (String k : m.keySet()) {
            Params.writeTensor(out, k, m.get(k), false);
            Params.writeTensor(out, k, v.get(k), false);
        }
    }

    public void load(DataInputStream in, NDManager manager) throws IOException {
        step = in.readLong();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            NDArray a = Params.readTensor(in, manager);
            NDArray b = Params.readTensor(in, manager);
            m.put(a.getName(), a);
            v.put(b.getName(), b);
        }
    }
}
