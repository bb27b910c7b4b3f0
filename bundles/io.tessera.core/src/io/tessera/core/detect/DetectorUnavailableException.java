package io.tessera.core.detect;

/**
 * Thrown by a {@link Detector} that cannot run in this installation at all (what it needs is not installed), as
 * opposed to failing on one file. The verdict then rests on the other detectors instead of withholding
 * "not generated".
 */
public class DetectorUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public DetectorUnavailableException(String message) {
        super(message);
    }
}
