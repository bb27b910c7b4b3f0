package io.tessera.engine.dit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.core.engine.CostEstimate;
import io.tessera.core.engine.EngineLimits;
import io.tessera.core.engine.FrameSink;
import io.tessera.core.engine.GenerationException;
import io.tessera.core.engine.GenerationRequest;
import io.tessera.core.engine.InvalidRequestException;
import io.tessera.core.engine.VideoEngine;
import io.tessera.engine.dit.model.CostModel;
import io.tessera.engine.dit.model.DitModel;
import io.tessera.engine.dit.model.ModelConfig;
import io.tessera.engine.dit.model.Tokenizer;
import io.tessera.engine.dit.model.VideoDiffusion;
import io.tessera.media.Images;
import io.tessera.media.MediaFormatException;
import io.tessera.media.Mp4VideoReader;
import io.tessera.media.VideoFrame;

/**
 * The DiT engine. The model generates at its own frame rate on a latent grid of about the trained token count with the
 * request's aspect ratio; frames are then scaled to the requested size and blended to the requested rate. With
 * {@code --from} an image, the clip starts from it; with a video, it is restyled (SDEdit, {@code --strength}) or, with
 * the {@code extend} option, continued forwards, backwards or into a loop.
 */
public final class DitEngine implements VideoEngine {
    static final EngineLimits LIMITS = new EngineLimits(60, 32, 1920, 1080, 1, 60);
    static final String OPT_MODEL = "model"; //$NON-NLS-1$
    static final String OPT_SAMPLER = "sampler"; //$NON-NLS-1$
    static final String OPT_EXTEND = "extend"; //$NON-NLS-1$
    /** Starts a new shot from the first or last frame of the --from video, so it keeps that shot's objects and background. */
    static final String OPT_REFERENCE = "reference"; //$NON-NLS-1$
    private static final Set<String> OPTIONS = Set.of(OPT_MODEL, OPT_SAMPLER, OPT_EXTEND, OPT_REFERENCE);
    private static final Set<String> IMAGE_SUFFIXES = Set.of("png", "jpg", "jpeg", "bmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    @Override
    public void validate(GenerationRequest request) throws InvalidRequestException {
        for (String key : request.options().keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new InvalidRequestException("unknown option '" + key + "' for the dit engine; it knows: model, sampler, extend, reference"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        LIMITS.check(request);
        String sampler = request.options().getOrDefault(OPT_SAMPLER, "euler"); //$NON-NLS-1$
        if (!sampler.equals("euler") && !sampler.equals("heun")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new InvalidRequestException("--option sampler=" + sampler + ": use euler or heun"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String extend = request.options().get(OPT_EXTEND);
        if (extend != null && !Set.of("forward", "backward", "loop").contains(extend)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new InvalidRequestException("--option extend=" + extend + ": use forward, backward or loop"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String reference = request.options().get(OPT_REFERENCE);
        if (reference != null && !Set.of("first", "last").contains(reference)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new InvalidRequestException("--option reference=" + reference + ": use first or last (a frame of the --from video)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (reference != null && (extend != null || request.source().isEmpty() || isImage(request.source().get()))) {
            throw new InvalidRequestException("--option reference needs a --from video and no extend option"); //$NON-NLS-1$
        }
        if (extend != null && (request.source().isEmpty() || isImage(request.source().get()))) {
            throw new InvalidRequestException("extending needs the video to extend (--from VIDEO)"); //$NON-NLS-1$
        }
        DitModel model = model(request);
        Tokenizer.Tokens tokens = model.tokenizer().encode(visiblePrompt(request));
        if (!tokens.unknown().isEmpty()) {
            throw new InvalidRequestException("the dit model was never trained on the word" + (tokens.unknown().size() > 1 ? "s " : " ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + String.join(", ", tokens.unknown().stream().map(w -> "'" + w + "'").toList()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "; it knows " + model.config().vocabulary().size() + " words (shapes, colours, motions, backgrounds; see its model card)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (tokens.truncated()) {
            throw new InvalidRequestException("the prompt is longer than the dit model's " + model.config().maxTextTokens() + " words"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static DitModel model(GenerationRequest request) throws InvalidRequestException {
        try {
            return ModelLocator.get(ModelLocator.choose(request.options().get(OPT_MODEL)));
        } catch (IOException e) {
            throw new InvalidRequestException("cannot load the dit model: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    @Override
    public void generate(GenerationRequest request, FrameSink sink, IProgressMonitor monitor) throws GenerationException {
        validate(request);
        DitModel model = model(request);
        ModelConfig c = model.config();
        int[] grid = grid(c, request.width(), request.height());
        int gw = grid[0];
        int gh = grid[1];
        SubMonitor progress = SubMonitor.convert(monitor, "Generating with the DiT model", 100); //$NON-NLS-1$
        try {
            sink.open(request.format());
            String extend = request.options().get(OPT_EXTEND);
            List<byte[]> start = List.of();
            List<byte[]> end = List.of();
            boolean emitStart = false;
            VideoDiffusion.FrameSource source = null;
            if (request.source().isPresent()) {
                Path from = request.source().get();
                if (isImage(from)) {
                    start = List.of(FrameResampler.cover(Images.read(from), gw, gh));
                    emitStart = true;
                } else {
                    String reference = request.options().get(OPT_REFERENCE);
                    SourceClip clip = SourceClip.read(from, c.fps(), headSeconds(request, extend, reference, c), tailSeconds(extend, reference, c));
                    if (reference != null) {
                        start = List.of(FrameResampler.cover(reference.equals("first") ? clip.head().get(0) : clip.tail().get(clip.tail().size() - 1), gw, gh)); //$NON-NLS-1$
                        emitStart = true;
                    } else if (extend == null) {
                        List<byte[]> frames = fit(clip.headAtModelRate(), gw, gh);
                        source = i -> i < frames.size() ? frames.get(i) : null;
                    } else if (extend.equals("forward")) { //$NON-NLS-1$
                        start = fit(clip.tailAtModelRate(c.contextFrames()), gw, gh);
                    } else if (extend.equals("backward")) { //$NON-NLS-1$
                        end = fit(clip.headAtModelRate().subList(0, Math.min(c.contextFrames(), clip.headAtModelRate().size())), gw, gh);
                    } else {
                        start = fit(clip.tailAtModelRate(c.contextFrames() / 2), gw, gh);
                        end = fit(clip.headAtModelRate().subList(0, Math.min(c.contextFrames() / 2, clip.headAtModelRate().size())), gw, gh);
                    }
                }
            }
            int outFrames = request.frameCount();
            int modelFrames = FrameResampler.modelFramesFor(outFrames, request.fps(), c.fps());
            boolean heun = "heun".equals(request.options().get(OPT_SAMPLER)); //$NON-NLS-1$
            VideoDiffusion.Settings settings = new VideoDiffusion.Settings(request.steps(), (float) request.guidance(),
                    heun ? VideoDiffusion.Sampler.HEUN : VideoDiffusion.Sampler.EULER, request.seed());
            VideoDiffusion.Job job = new VideoDiffusion.Job(visiblePrompt(request), gw, gh, modelFrames, settings, start, emitStart, end, source,
                    (float) request.strength());
            boolean backward = "backward".equals(extend); //$NON-NLS-1$
            if (extend != null && !backward) {
                writeOriginal(request.source().get(), sink, request);
            }
            List<byte[]> backwardFrames = new ArrayList<>();
            FrameResampler out = new FrameResampler(sink, gw, gh, c.fps(), request.width(), request.height(), request.fps(), outFrames);
            VideoDiffusion diffusion = new VideoDiffusion(model);
            DjlCall.run(() -> {
                diffusion.generate(job, backward ? backwardFrames::add : out::accept, progress.split(100));
                return null;
            });
            if (backward) {
                for (byte[] f : backwardFrames) {
                    out.accept(f);
                }
            }
            out.finish();
            if (backward) {
                writeOriginal(request.source().get(), sink, request);
            }
        } catch (OperationCanceledException e) {
            throw e;
        } catch (IOException e) {
            throw new GenerationException("dit generation failed: " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            progress.done();
        }
    }

    /** The clip being extended, streamed through at the output size (its frame rate is the request's). */
    private static void writeOriginal(Path file, FrameSink sink, GenerationRequest request) throws IOException {
        try (Mp4VideoReader reader = Mp4VideoReader.open(file)) {
            for (VideoFrame f; (f = reader.nextFrame()) != null;) {
                sink.accept(f.width() == request.width() && f.height() == request.height() ? f
                        : new VideoFrame(request.width(), request.height(), FrameResampler.cover(f, request.width(), request.height())));
            }
        } catch (MediaFormatException e) {
            throw new IOException("--from " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static List<byte[]> fit(List<VideoFrame> frames, int w, int h) {
        List<byte[]> out = new ArrayList<>();
        for (VideoFrame f : frames) {
            out.add(FrameResampler.cover(f, w, h));
        }
        return out;
    }

    /** Seconds needed from the start of the source clip (0: its first frame only, negative: none). */
    private static double headSeconds(GenerationRequest request, String extend, String reference, ModelConfig c) {
        if (reference != null) {
            return "first".equals(reference) ? 0 : -1; //$NON-NLS-1$
        }
        if (extend == null) {
            return request.seconds(); // SDEdit follows the source for the whole request
        }
        return "forward".equals(extend) ? -1 : (double) c.contextFrames() / c.fps(); //$NON-NLS-1$
    }

    /** Seconds needed from the end of the source clip (0: its last frame only, negative: none). */
    private static double tailSeconds(String extend, String reference, ModelConfig c) {
        if (reference != null) {
            return "last".equals(reference) ? 0 : -1; //$NON-NLS-1$
        }
        return extend == null || "backward".equals(extend) ? -1 : (double) c.contextFrames() / c.fps(); //$NON-NLS-1$
    }

    static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && IMAGE_SUFFIXES.contains(name.substring(dot + 1));
    }

    /**
     * The latent grid for a request: the aspect ratio of the requested size with about as many patches per frame as
     * the model was trained on, each side at least 2 patches. Returns the generation size in pixels.
     */
    static int[] grid(ModelConfig c, int width, int height) {
        int stride = c.spatialStride();
        double trained = (double) (c.width() / stride) * (c.height() / stride);
        double aspect = (double) width / height;
        int gw = Math.max(2, (int) Math.round(Math.sqrt(trained * aspect)));
        int gh = Math.max(2, (int) Math.round(Math.sqrt(trained / aspect)));
        return new int[] { gw * stride, gh * stride };
    }

    @Override
    public CostEstimate estimate(GenerationRequest request) {
        DitModel model;
        try {
            model = model(request);
        } catch (InvalidRequestException e) {
            return CostEstimate.local(Double.NaN, 0, "the model cannot be loaded: " + e.getMessage()); //$NON-NLS-1$
        }
        ModelConfig c = model.config();
        int[] g = grid(c, request.width(), request.height());
        int modelFrames = FrameResampler.modelFramesFor(request.frameCount(), request.fps(), c.fps());
        CostModel cost = new CostModel(c);
        boolean guided = request.guidance() != 1;
        double flops = cost.generationFlops(modelFrames, g[0], g[1], request.steps(), guided, "heun".equals(request.options().get(OPT_SAMPLER))); //$NON-NLS-1$
        double encode = request.frameCount() * 15e-9 * request.width() * request.height();
        return CostEstimate.local(flops / CostModel.SUSTAINED_FLOPS + encode, cost.peakBytes(g[0], g[1], guided) + 6L * request.width() * request.height() * 3,
                String.format(Locale.ROOT, "%.1f GFLOP over %d window(s) of %d×%d at %d fps, at %.0f GFLOP/s sustained", flops / 1e9, //$NON-NLS-1$
                        cost.windows(modelFrames), g[0], g[1], c.fps(), CostModel.SUSTAINED_FLOPS / 1e9));
    }

    @Override
    public String version() {
        return "dit-1.0"; //$NON-NLS-1$
    }

    @Override
    public String modelHash(GenerationRequest request) {
        try {
            return ModelLocator.weightsHash(ModelLocator.choose(request.options().get(OPT_MODEL)));
        } catch (IOException e) {
            return null;
        }
    }

    /** What the model draws: quoted dialogue is for the sound, and the model was never trained on it. */
    private static String visiblePrompt(GenerationRequest request) {
        return io.tessera.core.prompt.DialogueParser.withoutDialogue(request.prompt());
    }
}
