package io.tessera.audio.speech;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Speech from espeak-ng, the one free synthesizer packaged everywhere (Debian/Ubuntu package {@code espeak-ng}, which
 * the project's scripts install with apt). It is a formant synthesizer, robotic but intelligible, tiny, fast and
 * deterministic (the same text and voice give the same bytes), which suits talking shapes and reproducible clips.
 * <p>
 * The executable comes from the system property {@value #PROPERTY}, else the environment variable {@value #ENV}, else
 * {@code espeak-ng} on the PATH. When there is none, {@link #available()} is false and {@link #unavailableReason()}
 * says how to fix it; {@link #speak} then throws an {@link IOException} with the same sentence, never anything worse.
 * <p>
 * The text is passed as one argument after {@code --}, never through a shell, so quotes, semicolons, {@code $(…)} and
 * a leading '-' are all just words to say.
 */
public final class EspeakSynthesizer implements SpeechSynthesizer {
    public static final String PROPERTY = "tessera.espeak"; //$NON-NLS-1$
    public static final String ENV = "TESSERA_ESPEAK"; //$NON-NLS-1$
    public static final String NOT_ON_PATH = "espeak-ng not found on PATH (install the espeak-ng package)"; //$NON-NLS-1$
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** About two minutes of speech; a longer "line" is a mistake upstream, not something to read out. */
    public static final int MAX_TEXT_CHARS = 4000;
    private static final int MAX_WAV_BYTES = 64 * 1024 * 1024;
    private static final String NAME = "espeak-ng"; //$NON-NLS-1$

    private final Path executable;
    private final String missing;
    private final Duration timeout;
    /** null until probed, "" when espeak-ng runs, otherwise why not. */
    private volatile String probe;

    /** Finds espeak-ng through {@value #PROPERTY}, {@value #ENV} or the PATH. */
    public EspeakSynthesizer() {
        this(locate(), TIMEOUT);
    }

    /** Uses this executable; null means "not installed". */
    public EspeakSynthesizer(Path executable) {
        this(new Location(executable, executable == null ? NOT_ON_PATH : null), TIMEOUT);
    }

    /** Uses this executable with a different time limit per line. */
    public EspeakSynthesizer(Path executable, Duration timeout) {
        this(new Location(executable, executable == null ? NOT_ON_PATH : null), timeout);
    }

    private EspeakSynthesizer(Location where, Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
        if (where.path() != null && !Files.isExecutable(where.path())) {
            this.executable = null;
            this.missing = where.reason() != null ? where.reason()
                    : "espeak-ng not found at " + where.path() + " (install the espeak-ng package)"; //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            this.executable = where.path();
            this.missing = where.path() == null ? where.reason() : null;
        }
    }

    /** The executable used, or null when there is none. */
    public Path executable() {
        return executable;
    }

    @Override
    public boolean available() {
        return unavailableReason().isEmpty();
    }

    @Override
    public String unavailableReason() {
        if (executable == null) {
            return missing;
        }
        String p = probe;
        if (p == null) {
            p = runsHere();
            probe = p;
        }
        return p;
    }

    @Override
    public float[] speak(String text, Voice voice, int sampleRate) throws IOException {
        Objects.requireNonNull(voice, "voice"); //$NON-NLS-1$
        if (sampleRate < 8000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate must be in [8000, 384000], got " + sampleRate); //$NON-NLS-1$
        }
        String reason = unavailableReason();
        if (!reason.isEmpty()) {
            throw new IOException("cannot synthesise speech: " + reason); //$NON-NLS-1$
        }
        String line = clean(text);
        if (line.isEmpty()) {
            return new float[0];
        }
        if (line.length() > MAX_TEXT_CHARS) {
            throw new IOException("line too long to speak: " + line.length() + " characters, at most " + MAX_TEXT_CHARS); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> command = List.of(executable.toString(), "--stdout", "-v", voice.espeakName(), //$NON-NLS-1$ //$NON-NLS-2$
                "-p", Integer.toString(voice.pitch()), "-s", Integer.toString(voice.speed()), //$NON-NLS-1$ //$NON-NLS-2$
                "-a", Integer.toString(voice.amplitude()), "--", line); //$NON-NLS-1$ //$NON-NLS-2$
        ProcessRunner.Result r = ProcessRunner.run(command, timeout, MAX_WAV_BYTES);
        if (r.exitCode() != 0) {
            throw new IOException("espeak-ng failed with exit code " + r.exitCode() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                    + (r.stderr().isEmpty() ? "(no error output)" : r.stderr())); //$NON-NLS-1$
        }
        WavDecoder.Pcm pcm;
        try {
            pcm = WavDecoder.decodeMono(r.stdout());
        } catch (IOException e) {
            throw new IOException("espeak-ng wrote no usable audio (" + e.getMessage() + ")" //$NON-NLS-1$ //$NON-NLS-2$
                    + (r.stderr().isEmpty() ? "" : ": " + r.stderr()), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (pcm.sampleRate() <= 0) {
            throw new IOException("espeak-ng wrote a WAV with sample rate " + pcm.sampleRate()); //$NON-NLS-1$
        }
        float[] trimmed = SilenceTrimmer.trim(pcm.samples(), pcm.sampleRate());
        float[] out = Resampler.resample(trimmed, pcm.sampleRate(), sampleRate);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-1f, Math.min(1f, out[i]));
        }
        return out;
    }

    /**
     * One line of plain text: control characters (newlines included) become spaces, runs of spaces one. A leading '-'
     * is safe already because of {@code --}; it also gets a space before it in case some espeak build ignores that.
     */
    static String clean(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                space = !b.isEmpty();
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        String s = b.toString();
        return s.startsWith("-") ? " " + s : s; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Runs {@code espeak-ng --version}: a binary that exists but cannot find its data would fail every line. */
    private String runsHere() {
        try {
            ProcessRunner.Result r = ProcessRunner.run(List.of(executable.toString(), "--version"), Duration.ofSeconds(5), 1 << 16); //$NON-NLS-1$
            String out = new String(r.stdout(), StandardCharsets.UTF_8);
            if (r.exitCode() == 0 && out.toLowerCase(Locale.ROOT).contains("espeak")) { //$NON-NLS-1$
                return ""; //$NON-NLS-1$
            }
            return "espeak-ng at " + executable + " does not work (exit code " + r.exitCode() + "): " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (r.stderr().isEmpty() ? out.strip() : r.stderr());
        } catch (IOException e) {
            return "espeak-ng at " + executable + " cannot be started: " + e.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private record Location(Path path, String reason) {
    }

    /** The property, then the environment variable, then the PATH; an explicit setting that is wrong is reported. */
    private static Location locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return explicit(property.strip(), "system property " + PROPERTY); //$NON-NLS-1$
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return explicit(env.strip(), "environment variable " + ENV); //$NON-NLS-1$
        }
        String path = System.getenv("PATH"); //$NON-NLS-1$
        if (path != null) {
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                for (String name : windows ? List.of(NAME + ".exe", NAME) : List.of(NAME)) { //$NON-NLS-1$
                    try {
                        Path candidate = Path.of(dir, name);
                        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                            return new Location(candidate, null);
                        }
                    } catch (InvalidPathException e) {
                        // a malformed PATH entry: skip it
                    }
                }
            }
        }
        return new Location(null, NOT_ON_PATH);
    }

    private static Location explicit(String value, String source) {
        String reason = "espeak-ng not found at " + value + " (set by " + source //$NON-NLS-1$ //$NON-NLS-2$
                + "; install the espeak-ng package or correct the setting)"; //$NON-NLS-1$
        try {
            Path p = Path.of(value);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return new Location(p, null);
            }
        } catch (InvalidPathException e) {
            // reported below
        }
        return new Location(null, reason);
    }
}
