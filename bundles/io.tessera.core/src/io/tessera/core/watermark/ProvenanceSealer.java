package io.tessera.core.watermark;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A watermarker that also signs: once a job's MP4 is complete, and before it is moved into place, core hands it
 * the file and what made it. Implemented by the class of a {@code io.tessera.core.watermarkers} contribution.
 */
public interface ProvenanceSealer {

    /** Writes a signed manifest into the file; returns an id of the signing key. */
    String seal(Path mp4, Provenance provenance) throws IOException;
}
