package io.tessera.ui.internal.player;

import java.util.function.Consumer;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * Plays a {@link SoundFeed} from a sample position through javax.sound.sampled (48 kHz stereo, 16 bit), on a thread
 * of its own, until stopped, and tells where the sound being heard is: the clock the player paces its pictures by.
 * <p>
 * Stopping discards what the device still holds, so after a seek nothing of the old place is heard. A new start
 * waits on its own thread for the previous one to let go of the device. Where the machine has no sound device the
 * state says so (the player shows it) and nothing is thrown.
 */
public final class SoundOut {
    public static final int RATE = 48_000;
    /** What the device is given at a time: 20 ms. */
    private static final int CHUNK = RATE / 50;
    /** The device's buffer, and how far writing may run ahead of the wall clock: 200 ms. */
    private static final int LEAD = RATE / 5;

    /** Opens the output line: the machine's default device, or a test's stand-in. */
    @FunctionalInterface
    public interface LineOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    public enum State {
        /** Not asked to play. */
        IDLE,
        /** Opening the feed and the device. */
        STARTING,
        PLAYING,
        /** The source has no sound. */
        NO_SOUND,
        /** No sound device could be opened; the player plays silent. */
        NO_DEVICE,
        /** Reading the sound failed; the player plays on silent. */
        FAILED
    }

    /** The log hears of a missing device once; the player's status line says it every time. */
    private static volatile boolean toldNoDevice;
    private volatile LineOpener lineOpener = AudioSystem::getSourceDataLine;
    private final Consumer<State> stateListener;
    private Session session;

    /** {@code stateListener} hears every change of state, on the sound thread. */
    public SoundOut(Consumer<State> stateListener) {
        this.stateListener = stateListener;
    }

    /** For tests: plays through another line (or none). */
    public void useLineOpener(LineOpener opener) {
        lineOpener = opener;
    }

    /** Plays {@code feed} from sample {@code fromSample}, after stopping what plays now. */
    public synchronized void start(SoundFeed.Opener feed, long fromSample) {
        Session previous = session;
        if (previous != null) {
            previous.stop();
        }
        session = new Session(feed, Math.max(0, fromSample), previous, lineOpener);
        session.thread.start();
    }

    public synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    public synchronized State state() {
        return session == null ? State.IDLE : session.state;
    }

    /** The sample being heard now (the start sample until the device has played any), or -1 when none plays. */
    public synchronized long heardSample() {
        return session == null ? -1 : session.heard();
    }

    private final class Session implements Runnable {
        final Thread thread;
        final SoundFeed.Opener opener;
        final long startSample;
        final Session previous;
        final LineOpener lines;
        volatile boolean stopped;
        volatile State state = State.STARTING;
        volatile SourceDataLine line;
        /** When the line started, for the wall clock the device's position is held to. */
        volatile long startedNanos;

        Session(SoundFeed.Opener opener, long startSample, Session previous, LineOpener lines) {
            this.opener = opener;
            this.startSample = startSample;
            this.previous = previous;
            this.lines = lines;
            thread = new Thread(this, "tessera-player-sound"); //$NON-NLS-1$
            thread.setDaemon(true);
        }

        /**
         * The device's position, but never ahead of the time since it started: a device cannot have played more
         * than that, yet a sink that takes samples at once (a file, a null device) reports all it was given.
         */
        long heard() {
            SourceDataLine l = line;
            if (state != State.PLAYING || l == null) {
                return -1;
            }
            long elapsed = (System.nanoTime() - startedNanos) * RATE / 1_000_000_000L;
            return startSample + Math.min(l.getLongFramePosition(), elapsed);
        }

        /** Called on any thread: a write blocked on a full device returns once the line is flushed. */
        void stop() {
            stopped = true;
            SourceDataLine l = line;
            if (l != null) {
                l.stop();
                l.flush();
            }
        }

        private void enter(State s) {
            state = s;
            stateListener.accept(s);
        }

        @Override
        public void run() {
            if (previous != null) {
                try {
                    previous.thread.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (stopped) {
                return;
            }
            enter(State.STARTING);
            try (SoundFeed feed = opener.open()) {
                if (!feed.hasSound()) {
                    enter(State.NO_SOUND);
                    return;
                }
                AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
                SourceDataLine l;
                try {
                    l = lines.open(format);
                    l.open(format, LEAD * 4);
                } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                    if (!toldNoDevice) {
                        toldNoDevice = true;
                        ILog.of(SoundOut.class).log(Status.info("No sound device, the player plays silent: " + e.getMessage())); //$NON-NLS-1$
                    }
                    enter(State.NO_DEVICE);
                    return;
                }
                try {
                    play(feed, l);
                } finally {
                    line = null;
                    l.stop();
                    l.flush();
                    l.close();
                }
            } catch (Exception | LinkageError e) {
                ILog.of(SoundOut.class).log(Status.warning("The player's sound failed, it plays on silent: " + e, e)); //$NON-NLS-1$
                enter(State.FAILED);
            }
        }

        private void play(SoundFeed feed, SourceDataLine l) throws Exception {
            float[] samples = new float[CHUNK * 2];
            byte[] bytes = new byte[CHUNK * 4];
            long position = startSample;
            long written = 0;
            long started = System.nanoTime();
            startedNanos = started;
            line = l;
            l.start();
            enter(State.PLAYING);
            while (!stopped) {
                // a device that takes samples faster than it could play them (a file or null sink) would run the
                // clock ahead of time: never be more than the device's buffer ahead of the wall clock
                long due = (System.nanoTime() - started) * RATE / 1_000_000_000L + LEAD;
                if (written > due) {
                    Thread.sleep(Math.max(1, (written - due) * 1000 / RATE));
                    continue;
                }
                feed.read(position, CHUNK, samples);
                for (int i = 0; i < samples.length; i++) {
                    int v = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767);
                    bytes[2 * i] = (byte) v;
                    bytes[2 * i + 1] = (byte) (v >> 8);
                }
                if (stopped) {
                    break;
                }
                l.write(bytes, 0, bytes.length);
                position += CHUNK;
                written += CHUNK;
            }
        }
    }
}
