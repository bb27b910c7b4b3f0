package io.tessera.train.bench;

import io.tessera.engine.scene.Shape;
import io.tessera.media.vision.Blob;

/** Names the shape of a region from its outline measurements, in the order that separates the shapes most surely. */
final class ShapeClassifier {
    private ShapeClassifier() {
    }

    /** Thresholds measured on the scene engine's shapes at 128×128 (see GroundTruthTest). */
    static Shape classify(Blob b) {
        if (b.filledRatio() > 1.1) {
            return Shape.RING;
        }
        if (b.solidity() < 0.82) {
            return Shape.STAR;
        }
        if (b.extent() < 0.66) {
            return Shape.TRIANGLE;
        }
        if (b.extent() >= 0.9) {
            if (b.rectAspect() > 1.5) {
                return Shape.RECTANGLE;
            }
            return b.rectAngle() > 22.5 ? Shape.DIAMOND : Shape.SQUARE;
        }
        return b.rectAspect() >= 1.09 || (b.vertices() == 6 && b.circularity() < 0.875) ? Shape.HEXAGON : Shape.CIRCLE;
    }
}
