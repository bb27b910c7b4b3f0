package io.tessera.engine.dit.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Generates video with a {@link DitModel}, window by window: each window of {@code windowFrames} frames is sampled
 * from noise by integrating the learned velocity from t = 1 to 0 (Euler or Heun, with classifier-free guidance),
 * conditioned on known latent frames at its start (the previous window's last {@code contextFrames}, or the image of
 * image-to-video) and optionally at its end (backward extension, loops). Only the context latents are carried from one
 * window to the next, so memory does not grow with duration. Noise comes from a Java generator seeded by (seed, window),
 * which makes frames a pure function of model, prompt, settings and seed.
 */
public final class VideoDiffusion {
    public enum Sampler {
        EULER, HEUN
    }

    /** Sampling settings; {@code strength} below 1 starts from the noised source (SDEdit) instead of pure noise. */
    public record Settings(int steps, float guidance, Sampler sampler, long seed) {
    }

    /** Receives generated frames, packed RGB of the request's size. */
    public interface FrameOut {
        void frame(byte[] rgb) throws IOException;
    }

    /** Supplies frames of a source video by index (SDEdit restyling), or null past its end. */
    public interface FrameSource {
        byte[] frame(int index) throws IOException;
    }

    /**
     * One generation. {@code startFrames} are known frames the clip begins from (image-to-video, forward extension);
     * when {@code emitStart} is set they are part of the output (decoded from their latents). {@code endFrames} are known
     * frames the clip must lead into (loop, backward extension) and are never emitted.
     */
    public record Job(String prompt, int width, int height, int frames, Settings settings, List<byte[]> startFrames, boolean emitStart,
            List<byte[]> endFrames, FrameSource source, float strength) {

        public static Job text(String prompt, int width, int height, int frames, Settings settings) {
            return new Job(prompt, width, height, frames, settings, List.of(), false, List.of(), null, 1f);
        }
    }

    private final DitModel model;
    private final ModelConfig c;

    public VideoDiffusion(DitModel model) {
        this.model = model;
        this.c = model.config();
    }

