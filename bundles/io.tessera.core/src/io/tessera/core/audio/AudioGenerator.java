package io.tessera.core.audio;

import org.eclipse.core.runtime.IProgressMonitor;

/** A contribution to {@code io.tessera.core.audioGenerators}: makes a sound track that fits a clip. */
public interface AudioGenerator {

    void generate(ClipView clip, String prompt, AudioSink sink, IProgressMonitor monitor) throws Exception;
}
