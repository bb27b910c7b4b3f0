/**
 * The prompt language shared by engines and audio generators: what is said (quoted dialogue and who says it) apart
 * from what is seen. Engines draw {@link io.tessera.core.prompt.DialogueParser#withoutDialogue(String)}; audio
 * generators speak {@link io.tessera.core.prompt.DialogueParser#parse(String)}.
 */
package io.tessera.core.prompt;
