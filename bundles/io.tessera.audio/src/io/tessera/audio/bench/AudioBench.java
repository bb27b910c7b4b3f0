package io.tessera.audio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tessera.audio.mix.LoudnessMeter;
import io.tessera.media.audio.TruePeakMeter;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.pipeline.GenerationPipeline;
import io.tessera.core.pipeline.GenerationPlan;
import io.tessera.core.pipeline.GenerationResult;
import io.tessera.core.pipeline.SoundStage;
import io.tessera.core.watermark.Marking;
import io.tessera.engine.scene.SceneParseException;
import io.tessera.media.Mp4VideoReader;

/**
 * Tessera's sound checked from the outside: scene-engine clips are generated with sound through the real pipeline,
 * the AAC track is decoded back from the MP4, and an onset detector finds the hits in it. These are compared with
 * the scene engine's own collision list (which the sound never saw): how many collisions got a hit within the
 * tolerance, and how many hits came where nothing collided. Also: left/right balance against a single moving
 * object's position, loudness and true peak of every file, and the time the sound takes for a long clip.
 */
public final class AudioBench {
    /** Hits this close in time are one collision to a listener. */
    static final double SAME_COLLISION_SECONDS = 0.08;
    /** A hit farther than this from any collision was made up. */
    static final double FALSE_ONSET_SECONDS = 0.1;
    /**
     * Frames at each end of a clip left out of the count, for collisions and for hits alike: a collision can only be
     * told from the pictures with a few frames before and after it.
     */
    static final int EDGE_FRAMES = 3;
    /**
     * Seeds of the prompts and clips measured. The analysis was tuned on clips from prompt seed 20261201 and clip seeds
     * 1000..1049; these are others.
     */
    static final long PROMPT_SEED = 777;
    static final long CLIP_SEED = 3000;

    private static final String[] COUNTS = { "a", "two", "three" };
    private static final String[] SIZES = { "", "small ", "big " };
    private static final String[] COLOURS = { "red", "blue", "green", "yellow", "orange", "purple", "white", "pink" };
    private static final String[] THINGS = { "ball", "circle", "square", "box", "star", "ring", "triangle", "hexagon" };
    // no "wooden": the scene language reads it as the wood background
    private static final String[] MATERIALS = { "", "", "metal ", "glass ", "rubber ", "plastic " };
    private static final String[] VERBS = { "bounce", "bounce", "collide" };
    private static final String[] PLACES = { "", " over a sky background", " on a wooden floor", " over grass", " at night", " over a brick wall",
            " over water", " on sand", " over a checkerboard" };

    private final Path folder;
    private final int fps;
    private final int width;
    private final int height;
    private final double seconds;
    private final double toleranceSeconds;
    private final ObjectMapper json = new ObjectMapper();
    private long promptSeed = PROMPT_SEED;
    private long clipSeed = CLIP_SEED;
    private boolean diagnose;

    public AudioBench(Path folder, int fps, int width, int height, double seconds, double toleranceSeconds) {
        this.folder = folder;
        this.fps = fps;
        this.width = width;
        this.height = height;
        this.seconds = seconds;
        this.toleranceSeconds = toleranceSeconds;
    }

    /**
     * Other prompts and clips than the measured ones: the tuning set is prompt seed 20261201 with clip seeds from 1000.
     * Figures are reported on the defaults, which the analysis is never tuned on.
     */
    public AudioBench seeds(long prompts, long firstClip) {
        this.promptSeed = prompts;
        this.clipSeed = firstClip;
        return this;
    }

    /** Also say why each missed collision and each made-up hit happened ({@link MissDiagnosis}), in the report. */
    public AudioBench diagnose(boolean on) {
        this.diagnose = on;
        return this;
    }

