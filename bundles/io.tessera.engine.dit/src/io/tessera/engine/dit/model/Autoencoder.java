package io.tessera.engine.dit.model;

import java.util.List;

import ai.djl.ndarray.NDArray;

/**
 * The frame autoencoder: 8× spatial compression into {@code latentChannels} channels, applied frame by frame (time is
 * compressed by the Transformer's spacetime patches instead, which costs nothing in reconstruction quality). The
 * encoder is kept light because every training clip passes through it once; the decoder carries the capacity.
 * Pixels are in [-1, 1], layout [N, 3, H, W]; latents [N, C, H/8, W/8], multiplied by the config's latent scale.
 */
public final class Autoencoder {
    private final Params p;
    private final float scale;

    public Autoencoder(Params p, float latentScale) {
        this.p = p;
        this.scale = latentScale;
    }

    public static void init(Params p, ModelConfig c) {
        List<Integer> e = c.encoderWidths();
        List<Integer> d = c.decoderWidths();
        Nn.convInit(p, "ae.enc.in", 3, e.get(0), 3); //$NON-NLS-1$
        Nn.convInit(p, "ae.enc.d1", e.get(0), e.get(1), 3); //$NON-NLS-1$
        Nn.convInit(p, "ae.enc.d2", e.get(1), e.get(2), 3); //$NON-NLS-1$
        Nn.convInit(p, "ae.enc.d3", e.get(2), e.get(3), 3); //$NON-NLS-1$
        resInit(p, "ae.enc.r", e.get(3)); //$NON-NLS-1$
        Nn.convInit(p, "ae.enc.out", e.get(3), c.latentChannels(), 1); //$NON-NLS-1$
        Nn.convInit(p, "ae.dec.in", c.latentChannels(), d.get(3), 3); //$NON-NLS-1$
        resInit(p, "ae.dec.r1", d.get(3)); //$NON-NLS-1$
        Nn.convInit(p, "ae.dec.u1", d.get(3), d.get(2), 3); //$NON-NLS-1$
        resInit(p, "ae.dec.r2", d.get(2)); //$NON-NLS-1$
        Nn.convInit(p, "ae.dec.u2", d.get(2), d.get(1), 3); //$NON-NLS-1$
        Nn.convInit(p, "ae.dec.u3", d.get(1), d.get(0), 3); //$NON-NLS-1$
        Nn.convInit(p, "ae.dec.out", d.get(0), 3, 3); //$NON-NLS-1$
    }

    private static void resInit(Params p, String name, int ch) {
        Nn.groupNormInit(p, name + ".n1", ch); //$NON-NLS-1$
        Nn.convInit(p, name + ".c1", ch, ch, 3); //$NON-NLS-1$
        Nn.groupNormInit(p, name + ".n2", ch); //$NON-NLS-1$
        Nn.convInit(p, name + ".c2", ch, ch, 3); //$NON-NLS-1$
    }

    private NDArray res(String name, NDArray x) {
        NDArray h = Nn.conv(p, name + ".c1", Nn.silu(Nn.groupNorm(p, name + ".n1", x)), 1); //$NON-NLS-1$ //$NON-NLS-2$
        h = Nn.conv(p, name + ".c2", Nn.silu(Nn.groupNorm(p, name + ".n2", h)), 1); //$NON-NLS-1$ //$NON-NLS-2$
        return x.add(h);
    }

    /** Unscaled latent, for training (the scale is measured after training). */
    public NDArray encodeRaw(NDArray pixels) {
        NDArray h = Nn.silu(Nn.conv(p, "ae.enc.in", pixels, 1)); //$NON-NLS-1$
        h = Nn.silu(Nn.conv(p, "ae.enc.d1", h, 2)); //$NON-NLS-1$
        h = Nn.silu(Nn.conv(p, "ae.enc.d2", h, 2)); //$NON-NLS-1$
        h = Nn.silu(Nn.conv(p, "ae.enc.d3", h, 2)); //$NON-NLS-1$
        h = res("ae.enc.r", h); //$NON-NLS-1$
        return Nn.conv(p, "ae.enc.out", h, 1); //$NON-NLS-1$
    }

    public NDArray decodeRaw(NDArray latent) {
        NDArray h = Nn.conv(p, "ae.dec.in", latent, 1); //$NON-NLS-1$
        h = res("ae.dec.r1", h); //$NON-NLS-1$
        h = Nn.silu(Nn.conv(p, "ae.dec.u1", upsample(h), 1)); //$NON-NLS-1$
        h = res("ae.dec.r2", h); //$NON-NLS-1$
        h = Nn.silu(Nn.conv(p, "ae.dec.u2", upsample(h), 1)); //$NON-NLS-1$
        h = Nn.silu(Nn.conv(p, "ae.dec.u3", upsample(h), 1)); //$NON-NLS-1$
        return Nn.conv(p, "ae.dec.out", h, 1); //$NON-NLS-1$
    }

    public NDArray encode(NDArray pixels) {
        return Nn.scale(encodeRaw(pixels), scale);
    }

    public NDArray decode(NDArray latent) {
        return decodeRaw(latent.div(Nn.constant(latent, scale)));
    }

    private static NDArray upsample(NDArray x) {
        return x.repeat(2, 2).repeat(3, 2);
    }
}
