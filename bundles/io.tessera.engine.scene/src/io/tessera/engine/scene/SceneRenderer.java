package io.tessera.engine.scene;

import io.tessera.engine.scene.internal.BackgroundPainter;
import io.tessera.engine.scene.internal.ShapeRasterizer;
import io.tessera.media.VideoFrame;

/**
 * Draws frame states: the shot's textured background (shifted by camera pans, scaled by zooms) and the objects as
 * anti-aliased shapes, using signed distances so edges are smooth at any size and angle.
 */
public final class SceneRenderer {
    private final int width;
    private final int height;
    private final long seed;
    private int cachedShot = -1;
    private int[] texture;
    private int textureWidth;

    /** @param seed varies the texture phase; pass the simulation's seed so a request has one seed */
    public SceneRenderer(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
    }

    /** Draws one frame into a new buffer (frames are handed to other threads, so none is reused). */
    public VideoFrame render(FrameState state) {
        if (state.shot() != cachedShot) {
            textureWidth = width + width / 2;
            texture = BackgroundPainter.paint(state.background(), textureWidth, height, seed * 31 + state.shot());
            cachedShot = state.shot();
        }
        byte[] rgb = new byte[width * height * 3];
        drawBackground(rgb, state);
        for (ObjectState o : state.objects()) {
            ShapeRasterizer.draw(rgb, width, height, o);
        }
        return new VideoFrame(width, height, rgb);
    }

    private void drawBackground(byte[] rgb, FrameState state) {
        // pans look across a texture half a frame wider than the picture
        double origin = width / 4.0 - state.panX();
        double zoom = state.zoom();
        boolean water = state.background().texture() == Background.Texture.WATER;
        for (int y = 0; y < height; y++) {
            int ty = zoom == 1 ? y : clamp((int) ((y - height / 2.0) / zoom + height / 2.0), 0, height - 1);
            double rowShift = water ? 3 * Math.sin(2 * Math.PI * (state.shotSeconds() * 0.4 + ty / 37.0)) : 0;
            int o = y * width * 3;
            for (int x = 0; x < width; x++) {
                double wx = zoom == 1 ? x : (x - width / 2.0) / zoom + width / 2.0;
                int tx = clamp((int) Math.floor(wx + origin + rowShift), 0, textureWidth - 1);
                int c = texture[ty * textureWidth + tx];
                rgb[o++] = (byte) (c >> 16);
                rgb[o++] = (byte) (c >> 8);
                rgb[o++] = (byte) c;
            }
        }
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
