package io.tessera.engine.scene;

/** The shapes the scene language knows. */
public enum Shape {
    CIRCLE, SQUARE, RECTANGLE, TRIANGLE, STAR, DIAMOND, HEXAGON, RING
}
