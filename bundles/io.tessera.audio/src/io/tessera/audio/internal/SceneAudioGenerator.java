package io.tessera.audio.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.tessera.audio.SoundDesigner;
import io.tessera.audio.Soundtrack;
import io.tessera.audio.SoundtrackJson;
import io.tessera.audio.analysis.SceneAnalysis;
import io.tessera.audio.analysis.SceneAnalyzer;
import io.tessera.audio.speech.EspeakSynthesizer;
import io.tessera.core.audio.AudioGenerator;
import io.tessera.core.audio.AudioSink;
import io.tessera.core.audio.ClipView;

/** The contribution to {@code io.tessera.core.audioGenerators}: analyse the frames, design the sound, stream the mix. */
public final class SceneAudioGenerator implements AudioGenerator {
    private static final int BLOCK = 4800;

    @Override
    public void generate(ClipView clip, String prompt, AudioSink sink, IProgressMonitor monitor) throws Exception {
        SubMonitor progress = SubMonitor.convert(monitor, "Scoring the clip", 100); //$NON-NLS-1$
        SceneAnalysis analysis = SceneAnalyzer.analyse(clip, progress.split(60));
        progress.subTask("Synthesising Foley, ambience and speech"); //$NON-NLS-1$
        Soundtrack track = new SoundDesigner(new EspeakSynthesizer()).design(analysis, prompt, clip.seed());
        progress.worked(30);
        for (String warning : track.warnings()) {
            // the sound is still made; what was left out is told, not thrown
            org.eclipse.core.runtime.Platform.getLog(SceneAudioGenerator.class).warn(warning);
        }
        sink.open(track.sampleRate(), 2);
        float[] mix = track.mix();
        float[] block = new float[BLOCK * 2];
        for (int i = 0; i < track.frames(); i += BLOCK) {
            int n = Math.min(BLOCK, track.frames() - i);
            System.arraycopy(mix, 2 * i, block, 0, 2 * n);
            sink.accept(block, n);
        }
        for (java.util.Map.Entry<String, float[]> stem : track.stems().entrySet()) {
            sink.stem(stem.getKey(), stem.getValue());
        }
        sink.attachment("sound.json", SoundtrackJson.describe(track)); //$NON-NLS-1$
        if (!track.mouths().isEmpty()) {
            sink.attachment("mouths.json", SoundtrackJson.mouths(track.mouths(), analysis.fps())); //$NON-NLS-1$
        }
        progress.done();
    }
}
