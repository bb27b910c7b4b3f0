package io.tessera.engine.dit.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON descriptor of a model ({@code model.json} beside {@code weights.bin}): its architecture, the frame size
 * and rate it was trained at, and the words its text encoder knows. Everything a forward pass needs is here, so a
 * larger model trained elsewhere loads with the same code.
 *
 * @param format       always {@value #FORMAT}
 * @param width        trained frame width in pixels (any multiple of {@link #spatialStride()} is accepted)
 * @param height       trained frame height
 * @param fps          frame rate of the training clips
 * @param windowFrames frames generated per window (one forward pass covers a window)
 * @param contextFrames frames of the previous window a continuation window is conditioned on
 * @param latentChannels channels of the autoencoder's latent
 * @param latentScale  multiplier that brings latents to unit variance
 * @param encoderWidths channels of the encoder's 4 stages (full, /2, /4, /8 resolution)
 * @param decoderWidths channels of the decoder's 4 stages (full, /2, /4, /8 resolution)
 * @param patchFrames  latent frames per spacetime patch
 * @param patchSize    latent pixels per patch side
 * @param dim          Transformer width
 * @param depth        Transformer blocks
 * @param heads        attention heads
 * @param textDepth    text encoder blocks
 * @param maxTextTokens longest prompt in tokens
 * @param vocabulary   the words the text encoder was trained on (ids start at 2: 0 pads, 1 is the empty prompt)
 */
public record ModelConfig(String format, int width, int height, int fps, int windowFrames, int contextFrames, int latentChannels,
        float latentScale, List<Integer> encoderWidths, List<Integer> decoderWidths, int patchFrames, int patchSize, int dim, int depth,
        int heads, int textDepth, int maxTextTokens, List<String> vocabulary) {

    public static final String FORMAT = "tessera-dit/1"; //$NON-NLS-1$
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Pixels per latent-patch side: the autoencoder's 8× times the patch size. */
    public int spatialStride() {
        return 8 * patchSize;
    }

    public ModelConfig withLatentScale(float scale) {
        return new ModelConfig(format, width, height, fps, windowFrames, contextFrames, latentChannels, scale, encoderWidths, decoderWidths,
                patchFrames, patchSize, dim, depth, heads, textDepth, maxTextTokens, vocabulary);
    }

    public static ModelConfig read(Path file) throws IOException {
        ModelConfig c = JSON.readValue(file.toFile(), ModelConfig.class);
        c.check(file.toString());
        return c;
    }

    public static ModelConfig read(java.io.InputStream in, String where) throws IOException {
        ModelConfig c = JSON.readValue(in, ModelConfig.class);
        c.check(where);
        return c;
    }

    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void check(String where) throws IOException {
        if (!FORMAT.equals(format)) {
            throw new IOException(where + ": format is \"" + format + "\", expected \"" + FORMAT + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        require(where, "dim", dim > 0 && heads > 0 && dim % heads == 0, "a positive multiple of heads"); //$NON-NLS-1$ //$NON-NLS-2$
        require(where, "windowFrames", windowFrames > 0 && windowFrames % patchFrames == 0, "a positive multiple of patchFrames"); //$NON-NLS-1$ //$NON-NLS-2$
        require(where, "contextFrames", contextFrames >= 0 && contextFrames < windowFrames && contextFrames % patchFrames == 0, //$NON-NLS-1$
                "a multiple of patchFrames below windowFrames"); //$NON-NLS-1$
        require(where, "encoderWidths", encoderWidths != null && encoderWidths.size() == 4, "4 widths"); //$NON-NLS-1$ //$NON-NLS-2$
        require(where, "decoderWidths", decoderWidths != null && decoderWidths.size() == 4, "4 widths"); //$NON-NLS-1$ //$NON-NLS-2$
        require(where, "vocabulary", vocabulary != null && !vocabulary.isEmpty(), "a list of words"); //$NON-NLS-1$ //$NON-NLS-2$
        require(where, "width", width > 0 && width % spatialStride() == 0, "a multiple of " + spatialStride()); //$NON-NLS-1$ //$NON-NLS-2$
        require(where, "height", height > 0 && height % spatialStride() == 0, "a multiple of " + spatialStride()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void require(String where, String field, boolean ok, String what) throws IOException {
        if (!ok) {
            throw new IOException(where + ": \"" + field + "\" must be " + what); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
