package io.tessera.engine.scene;

/** How an object moves during its shot. */
public enum Motion {
    STILL, LEFT, RIGHT, UP, DOWN, BOUNCE, SPIN, GROW, SHRINK, ZIGZAG, ORBIT, PULSE, COLLIDE
}
