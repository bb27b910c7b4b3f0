/**
 * Speech for generated video: finds the spoken lines in a prompt ({@link io.tessera.core.prompt.DialogueParser}),
 * gives every character a stable voice ({@link io.tessera.audio.speech.Voice}), synthesises the lines with espeak-ng
 * ({@link io.tessera.audio.speech.EspeakSynthesizer}) and derives a per-frame mouth opening for lip-sync
 * ({@link io.tessera.audio.speech.MouthEnvelope}). Plain Java and the JDK only, so it runs the same inside OSGi, in
 * the CLI and in tests; a machine without espeak-ng gets a clear reason and no speech, never a failure.
 */
package io.tessera.audio.speech;
