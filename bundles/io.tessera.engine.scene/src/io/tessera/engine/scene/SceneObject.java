package io.tessera.engine.scene;

import java.util.Set;

/**
 * One object as the prompt describes it.
 *
 * @param shape its shape
 * @param rgb its colour, packed 0xRRGGBB
 * @param colourName the colour word(s) used, e.g. "light blue"
 * @param size relative size, 1 = medium
 * @param motions what it does (possibly several, e.g. moves right and spins)
 * @param speed relative speed, 1 = normal
 * @param placement where it starts
 */
public record SceneObject(Shape shape, int rgb, String colourName, double size, Set<Motion> motions, double speed,
        Placement placement) {
}
