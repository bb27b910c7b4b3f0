package io.tessera.audio.tests;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.audio.AudioSink;
import io.tessera.core.audio.ClipView;

/** A broken third-party generator. */
public final class ThrowingAudioGenerator implements AudioGenerator {
    @Override
    public void generate(ClipView clip, String prompt, AudioSink sink, IProgressMonitor monitor) throws Exception {
        sink.open(48_000, 2);
        throw new IllegalStateException("deliberately broken");
    }
}
