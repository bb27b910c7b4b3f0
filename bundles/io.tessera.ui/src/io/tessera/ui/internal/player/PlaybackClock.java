package io.tessera.ui.internal.player;

/**
 * Which frame playback has reached. With sound, it is the frame whose sound is being heard, so pictures follow the
 * sound wherever the device's clock runs (and wait while the device starts); without sound, or once the sound has
 * failed, it is the wall clock, carried on from the last frame the sound gave.
 */
public final class PlaybackClock {
    private final SoundOut sound;
    private int fps = 24;
    private boolean withSound;
    private long baseFrame;
    private long baseNanos;

    public PlaybackClock(SoundOut sound) {
        this.sound = sound;
    }

    /** Playback starts at {@code frame}; {@code withSound} when the sound was started at that frame's first sample. */
    public void start(long frame, int rate, boolean sounding) {
        fps = Math.max(1, rate);
        withSound = sounding;
        baseFrame = frame;
        baseNanos = System.nanoTime();
    }

    public long frame() {
        long now = System.nanoTime();
        if (withSound) {
            switch (sound.state()) {
            case STARTING -> {
                baseNanos = now; // hold the picture until the sound starts
                return baseFrame;
            }
            case PLAYING -> {
                long heard = sound.heardSample();
                if (heard >= 0) {
                    baseFrame = frameOf(heard);
                    baseNanos = now;
                    return baseFrame;
                }
            }
            default -> withSound = false; // no device, no sound, failed: on by the wall clock from here
            }
        }
        return baseFrame + (long) ((now - baseNanos) / 1e9 * fps);
    }

    /** Whether the sound is what paces the pictures now. */
    public boolean followsSound() {
        return withSound && sound.state() == SoundOut.State.PLAYING;
    }

    /** The frame a sample belongs to. */
    public long frameOf(long sample) {
        return Math.floorDiv(sample * fps, SoundOut.RATE);
    }

    /** The first sample of a frame, as the renderer cuts frames' sound. */
    public static long sampleOf(long frame, int fps) {
        return Math.round(frame * (double) SoundOut.RATE / Math.max(1, fps));
    }
}
