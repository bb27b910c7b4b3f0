package io.tessera.engine.scene;

/** What the camera does during a shot. */
public enum CameraMove {
    STATIC, PAN_LEFT, PAN_RIGHT, ZOOM_IN, ZOOM_OUT
}
