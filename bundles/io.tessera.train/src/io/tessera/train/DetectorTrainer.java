package io.tessera.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.watermark.Marking;
import io.tessera.engine.dit.model.ClipClassifier;
import io.tessera.media.FfmpegTool;

/**
 * The recipe of the learned detector ({@code tessera train detector}): makes its data, trains {@link ClipClassifier},
 * and measures it on a held-out split made with other seeds and other engine settings.
 * <p>
 * Data, all 128×128, made through the generation pipeline with {@link Marking#NONE} (no invisible mark, no visible
 * label, no manifest: the network cannot learn them): <em>generated</em> = clips of the bundled DiT engine, captions
 * from {@link CaptionSampler}; <em>real-like</em> = the scene engine's renders of captions from the same sampler. Every
 * clip of both classes also gets a copy re-encoded by the ffmpeg CLI (libx264 at another quality), labelled like its
 * original, so that compression is no cue. Training split: seeds from 1 000 000, DiT steps 8 or 16, guidance 3 or 5,
 * 8 or 12 fps, copies at CRF 24 or 32. Held-out split: seeds from 9 000 000, steps 12 or 20, guidance 4 or 6, 10 fps,
 * copies at CRF 28 or 36. Clip data is kept in DIR/data, so a rerun does not make it again.
 */
public final class DetectorTrainer {
    public record Recipe(int clips, int steps, long seed, int batch, float lr) {
        public Recipe {
            if (clips < 2 || steps < 1 || batch < 2) {
                throw new IllegalArgumentException("clips must be >= 2, steps >= 1, batch >= 2"); //$NON-NLS-1$
            }
        }

        public static Recipe standard(int clips, int steps, long seed) {
            return new Recipe(clips, steps, seed, 24, 2e-3f);
        }
    }

    /** Held-out figures. */
    public record Result(Path weights, Path card, double auc, double tprAt1PercentFpr, int heldOutPositives, int heldOutNegatives, double seconds) {
    }

    record Clip(String name, boolean generated, List<byte[]> luma) {
    }

    private final Recipe recipe;
    private final Path dir;

    public DetectorTrainer(Recipe recipe, Path dir) {
        this.recipe = recipe;
        this.dir = dir;
    }

