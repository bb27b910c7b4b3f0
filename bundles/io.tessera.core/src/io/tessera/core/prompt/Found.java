package io.tessera.core.prompt;

/**
 * A spoken line with where its parts sit in the prompt, so {@link SceneText} can cut it out: the unit [unitStart, unitEnd) is the connector, speaker phrase, verb,
 * quote and trailing words; the speaker's own words are [npStart, npEnd) (npStart &lt; 0 when the speaker is not
 * written in the unit), the connector is [unitStart, connEnd), an addressee ("to the blue square") [addrStart,
 * addrEnd).
 */
record Found(DialogueLine line, int unitStart, int connEnd, int npStart, int npEnd, int unitEnd, int addrStart,
        int addrEnd, String addressee) {
}
