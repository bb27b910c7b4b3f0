package io.tessera.engine.scene;

/** Where an object starts; ANYWHERE lets the seed choose. */
public enum Placement {
    ANYWHERE, LEFT, RIGHT, TOP, BOTTOM, CENTER, CORNER
}
