package io.tessera.editor.storyboard;

/**
 * What a storyboard is planned with, besides the text. Immutable; change it with the {@code with...} methods.
 *
 * @param engineId the engine every shot is made with ("scene", "dit")
 * @param fps frames per second; shot lengths are whole frames at this rate
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param filmSeed the seed every shot's seed is derived from (>= 0)
 * @param wordsPerMinute narration speed that sets each shot's length
 * @param minSeconds the shortest shot
 * @param maxSeconds the longest shot; longer sentences are split
 * @param steps sampler steps for engines that sample
 * @param guidance classifier-free guidance for engines that use it
 */
public record StoryboardSettings(String engineId, int fps, int width, int height, long filmSeed, double wordsPerMinute,
        double minSeconds, double maxSeconds, int steps, double guidance) {

    public static final String DEFAULT_ENGINE = "scene"; //$NON-NLS-1$
    public static final double DEFAULT_WPM = 160;

    public StoryboardSettings {
        if (engineId == null || engineId.isBlank()) {
            throw new IllegalArgumentException("the engine id is empty"); //$NON-NLS-1$
        }
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps must be in [1, 240], got " + fps); //$NON-NLS-1$
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("the frame size must be positive, got " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (filmSeed < 0) {
            throw new IllegalArgumentException("the film seed must be >= 0, got " + filmSeed); //$NON-NLS-1$
        }
        if (!(wordsPerMinute >= 20 && wordsPerMinute <= 1000)) {
            throw new IllegalArgumentException("words per minute must be in [20, 1000], got " + wordsPerMinute); //$NON-NLS-1$
        }
        if (!(minSeconds > 0 && minSeconds <= maxSeconds && maxSeconds <= 60)) {
            throw new IllegalArgumentException("shot lengths must satisfy 0 < min <= max <= 60, got " + minSeconds + ".." + maxSeconds); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (steps < 1 || !(guidance >= 0)) {
            throw new IllegalArgumentException("steps must be >= 1 and guidance >= 0"); //$NON-NLS-1$
        }
    }

    /** The scene engine, 24 fps, 256x256, film seed 0, 160 words a minute, shots of 2 to 8 s, 20 steps, guidance 4. */
    public static StoryboardSettings defaults() {
        return new StoryboardSettings(DEFAULT_ENGINE, 24, 256, 256, 0, DEFAULT_WPM, 2, 8, 20, 4.0);
    }

    public StoryboardSettings withEngine(String id) {
        return new StoryboardSettings(id, fps, width, height, filmSeed, wordsPerMinute, minSeconds, maxSeconds, steps, guidance);
    }

    public StoryboardSettings withFps(int f) {
        return new StoryboardSettings(engineId, f, width, height, filmSeed, wordsPerMinute, minSeconds, maxSeconds, steps, guidance);
    }

    public StoryboardSettings withSize(int w, int h) {
        return new StoryboardSettings(engineId, fps, w, h, filmSeed, wordsPerMinute, minSeconds, maxSeconds, steps, guidance);
    }

    public StoryboardSettings withSeed(long seed) {
        return new StoryboardSettings(engineId, fps, width, height, seed, wordsPerMinute, minSeconds, maxSeconds, steps, guidance);
    }

    public StoryboardSettings withWordsPerMinute(double wpm) {
        return new StoryboardSettings(engineId, fps, width, height, filmSeed, wpm, minSeconds, maxSeconds, steps, guidance);
    }

    public StoryboardSettings withShotLengths(double min, double max) {
        return new StoryboardSettings(engineId, fps, width, height, filmSeed, wordsPerMinute, min, max, steps, guidance);
    }

    public StoryboardSettings withSampling(int s, double g) {
        return new StoryboardSettings(engineId, fps, width, height, filmSeed, wordsPerMinute, minSeconds, maxSeconds, s, g);
    }

    /** Reading time of {@code words} words at this speed, in seconds (not clamped or rounded). */
    public double readingSeconds(double words) {
        return words * 60.0 / wordsPerMinute;
    }

    /**
     * A shot's length for {@code words} words of narration: the reading time, at least {@link #minSeconds()} and at
     * most {@link #maxSeconds()}, rounded to whole frames.
     */
    public double shotSeconds(double words) {
        double s = Math.max(minSeconds, Math.min(maxSeconds, readingSeconds(words)));
        return frames(s) / (double) fps;
    }

    /** Whole frames for {@code seconds} at this rate: rounded, and never below the shortest shot. */
    public int frames(double seconds) {
        long f = Math.round(seconds * fps);
        long min = (long) Math.ceil(minSeconds * fps - 1e-9);
        return (int) Math.max(1, seconds >= minSeconds ? Math.max(f, min) : f);
    }
}