    /** A prompt with collisions: random count, colour, shape, material, verb and place. */
    public static String collisionPrompt(SplittableRandom r) {
        String count = COUNTS[r.nextInt(COUNTS.length)];
        String thing = THINGS[r.nextInt(THINGS.length)];
        String verb = VERBS[r.nextInt(VERBS.length)];
        if (verb.equals("collide") && count.equals("a")) { //$NON-NLS-1$ //$NON-NLS-2$
            count = "two"; //$NON-NLS-1$
        }
        boolean one = count.equals("a"); //$NON-NLS-1$
        String noun = one ? thing : thing.endsWith("x") ? thing + "es" : thing + "s"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return count + " " + SIZES[r.nextInt(SIZES.length)] + COLOURS[r.nextInt(COLOURS.length)] + " " + MATERIALS[r.nextInt(MATERIALS.length)] //$NON-NLS-1$ //$NON-NLS-2$
                + noun + " " + (one ? verb + "s" : verb) + PLACES[r.nextInt(PLACES.length)]; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public ObjectNode run(int clips, int panClips, double longSeconds, IProgressMonitor monitor) throws IOException, GenerationException, SceneParseException {
        Files.createDirectories(folder);
        SubMonitor progress = SubMonitor.convert(monitor, "Audio bench", clips + panClips + 10); //$NON-NLS-1$
        GenerationPipeline pipeline = new GenerationPipeline();
        ObjectNode root = json.createObjectNode();
        root.put("fps", fps).put("size", width + "x" + height).put("seconds", seconds).put("toleranceMs", toleranceSeconds * 1000) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .put("edgeFramesLeftOut", EDGE_FRAMES).put("promptSeed", promptSeed).put("firstClipSeed", clipSeed); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ArrayNode perClip = root.putArray("clips"); //$NON-NLS-1$
        int collisions = 0;
        int found = 0;
        int foundOneToOne = 0;
        int onsetCount = 0;
        int falseOnsets = 0;
        List<Double> errors = new ArrayList<>();
        List<Double> lufs = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        MissDiagnosis diagnosis = diagnose ? new MissDiagnosis(json, width, height, fps, toleranceSeconds) : null;
        SplittableRandom random = new SplittableRandom(promptSeed);
        for (int i = 0; i < clips; i++) {
            progress.checkCanceled();
            String prompt = collisionPrompt(random);
            long seed = clipSeed + i;
            Path file = folder.resolve(String.format(Locale.ROOT, "hits-%03d.mp4", i)); //$NON-NLS-1$
            generate(pipeline, prompt, seed, seconds, file);
            Decoded d = decode(file);
            GroundTruth truth = GroundTruth.of(prompt, width, height, fps, (int) Math.round(seconds * fps), seed);
            int frames = (int) Math.round(seconds * fps);
            List<int[]> allGroups = truth.collisions(fps, SAME_COLLISION_SECONDS);
            List<int[]> groups = new ArrayList<>(allGroups);
            groups.removeIf(g -> g[0] < EDGE_FRAMES || g[1] > frames - 1 - EDGE_FRAMES);
            // a collision in the last frame counted may be heard a few milliseconds after it: every onset can answer
            // for a collision, and only those inside the frames counted can be false
            List<Double> heard = OnsetDetector.onsets(OnsetDetector.mono(d.samples, d.channels), d.rate);
            List<Double> onsets = new ArrayList<>(heard);
            onsets.removeIf(t -> t * fps < EDGE_FRAMES || t * fps > frames - 1 - EDGE_FRAMES);
            int clipFound = 0;
            for (int[] g : groups) {
                double best = nearest(heard, g, fps);
                if (Math.abs(best) <= toleranceSeconds) {
                    clipFound++;
                    errors.add(best * 1000);
                }
            }
            int clipOneToOne = oneToOne(heard, groups, fps, toleranceSeconds);
            int clipFalse = 0;
            for (double t : onsets) {
                boolean near = groups.stream().anyMatch(g -> t >= g[0] / (double) fps - FALSE_ONSET_SECONDS && t <= g[1] / (double) fps + FALSE_ONSET_SECONDS);
                if (!near) {
                    clipFalse++;
                }
            }
            if (diagnosis != null) {
                diagnosis.clip(file, prompt, truth, groups, allGroups, heard, onsets, OnsetDetector.mono(d.samples, d.channels), d.rate);
            }
            collisions += groups.size();
            found += clipFound;
            foundOneToOne += clipOneToOne;
            onsetCount += onsets.size();
            falseOnsets += clipFalse;
            lufs.add(d.lufs);
            peaks.add(d.truePeak);
            perClip.addObject().put("file", file.getFileName().toString()).put("prompt", prompt).put("seed", seed) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("collisions", groups.size()).put("found", clipFound).put("onsets", onsets.size()).put("falseOnsets", clipFalse) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .put("lufs", round(d.lufs)).put("truePeakDbtp", round(d.truePeak)); //$NON-NLS-1$ //$NON-NLS-2$
            progress.worked(1);
        }
        ObjectNode hits = root.putObject("impacts"); //$NON-NLS-1$
        hits.put("collisions", collisions).put("foundWithinTolerance", found).put("recall", ratio(found, collisions)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("foundOneOnsetEach", foundOneToOne).put("recallOneOnsetEach", ratio(foundOneToOne, collisions)) //$NON-NLS-1$ //$NON-NLS-2$
                .put("onsets", onsetCount).put("falseOnsets", falseOnsets).put("falseOnsetRate", ratio(falseOnsets, onsetCount)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("medianAbsErrorMs", round(percentile(errors.stream().map(Math::abs).toList(), 0.5))) //$NON-NLS-1$
                .put("p95AbsErrorMs", round(percentile(errors.stream().map(Math::abs).toList(), 0.95))) //$NON-NLS-1$
                .put("meanErrorMs", round(errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN))); //$NON-NLS-1$
        if (diagnosis != null) {
            root.set("diagnosis", diagnosis.report(json)); //$NON-NLS-1$
        }
        root.set("panning", panning(pipeline, panClips, random, progress.split(panClips))); //$NON-NLS-1$
        ObjectNode loud = root.putObject("loudness"); //$NON-NLS-1$
        loud.put("files", lufs.size()).put("minLufs", round(min(lufs))).put("maxLufs", round(max(lufs))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("maxTruePeakDbtp", round(max(peaks))); //$NON-NLS-1$
        // the peer: FFmpeg's own EBU R128 meter on the same files, so our meter is not the only judge
        double worstGap = 0;
        int checked = 0;
        for (int i = 0; i < Math.min(10, clips); i++) {
            double[] ff = FfmpegPeer.loudness(folder.resolve(String.format(Locale.ROOT, "hits-%03d.mp4", i))); //$NON-NLS-1$
            if (ff != null) {
                worstGap = Math.max(worstGap, Math.abs(ff[0] - lufs.get(i)));
                loud.put("ffmpegMaxLufs", round(Math.max(ff[0], loud.path("ffmpegMaxLufs").asDouble(-99)))) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("ffmpegMinLufs", round(Math.min(ff[0], loud.path("ffmpegMinLufs").asDouble(99)))) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("ffmpegMaxTruePeakDbtp", round(Math.max(ff[1], loud.path("ffmpegMaxTruePeakDbtp").asDouble(-99)))); //$NON-NLS-1$ //$NON-NLS-2$
                checked++;
            }
        }
        if (checked > 0) {
            loud.put("ffmpegChecked", checked).put("maxGapToFfmpegLu", round(worstGap)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (longSeconds > 0) {
            root.set("speed", speed(pipeline, longSeconds, progress.split(10))); //$NON-NLS-1$
        }
        return root;
    }

    /** Left/right balance of a clip with one moving object, against where the object is. */
    private ObjectNode panning(GenerationPipeline pipeline, int panClips, SplittableRandom random, IProgressMonitor monitor)
            throws IOException, GenerationException, SceneParseException {
        SubMonitor progress = SubMonitor.convert(monitor, panClips);
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("clips"); //$NON-NLS-1$
        List<Double> correlations = new ArrayList<>();
        String[] moves = { "moves right", "moves left", "moves right quickly", "moves left quickly", "bounces", "zigzags" };
        for (int i = 0; i < panClips; i++) {
            String prompt = "a big " + COLOURS[random.nextInt(COLOURS.length)] + " " + THINGS[random.nextInt(THINGS.length)] + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + moves[i % moves.length] + PLACES[random.nextInt(PLACES.length)];
            long seed = 5000 + i;
            Path file = folder.resolve(String.format(Locale.ROOT, "pan-%03d.mp4", i)); //$NON-NLS-1$
            generate(pipeline, prompt, seed, seconds, file);
            Decoded d = decode(file);
            GroundTruth truth = GroundTruth.of(prompt, width, height, fps, (int) Math.round(seconds * fps), seed);
            double r = PanningCheck.correlation(d.samples, d.rate, truth.firstX(), fps);
            correlations.add(r);
            list.addObject().put("prompt", prompt).put("seed", seed).put("correlation", round(r)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            progress.worked(1);
        }
        out.put("meanCorrelation", round(correlations.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN))) //$NON-NLS-1$
                .put("minCorrelation", round(min(correlations))); //$NON-NLS-1$
        return out;
    }

    /** Seconds the sound stage takes for a long clip at two sizes, against the seconds of the clip. */
    private ObjectNode speed(GenerationPipeline pipeline, double longSeconds, IProgressMonitor monitor) throws IOException, GenerationException {
        ObjectNode out = json.createObjectNode();
        SoundStage stage = new SoundStage();
        var generator = stage.choose(null).orElseThrow(() -> new GenerationException("no audio generator is installed")); //$NON-NLS-1$
        for (int[] size : new int[][] { { 256, 256 }, { 1280, 720 } }) {
            Path silent = folder.resolve("long-" + size[0] + "x" + size[1] + ".mp4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            GenerationRequest request = GenerationRequest.builder("three balls bounce and two squares collide on a wooden floor") //$NON-NLS-1$
                    .seconds(longSeconds).fps(24).size(size[0], size[1]).seed(7).build();
            pipeline.run(new GenerationPlan(request, "scene", silent, null, Marking.NONE).withAudio(false), new NullProgressMonitor()); //$NON-NLS-1$
            Path scored = folder.resolve("long-" + size[0] + "x" + size[1] + "-sound.mp4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            stage.addSound(generator, silent, scored, request.prompt(), 7, null, new NullProgressMonitor()); // warm-up
            long t0 = System.nanoTime();
            stage.addSound(generator, silent, scored, request.prompt(), 7, null, new NullProgressMonitor());
            double elapsed = (System.nanoTime() - t0) / 1e9;
            ObjectNode row = out.putObject(size[0] + "x" + size[1]).put("clipSeconds", longSeconds).put("soundSeconds", round(elapsed)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("realTimeFactor", round(elapsed / longSeconds)); //$NON-NLS-1$
            double peer = FfmpegPeer.decodeSeconds(silent);
            if (peer > 0) {
                // the peer: FFmpeg's CLI only decoding the same pictures, on one thread, in the same run
                row.put("ffmpegDecodeSeconds", round(peer)).put("ratioToFfmpegDecode", round(elapsed / peer)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            monitor.worked(5);
        }
        return out;
    }

    private void generate(GenerationPipeline pipeline, String prompt, long seed, double s, Path file) throws GenerationException {
        GenerationRequest request = GenerationRequest.builder(prompt).seconds(s).fps(fps).size(width, height).seed(seed).build();
        GenerationResult r = pipeline.run(new GenerationPlan(request, "scene", file, null, Marking.ALL), new NullProgressMonitor()); //$NON-NLS-1$
        if (!r.sound().hasSound()) {
            throw new GenerationException("no sound was made for '" + prompt + "': " + r.sound().warnings()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private record Decoded(float[] samples, int channels, int rate, double lufs, double truePeak) {
    }

    private static Decoded decode(Path file) throws IOException {
        try (Mp4VideoReader r = Mp4VideoReader.open(file)) {
            int channels = r.info().audioChannels();
            int rate = r.info().sampleRate();
            float[] s = r.readAllAudio();
            return new Decoded(s, channels, rate, LoudnessMeter.integrated(s, channels, rate), TruePeakMeter.truePeakDbtp(s, channels, rate));
        }
    }

    /** Signed seconds from the collision group to the nearest onset (0 when an onset falls inside the group). */
    private static double nearest(List<Double> onsets, int[] group, double fps) {
        double a = group[0] / fps;
        double b = group[1] / fps;
        double best = Double.POSITIVE_INFINITY;
        for (double t : onsets) {
            double d = t < a ? t - a : t > b ? t - b : 0;
            if (Math.abs(d) < Math.abs(best)) {
                best = d;
            }
        }
        return best;
    }

    /**
     * Collisions heard when each onset may stand for one collision only (the closest first): the stricter count, since
     * two collisions 80 ms apart can both lie within the tolerance of one onset between them.
     */
    static int oneToOne(List<Double> onsets, List<int[]> groups, double fps, double tolerance) {
        record Pair(int onset, int group, double error) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int o = 0; o < onsets.size(); o++) {
            for (int g = 0; g < groups.size(); g++) {
                double a = groups.get(g)[0] / fps;
                double b = groups.get(g)[1] / fps;
                double t = onsets.get(o);
                double d = t < a ? a - t : t > b ? t - b : 0;
                if (d <= tolerance) {
                    pairs.add(new Pair(o, g, d));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(Pair::error).thenComparingInt(Pair::group).thenComparingInt(Pair::onset));
        boolean[] usedOnset = new boolean[onsets.size()];
        boolean[] usedGroup = new boolean[groups.size()];
        int n = 0;
        for (Pair p : pairs) {
            if (!usedOnset[p.onset()] && !usedGroup[p.group()]) {
                usedOnset[p.onset()] = true;
                usedGroup[p.group()] = true;
                n++;
            }
        }
        return n;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : round(a / (double) b);
    }

    private static double percentile(List<Double> v, double p) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get((int) Math.min(s.size() - 1, Math.floor(p * s.size())));
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }
}
