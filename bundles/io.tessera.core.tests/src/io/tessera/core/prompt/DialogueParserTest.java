package io.tessera.core.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What engines draw and what the sound speaks, from one prompt. (More phrasings: SpeechTest in the audio tests.) */
class DialogueParserTest {
    @Test
    void theSpeakerIsDrawnOnceAndTheLineNotAtAll() {
        assertEquals("a red metal ball bounces on a wooden floor",
                DialogueParser.withoutDialogue("a red metal ball bounces on a wooden floor and the red ball says \"watch out!\""));
        assertEquals("red metal ball", DialogueParser.parse("a red metal ball bounces and the red ball says \"hi\"").get(0).speaker());
        assertEquals("the red circle", DialogueParser.withoutDialogue("the red circle says \"hi\""));
    }

    @Test
    void narratorsDrawNothingUnknownSpeakersStaySoEnginesCanNameThem() {
        assertEquals("a blue square spins", DialogueParser.withoutDialogue("a voice says \"once upon a time\" then a blue square spins"));
        assertEquals("a red dragon", DialogueParser.withoutDialogue("a red dragon says \"hi\""));
        assertEquals(List.of("once upon a time"),
                DialogueParser.parse("a voice says \"once upon a time\" then a blue square spins").stream().map(DialogueLine::text).toList());
    }

    @Test
    void promptsWithoutDialogueAreLeftAsTheyAre() {
        assertEquals("two green squares collide over grass", DialogueParser.withoutDialogue("two green squares collide over grass"));
        assertEquals(List.of(), DialogueParser.parse("two green squares collide over grass"));
    }
}
