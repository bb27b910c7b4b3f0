package io.tessera.engine.scene;

/**
 * Where an object is in one frame, in picture coordinates (pixels, origin top left), after the camera.
 *
 * @param object the object as the prompt described it
 * @param x centre x
 * @param y centre y
 * @param radius half the object's extent at scale 1, times its current scale
 * @param angle rotation in radians
 */
public record ObjectState(SceneObject object, double x, double y, double radius, double angle) {

    /** Axis-aligned bounding box {minX, minY, maxX, maxY}, clipped to nothing. */
    public double[] bounds() {
        double e = radius * (object.shape() == Shape.RECTANGLE ? 1.35 : 1.05);
        return new double[] { x - e, y - e, x + e, y + e };
    }
}
