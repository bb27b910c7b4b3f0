package io.tessera.core.engine;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.watermark.Marking;

/**
 * An engine whose clips arrive finished: encoded, marked, signed and with sound, made by another Tessera pipeline
 * (a remote server). Re-encoding such a clip would lose quality and stack a second label and mark on the first, so
 * the pipeline hands the engine the part file to fill and then only checks, moves and records it.
 * {@link #generate} still serves callers that want frames (single images).
 */
public interface FinishedClipEngine extends VideoEngine {

    /**
     * Writes the finished MP4 of {@code request} to {@code target}, carrying the marks {@code marking} asks for and a
     * sound track when {@code audio}.
     */
    FinishedClip deliver(GenerationRequest request, Marking marking, boolean audio, Path target, IProgressMonitor monitor)
            throws GenerationException;
}