    public Result run(IProgressMonitor monitor) throws IOException {
        long t0 = System.nanoTime();
        int heldOut = Math.max(2, recipe.clips() / 2);
        SubMonitor sub = SubMonitor.convert(monitor, "learned detector", 2 * (recipe.clips() + heldOut) + recipe.steps() + 10); //$NON-NLS-1$
        Files.createDirectories(dir);
        FfmpegTool ffmpeg = FfmpegTool.find();
        GenerationPipeline pipeline = new GenerationPipeline();
        List<Clip> train = makeClips(pipeline, ffmpeg, false, recipe.clips(), sub);
        List<Clip> test = makeClips(pipeline, ffmpeg, true, heldOut, sub);
        double dataSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        List<float[]> losses = new ArrayList<>();
        Path weights = dir.resolve("detector.bin"); //$NON-NLS-1$
        double auc;
        double tpr;
        int pos = 0;
        int neg = 0;
        ArrayNode perClip = new ObjectMapper().createArrayNode();
        long params;
        try (ClipClassifier net = ClipClassifier.create(recipe.seed())) {
            params = net.parameterCount();
            int in = ClipClassifier.inputSize();
            float[] x = new float[recipe.batch() * in];
            float[] y = new float[recipe.batch()];
            List<Clip> gen = train.stream().filter(Clip::generated).toList();
            List<Clip> real = train.stream().filter(c -> !c.generated()).toList();
            for (int step = 0; step < recipe.steps(); step++) {
                checkCancel(sub);
                SplittableRandom r = new SplittableRandom(recipe.seed() * 1_000_003L + step);
                for (int b = 0; b < recipe.batch(); b++) {
                    boolean g = b % 2 == 0;
                    List<Clip> pool = g ? gen : real;
                    Clip c = pool.get(r.nextInt(pool.size()));
                    int t = r.nextInt(Math.max(1, c.luma().size() - ClipClassifier.FRAMES + 1));
                    int cx = r.nextInt(ClipClassifier.READ_SIZE - ClipClassifier.CROP + 1);
                    int cy = r.nextInt(ClipClassifier.READ_SIZE - ClipClassifier.CROP + 1);
                    ClipClassifier.window(c.luma(), t, cx, cy, x, b * in);
                    y[b] = g ? 1f : 0f;
                }
                float warm = Math.min(1f, (step + 1) / 20f);
                float lr = (float) (recipe.lr() * warm * 0.5 * (1 + Math.cos(Math.PI * step / recipe.steps())));
                float loss = net.trainStep(x, y, recipe.batch(), Math.max(lr, recipe.lr() * 0.02f));
                losses.add(new float[] { step, loss });
                sub.subTask(String.format(Locale.ROOT, "step %d/%d loss %.4f", step + 1, recipe.steps(), loss)); //$NON-NLS-1$
                sub.worked(1);
            }
            net.save(weights);
            double[] scores = new double[test.size()];
            boolean[] labels = new boolean[test.size()];
            for (int i = 0; i < test.size(); i++) {
                scores[i] = net.score(test.get(i).luma());
                labels[i] = test.get(i).generated();
                if (labels[i]) {
                    pos++;
                } else {
                    neg++;
                }
                perClip.addObject().put("clip", test.get(i).name()).put("generated", labels[i]).put("score", scores[i]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            auc = auc(scores, labels);
            tpr = tprAtFpr(scores, labels, 0.01);
        }
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        double total = (System.nanoTime() - t0) / 1e9;

        ObjectMapper json = new ObjectMapper();
        ObjectNode card = json.createObjectNode();
        card.put("model", "tessera learned detector (ClipClassifier)").put("created", Instant.now().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        card.put("architecture", String.format(Locale.ROOT, //$NON-NLS-1$
                "3 conv3d blocks (widths %s, 3x3x3, instance norm, SiLU), global average pool, linear logit; input %d frames x %dx%d luma crop + frame differences; %d parameters", //$NON-NLS-1$
                Arrays.toString(new int[] { 16, 32, 64 }), ClipClassifier.FRAMES, ClipClassifier.CROP, ClipClassifier.CROP, params));
        ObjectNode r = card.putObject("recipe"); //$NON-NLS-1$
        r.put("clipsPerClass", recipe.clips()).put("steps", recipe.steps()).put("seed", recipe.seed()).put("batch", recipe.batch()).put("lr", recipe.lr()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ObjectNode d = card.putObject("data"); //$NON-NLS-1$
        d.put("marks", "none: generated with Marking.NONE (no invisible mark, no visible label, no manifest)"); //$NON-NLS-1$ //$NON-NLS-2$
        d.put("train", String.format(Locale.ROOT, "%d clips: per class %d originals + %d re-encoded copies; generated = dit 128x128, steps 8/16, guidance 3/5, 8/12 fps, 1.5/2 s, seeds 1000000+; real-like = scene engine, same captions sampler, sizes, fps; copies libx264 CRF 24/32", //$NON-NLS-1$ //$NON-NLS-2$
                train.size(), recipe.clips(), recipe.clips()));
        d.put("heldOut", String.format(Locale.ROOT, "%d clips: per class %d originals + %d re-encoded copies; dit steps 12/20, guidance 4/6, 10 fps, seeds 9000000+; copies CRF 28/36", //$NON-NLS-1$ //$NON-NLS-2$
                test.size(), heldOut, heldOut));
        d.put("seconds", dataSeconds); //$NON-NLS-1$
        ObjectNode h = card.putObject("heldOut"); //$NON-NLS-1$
        h.put("rocAuc", auc).put("tprAt1PercentFpr", tpr).put("positives", pos).put("negatives", neg); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        h.set("clips", perClip); //$NON-NLS-1$
        card.put("trainSeconds", trainSeconds).put("wallSeconds", total); //$NON-NLS-1$ //$NON-NLS-2$
        float first = mean(losses, 0, Math.min(20, losses.size()));
        float last = mean(losses, Math.max(0, losses.size() - 20), losses.size());
        card.put("lossFirst20", first).put("lossLast20", last); //$NON-NLS-1$ //$NON-NLS-2$
        Path cardFile = dir.resolve("detector-card.json"); //$NON-NLS-1$
        Files.writeString(cardFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(card));
        return new Result(weights, cardFile, auc, tpr, pos, neg, total);
    }

    private static float mean(List<float[]> l, int a, int b) {
        double s = 0;
        for (int i = a; i < b; i++) {
            s += l.get(i)[1];
        }
        return (float) (s / Math.max(1, b - a));
    }

    private List<Clip> makeClips(GenerationPipeline pipeline, FfmpegTool ffmpeg, boolean heldOut, int perClass, SubMonitor sub) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data").resolve(heldOut ? "heldout" : "train")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Clip> out = new ArrayList<>();
        long base = heldOut ? 9_000_000L : 1_000_000L;
        for (int i = 0; i < perClass; i++) {
            for (boolean generated : new boolean[] { true, false }) {
                checkCancel(sub);
                String name = (generated ? "gen-" : "real-") + i; //$NON-NLS-1$ //$NON-NLS-2$
                Path file = data.resolve(name + ".mp4"); //$NON-NLS-1$
                Path copy = data.resolve(name + "-reenc.mp4"); //$NON-NLS-1$
                SplittableRandom r = new SplittableRandom(base * 7 + i * 2L + (generated ? 1 : 0) + recipe.seed() * 31);
                int fps = heldOut ? 10 : (i % 2 == 0 ? 8 : 12);
                double seconds = heldOut ? 1.6 : (i % 3 == 0 ? 2.0 : 1.5);
                if (!Files.exists(file)) {
                    make(pipeline, generated, r, base + i * 7919L, fps, seconds, heldOut ? (i % 2 == 0 ? 12 : 20) : (i % 2 == 0 ? 8 : 16),
                            heldOut ? (i % 3 == 0 ? 4 : 6) : (i % 3 == 0 ? 3 : 5), file);
                }
                sub.worked(1);
                if (!Files.exists(copy)) {
                    int crf = heldOut ? (i % 2 == 0 ? 28 : 36) : (i % 2 == 0 ? 24 : 32);
                    Path tmp = data.resolve(name + "-reenc.tmp.mp4"); //$NON-NLS-1$
                    ffmpeg.run(List.of("-v", "error", "-nostdin", "-y", "-i", file.toString(), "-c:v", "libx264", "-crf", Integer.toString(crf), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                            "-pix_fmt", "yuv420p", "-an", tmp.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Files.move(tmp, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                sub.worked(1);
                out.add(new Clip(name, generated, ClipClassifier.readLuma(file)));
                out.add(new Clip(name + "-reenc", generated, ClipClassifier.readLuma(copy))); //$NON-NLS-1$
            }
        }
        return out;
    }

    /** One clip through the real pipeline, unmarked; an engine refusing a caption gets another one. */
    public static void make(GenerationPipeline pipeline, boolean generated, SplittableRandom r, long seed, int fps, double seconds, int steps, double guidance, Path file)
            throws IOException {
        String engine = generated ? "dit" : "scene"; //$NON-NLS-1$ //$NON-NLS-2$
        for (int attempt = 0;; attempt++) {
            String prompt = CaptionSampler.sample(r).text();
            GenerationRequest.Builder b = GenerationRequest.builder(prompt).seconds(seconds).fps(fps).size(128, 128).seed(seed + attempt);
            if (generated) {
                b.steps(steps).guidance(guidance);
            }
            try {
                pipeline.run(new GenerationPlan(b.build(), engine, file, null, Marking.NONE).withAudio(false), new NullProgressMonitor());
                return;
            } catch (InvalidRequestException e) {
                if (attempt == 50) {
                    throw new IOException(engine + " refused 50 captions, the last '" + prompt + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } catch (GenerationException e) {
                throw new IOException(engine + " failed on '" + prompt + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static void checkCancel(IProgressMonitor m) {
        if (m.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** ROC AUC with ties counted half. */
    public static double auc(double[] s, boolean[] pos) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < s.length; i++) {
            if (!pos[i]) {
                continue;
            }
            for (int j = 0; j < s.length; j++) {
                if (pos[j]) {
                    continue;
                }
                pairs++;
                wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    /** The share of positives scored above the threshold that lets at most {@code fpr} of the negatives through. */
    public static double tprAtFpr(double[] s, boolean[] pos, double fpr) {
        double[] negs = java.util.stream.IntStream.range(0, s.length).filter(i -> !pos[i]).mapToDouble(i -> s[i]).sorted().toArray();
        if (negs.length == 0) {
            return Double.NaN;
        }
        int allowed = (int) Math.floor(fpr * negs.length);
        double threshold = negs[negs.length - 1 - allowed];
        long tp = java.util.stream.IntStream.range(0, s.length).filter(i -> pos[i] && s[i] > threshold).count();
        long p = java.util.stream.IntStream.range(0, s.length).filter(i -> pos[i]).count();
        return (double) tp / p;
    }
}
