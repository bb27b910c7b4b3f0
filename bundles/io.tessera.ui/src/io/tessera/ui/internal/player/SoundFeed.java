package io.tessera.ui.internal.player;

import java.io.IOException;
import java.nio.file.Path;

import io.tessera.editor.render.MediaResolver;
import io.tessera.editor.render.RenderException;
import io.tessera.editor.render.TimelineSound;
import io.tessera.media.AudioStreamReader;
import io.tessera.model.Timeline;

/**
 * Where the player's sound comes from: stereo samples at {@link SoundOut#RATE}, addressed by sample. Used only on
 * the sound thread.
 */
public interface SoundFeed extends AutoCloseable {

    /** Fills {@code out} with {@code frames} interleaved stereo sample frames from {@code position} on. */
    void read(long position, int frames, float[] out) throws IOException;

    /** False for a file without sound: nothing to play. */
    boolean hasSound();

    @Override
    void close();

    /** Opens a feed on the sound thread, where the time it takes does not hold up pictures or the UI. */
    @FunctionalInterface
    interface Opener {
        SoundFeed open() throws IOException, RenderException;
    }

    /** A clip's own sound. */
    static SoundFeed file(Path file) throws IOException {
        AudioStreamReader reader = AudioStreamReader.open(file, SoundOut.RATE, 2);
        return new SoundFeed() {
            @Override
            public void read(long position, int frames, float[] out) throws IOException {
                reader.read(position, frames, out);
            }

            @Override
            public boolean hasSound() {
                return reader.hasAudio();
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    /** A timeline's sound, mixed by the editor exactly as a render mixes it. */
    static SoundFeed timeline(Timeline snapshot, MediaResolver media) throws RenderException {
        TimelineSound sound = TimelineSound.open(snapshot, media, SoundOut.RATE);
        return new SoundFeed() {
            @Override
            public void read(long position, int frames, float[] out) throws IOException {
                float[] mix = sound.samples(position, frames);
                System.arraycopy(mix, 0, out, 0, mix.length);
            }

            @Override
            public boolean hasSound() {
                return true;
            }

            @Override
            public void close() {
                sound.close();
            }
        };
    }
}
