package io.tessera.core.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything that decides what an engine makes. Generation is a pure function of this and the engine's model. */
public final class GenerationRequest {
    private final String prompt;
    private final double seconds;
    private final int fps;
    private final int width;
    private final int height;
    private final long seed;
    private final int steps;
    private final double guidance;
    private final Path source;
    private final double strength;
    private final Map<String, String> options;

    private GenerationRequest(Builder b) {
        this.prompt = b.prompt;
        this.seconds = b.seconds;
        this.fps = b.fps;
        this.width = b.width;
        this.height = b.height;
        this.seed = b.seed;
        this.steps = b.steps;
        this.guidance = b.guidance;
        this.source = b.source;
        this.strength = b.strength;
        this.options = Collections.unmodifiableMap(new TreeMap<>(b.options));
    }

    public static Builder builder(String prompt) {
        return new Builder(prompt);
    }

    public Builder toBuilder() {
        Builder b = new Builder(prompt).seconds(seconds).fps(fps).size(width, height).seed(seed).steps(steps)
                .guidance(guidance).strength(strength).source(source);
        b.options.putAll(options);
        return b;
    }

    public String prompt() {
        return prompt;
    }

    public double seconds() {
        return seconds;
    }

    public int fps() {
        return fps;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long seed() {
        return seed;
    }

    public int steps() {
        return steps;
    }

    public double guidance() {
        return guidance;
    }

    /** The image or video to start from (i2v, v2v), if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public double strength() {
        return strength;
    }

    /** Engine-specific options; engines refuse keys they do not know. */
    public Map<String, String> options() {
        return options;
    }

    /** Number of frames: seconds × fps, rounded, at least one. */
    public int frameCount() {
        return Math.max(1, (int) Math.round(seconds * fps));
    }

    public VideoFormat format() {
        return new VideoFormat(width, height, fps, frameCount());
    }

    @Override
    public String toString() {
        return "GenerationRequest[prompt=" + prompt + ", seconds=" + seconds + ", fps=" + fps + ", size=" + width + "x" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + height + ", seed=" + seed + ", steps=" + steps + ", guidance=" + guidance + ", source=" + source //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + ", strength=" + strength + ", options=" + options + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static final class Builder {
        private final String prompt;
        private double seconds = 4;
        private int fps = 24;
        private int width = 256;
        private int height = 256;
        private long seed;
        private int steps = 20;
        private double guidance = 4.0;
        private Path source;
        private double strength = 0.6;
        private final Map<String, String> options = new TreeMap<>();

        private Builder(String prompt) {
            this.prompt = prompt == null ? "" : prompt; //$NON-NLS-1$
        }

        public Builder seconds(double s) {
            this.seconds = s;
            return this;
        }

        public Builder fps(int f) {
            this.fps = f;
            return this;
        }

        public Builder size(int w, int h) {
            this.width = w;
            this.height = h;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder steps(int s) {
            this.steps = s;
            return this;
        }

        public Builder guidance(double g) {
            this.guidance = g;
            return this;
        }

        public Builder source(Path p) {
            this.source = p;
            return this;
        }

        public Builder strength(double s) {
            this.strength = s;
            return this;
        }

        public Builder option(String key, String value) {
            this.options.put(key, value);
            return this;
        }

        public GenerationRequest build() {
            return new GenerationRequest(this);
        }
    }
}
