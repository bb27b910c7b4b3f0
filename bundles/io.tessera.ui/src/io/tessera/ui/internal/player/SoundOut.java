package io.tessera.ui.internal.player;

import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.tessera.media.AudioStreamReader;

/**
 * Plays a file's sound from a position through javax.sound.sampled (48 kHz stereo, 16 bit), on its own thread,
 * until stopped. Where the machine has no sound device it says so once in the log and stays silent.
 */
public final class SoundOut {
    private static final int RATE = 48_000;
    private static boolean warned;
    private volatile Thread thread;

    public synchronized void start(Path file, double fromSeconds, double speed) {
        stop();
        if (file == null || speed != 1.0) {
            return;
        }
        Thread t = new Thread(() -> play(file, fromSeconds), "tessera-player-sound"); //$NON-NLS-1$
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    public synchronized void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    boolean isPlaying() {
        return thread != null;
    }

    private void play(Path file, double fromSeconds) {
        AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
        try (AudioStreamReader reader = AudioStreamReader.open(file, RATE, 2)) {
            if (!reader.hasAudio()) {
                return;
            }
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, RATE / 5 * 4);
            try {
                line.start();
                int chunk = RATE / 50;
                float[] samples = new float[chunk * 2];
                byte[] bytes = new byte[chunk * 4];
                long position = Math.round(fromSeconds * RATE);
                while (thread == Thread.currentThread()) {
                    reader.read(position, chunk, samples);
                    for (int i = 0; i < samples.length; i++) {
                        int v = (int) Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32767)));
                        bytes[2 * i] = (byte) v;
                        bytes[2 * i + 1] = (byte) (v >> 8);
                    }
                    line.write(bytes, 0, bytes.length);
                    position += chunk;
                }
                line.flush();
            } finally {
                line.stop();
                line.close();
            }
        } catch (Exception | LinkageError e) {
            if (!warned) {
                warned = true;
                ILog.of(SoundOut.class).log(Status.warning("The player plays without sound: " + e, e)); //$NON-NLS-1$
            }
        }
    }
}
