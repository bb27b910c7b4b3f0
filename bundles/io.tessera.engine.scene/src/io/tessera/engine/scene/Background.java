package io.tessera.engine.scene;

/**
 * A shot's backdrop.
 *
 * @param texture the procedural texture
 * @param rgb its main colour (packed 0xRRGGBB)
 */
public record Background(Texture texture, int rgb) {

    /** Procedural textures; PLAIN is a flat colour. */
    public enum Texture {
        PLAIN, SKY, GRASS, SAND, WATER, BRICK, CHECKERBOARD, WOOD, NIGHT
    }

    public static final Background DEFAULT = new Background(Texture.PLAIN, 0xD8D8D8);
}
