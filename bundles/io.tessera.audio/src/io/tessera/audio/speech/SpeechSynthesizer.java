package io.tessera.audio.speech;

import java.io.IOException;

/**
 * Turns a line of text into speech. An interface so a better synthesizer can replace espeak-ng later, and so tests and
 * machines without one can still run everything else: callers ask {@link #available()} first and skip speech with
 * {@link #unavailableReason()} instead of failing the whole clip.
 */
public interface SpeechSynthesizer {

    /**
     * Speaks one line.
     *
     * @param text what to say; empty or blank text gives an empty array
     * @param voice how to say it
     * @param sampleRate the rate the caller mixes at, e.g. 48000
     * @return mono samples in [-1, 1] at {@code sampleRate}, leading and trailing silence trimmed; the same text and
     *         voice give the same samples every time
     * @throws IOException when the synthesizer is missing, fails or times out; the message says why
     */
    float[] speak(String text, Voice voice, int sampleRate) throws IOException;

    /** Whether {@link #speak} can work here. */
    boolean available();

    /** Why {@link #speak} cannot work here, for the user; "" when it can. */
    String unavailableReason();
}