    public void generate(Job job, FrameOut out, IProgressMonitor monitor) throws IOException {
        int k = c.contextFrames();
        int start = Math.min(job.startFrames().size(), k);
        int end = Math.min(job.endFrames().size(), k);
        int newFrames = job.frames() - (job.emitStart() ? start : 0);
        int stepsPerWindow = job.settings().steps() * (job.settings().sampler() == Sampler.HEUN ? 2 : 1);
        SubMonitor progress = SubMonitor.convert(monitor, windowCount(newFrames, start, end) * (stepsPerWindow + 1));
        Tokenizer.Tokens cond = model.tokenizer().encode(job.prompt());
        Tokenizer.Tokens empty = model.tokenizer().empty();
        float[] prefix = null;
        float[] suffix = null;
        try (NDManager scope = model.manager().newSubManager()) {
            if (start > 0) {
                prefix = encode(scope, job.startFrames().subList(job.startFrames().size() - start, job.startFrames().size()), job.width(), job.height());
            }
            if (end > 0) {
                suffix = encode(scope, job.endFrames().subList(0, end), job.width(), job.height());
            }
        }
        if (end > 0 && start == 0) {
            generateBackward(job, cond, empty, suffix, end, newFrames, out, progress, stepsPerWindow);
            return;
        }
        int frameSize = c.latentChannels() * (job.height() / 8) * (job.width() / 8);
        int emitted = 0;
        int sourceIndex = 0;
        int prefixFrames = start;
        boolean emitPrefix = job.emitStart();
        for (int win = 0; emitted < job.frames(); win++) {
            int remaining = job.frames() - emitted - (emitPrefix ? prefixFrames : 0);
            boolean last = remaining <= c.windowFrames() - prefixFrames - end;
            int suffixHere = last ? end : 0;
            int length = last && end > 0 ? roundUp(prefixFrames + remaining + end) : c.windowFrames();
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray latents = sampleWindow(scope, job, cond, empty, prefix, prefixFrames, last ? suffix : null, suffixHere, length, win, sourceIndex,
                        progress.split(stepsPerWindow));
                int from = emitPrefix ? 0 : prefixFrames;
                int want = Math.min(length - suffixHere - from, job.frames() - emitted);
                decode(latents.get(from + ":" + (from + want)), job.width(), job.height(), out); //$NON-NLS-1$
                emitted += want;
                sourceIndex += length - suffixHere - prefixFrames;
                int newEnd = length - suffixHere;
                prefix = latents.get(Math.max(0, newEnd - k) + ":" + newEnd).toFloatArray(); //$NON-NLS-1$
                prefixFrames = prefix.length / frameSize;
                emitPrefix = false;
                progress.worked(1);
            }
        }
    }

    /** Windows from the end backwards, each leading into the frames after it; decoded in time order at the end. */
    private void generateBackward(Job job, Tokenizer.Tokens cond, Tokenizer.Tokens empty, float[] suffix, int end, int newFrames, FrameOut out,
            SubMonitor progress, int stepsPerWindow) throws IOException {
        int k = c.contextFrames();
        int frameSize = c.latentChannels() * (job.height() / 8) * (job.width() / 8);
        List<float[]> pieces = new ArrayList<>();
        int made = 0;
        float[] after = suffix;
        int afterFrames = end;
        for (int win = 0; made < newFrames; win++) {
            int remaining = newFrames - made;
            int length = remaining < c.windowFrames() - afterFrames ? roundUp(remaining + afterFrames) : c.windowFrames();
            int fresh = length - afterFrames;
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray latents = sampleWindow(scope, job, cond, empty, null, 0, after, afterFrames, length, win, 0, progress.split(stepsPerWindow));
                int take = Math.min(fresh, remaining);
                pieces.add(0, latents.get((fresh - take) + ":" + fresh).toFloatArray()); //$NON-NLS-1$
                made += take;
                after = latents.get((fresh - take) + ":" + Math.min(fresh - take + k, fresh)).toFloatArray(); //$NON-NLS-1$
                afterFrames = after.length / frameSize;
                progress.worked(1);
            }
        }
        int lh = job.height() / 8;
        int lw = job.width() / 8;
        for (float[] piece : pieces) {
            try (NDManager scope = model.manager().newSubManager()) {
                decode(scope.create(piece, new Shape(piece.length / frameSize, c.latentChannels(), lh, lw)), job.width(), job.height(), out);
            }
        }
    }

    private int windowCount(int newFrames, int start, int end) {
        int first = c.windowFrames() - start - end;
        int next = c.windowFrames() - c.contextFrames();
        return newFrames <= first ? 1 : 1 + (newFrames - first + next - 1) / Math.max(1, next);
    }

    private int roundUp(int frames) {
        int p = c.patchFrames();
        return Math.min(c.windowFrames(), (frames + p - 1) / p * p);
    }

    /** Samples one window; returns its latents [T, C, H, W] with known frames put back exactly. */
    private NDArray sampleWindow(NDManager m, Job job, Tokenizer.Tokens cond, Tokenizer.Tokens empty, float[] prefix, int prefixFrames,
            float[] suffix, int suffixFrames, int w, int window, int sourceIndex, IProgressMonitor monitor) throws IOException {
        int ch = c.latentChannels();
        int lh = job.height() / 8;
        int lw = job.width() / 8;
        int frameSize = ch * lh * lw;
        float[] ctx = new float[w * frameSize];
        float[] mask = new float[w * lh * lw];
        if (prefix != null) {
            System.arraycopy(prefix, 0, ctx, 0, prefixFrames * frameSize);
            java.util.Arrays.fill(mask, 0, prefixFrames * lh * lw, 1f);
        }
        if (suffix != null) {
            System.arraycopy(suffix, 0, ctx, (w - suffixFrames) * frameSize, suffixFrames * frameSize);
            java.util.Arrays.fill(mask, (w - suffixFrames) * lh * lw, w * lh * lw, 1f);
        }
        // [T, C, H, W] in memory → [1, C, T, H, W] for the Transformer
        NDArray context = m.create(ctx, new Shape(w, ch, lh, lw)).transpose(1, 0, 2, 3).expandDims(0);
        NDArray maskArray = m.create(mask, new Shape(1, 1, w, lh, lw));
        NDArray x = m.create(noise(job.settings().seed(), window, w * frameSize), new Shape(w, ch, lh, lw)).transpose(1, 0, 2, 3).expandDims(0);
        float tStart = 1f;
        if (job.source() != null && job.strength() < 1f) {
            NDArray src = sourceLatents(m, job, sourceIndex - prefixFrames, w);
            if (src != null) {
                tStart = Math.max(0f, job.strength());
                x = src.mul(1 - tStart).add(x.mul(tStart));
            }
        }
        DiffusionTransformer dit = model.transformer();
        boolean guided = job.settings().guidance() != 1f;
        int[] ids = guided ? concat(cond.ids(), empty.ids()) : cond.ids();
        int[] lengths = guided ? new int[] { cond.length(), empty.length() } : new int[] { cond.length() };
        DiffusionTransformer.Text text = dit.encodeText(m, ids, lengths);
        NDArray ctxB = guided ? NDArrays.concat(new NDList(context, context)) : context;
        NDArray maskB = guided ? NDArrays.concat(new NDList(maskArray, maskArray)) : maskArray;
        int steps = Math.max(1, Math.round(job.settings().steps() * tStart));
        SubMonitor progress = SubMonitor.convert(monitor, job.settings().steps() * (job.settings().sampler() == Sampler.HEUN ? 2 : 1));
        for (int i = 0; i < steps; i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            float t = tStart * (1f - (float) i / steps);
            float tNext = tStart * (1f - (float) (i + 1) / steps);
            try (NDManager stepScope = m.newSubManager()) {
                stepScope.tempAttachAll(x);
                NDArray v = velocity(dit, x, ctxB, maskB, t, text, guided, job.settings().guidance());
                NDArray next = x.add(v.mul(tNext - t));
                if (job.settings().sampler() == Sampler.HEUN && tNext > 0) {
                    NDArray v2 = velocity(dit, next, ctxB, maskB, tNext, text, guided, job.settings().guidance());
                    next = x.add(v.add(v2).mul(0.5f * (tNext - t)));
                    progress.worked(1);
                }
                next.attach(m);
                x = next;
            }
            progress.worked(1);
        }
        // known frames come back exactly as given
        NDArray result = x.mul(maskArray.neg().add(1f)).add(context.mul(maskArray));
        return result.squeeze(0).transpose(1, 0, 2, 3);
    }

    private static NDArray velocity(DiffusionTransformer dit, NDArray x, NDArray ctx, NDArray mask, float t, DiffusionTransformer.Text text,
            boolean guided, float guidance) {
        if (!guided) {
            return dit.forward(x, ctx, mask, new float[] { t }, text);
        }
        NDArray v = dit.forward(NDArrays.concat(new NDList(x, x)), ctx, mask, new float[] { t, t }, text);
        NDList parts = v.split(2, 0);
        return parts.get(1).add(parts.get(0).sub(parts.get(1)).mul(guidance));
    }

    private NDArray sourceLatents(NDManager m, Job job, int firstFrame, int count) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        byte[] lastFrame = null;
        for (int i = 0; i < count; i++) {
            byte[] f = job.source().frame(Math.max(0, firstFrame + i));
            if (f == null) {
                f = lastFrame;
            }
            if (f == null) {
                return null;
            }
            frames.add(f);
            lastFrame = f;
        }
        float[] lat = encode(m, frames, job.width(), job.height());
        int lh = job.height() / 8;
        int lw = job.width() / 8;
        return m.create(lat, new Shape(count, c.latentChannels(), lh, lw)).transpose(1, 0, 2, 3).expandDims(0);
    }

    /** Encodes packed RGB frames into latents, returned as floats [T, C, H/8, W/8]. */
    public float[] encode(List<byte[]> frames, int width, int height) {
        return encode(model.manager(), frames, width, height);
    }

    /** Encodes packed RGB frames into latents, returned as floats [T, C, H/8, W/8]. */
    public float[] encode(NDManager m, List<byte[]> frames, int width, int height) {
        try (NDManager scope = m.newSubManager()) {
            NDArray pixels = toPixels(scope, frames, width, height);
            return model.autoencoder().encode(pixels).toFloatArray();
        }
    }

    /** Packed RGB bytes → [N, 3, H, W] in [-1, 1]. */
    public static NDArray toPixels(NDManager m, List<byte[]> frames, int width, int height) {
        int n = frames.size();
        byte[] all = new byte[n * width * height * 3];
        for (int i = 0; i < n; i++) {
            System.arraycopy(frames.get(i), 0, all, i * width * height * 3, width * height * 3);
        }
        NDArray bytes = m.create(java.nio.ByteBuffer.wrap(all), new Shape(n, height, width, 3), DataType.UINT8);
        return bytes.toType(DataType.FLOAT32, false).div(127.5f).sub(1f).transpose(0, 3, 1, 2);
    }

    /** [N, 3, H, W] in [-1, 1] → packed RGB bytes per frame. */
    public static List<byte[]> fromPixels(NDArray pixels) {
        Shape s = pixels.getShape();
        int n = (int) s.get(0);
        int frame = (int) (s.get(1) * s.get(2) * s.get(3));
        byte[] all = pixels.transpose(0, 2, 3, 1).add(1f).mul(127.5f).add(0.5f).clip(0f, 255f).toType(DataType.UINT8, false).toByteArray();
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(java.util.Arrays.copyOfRange(all, i * frame, (i + 1) * frame));
        }
        return out;
    }

    private void decode(NDArray latents, int width, int height, FrameOut out) throws IOException {
        long n = latents.getShape().get(0);
        for (long i = 0; i < n; i += 4) {
            long j = Math.min(n, i + 4);
            try (NDManager scope = latents.getManager().newSubManager()) {
                NDArray part = latents.get(i + ":" + j); //$NON-NLS-1$
                part.attach(scope);
                for (byte[] f : fromPixels(model.autoencoder().decode(part))) {
                    out.frame(f);
                }
            }
        }
    }

    /** Standard normal noise from (seed, window): the same on every machine. */
    static float[] noise(long seed, int window, int size) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L * (window + 1));
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) Params.gaussian(r);
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
