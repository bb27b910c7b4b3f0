package io.tessera.editor.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSplitterTest {

    private static List<String> texts(String text) {
        return TextSplitter.split(text).stream().map(TextSplitter.Sentence::text).toList();
    }

    @Test
    void abbreviationsAndDecimalsDoNotEndSentences() {
        assertEquals(List.of("Dr. Smith paid $3.50 for e.g. apples, i.e. fruit.", "Then Mr. J. R. Jones left at 5 p.m. on Monday."),
                texts("Dr. Smith paid $3.50 for e.g. apples, i.e. fruit. Then Mr. J. R. Jones left at 5 p.m. on Monday."));
        assertEquals(List.of("See No. 5 and Fig. 2.", "No.", "I will not."), texts("See No. 5 and Fig. 2. No. I will not."));
    }

    @Test
    void quotesStayWithTheirSentence() {
        // a quotation ending in "!" before a capital is a sentence of its own; before "she said" it is not
        assertEquals(List.of("\"Wait. Stop!\" she said.", "\"Hello!\"", "Anna waved.", "He asked: \u201CWhy? Now?\u201D"),
                texts("\"Wait. Stop!\" she said. \"Hello!\" Anna waved. He asked: \u201CWhy? Now?\u201D"));
    }

    @Test
    void exclamationQuestionEllipsisAndOtherScripts() {
        assertEquals(List.of("Really?!", "Yes\u2026", "It works."), texts("Really?! Yes\u2026 It works."));
        assertEquals(List.of("\u4ECA\u5929\u4E0B\u96E8\u3002", "\u6211\u4EEC\u8D70\u5427\uFF01"), texts("\u4ECA\u5929\u4E0B\u96E8\u3002\u6211\u4EEC\u8D70\u5427\uFF01"));
        assertEquals(List.of("\u00BFQu\u00E9 pasa?", "\u00A1Nada!"), texts("\u00BFQu\u00E9 pasa? \u00A1Nada!"));
        assertEquals(List.of("\u0647\u0644 \u0623\u0646\u062A \u0647\u0646\u0627\u061F", "\u0646\u0639\u0645."), texts("\u0647\u0644 \u0623\u0646\u062A \u0647\u0646\u0627\u061F \u0646\u0639\u0645."));
    }

    @Test
    void paragraphsHeadingsBulletsAndBlankLines() {
        List<TextSplitter.Sentence> s = TextSplitter.split("# Title\n\nFirst line\nwraps here. Second one.\n\n\n\n- a bullet\n* another one\n2) third\n\nINT. KITCHEN - NIGHT\nAnna cooks.\n\nShort heading\n\nLast words.");
        assertEquals(List.of("Title", "First line wraps here.", "Second one.", "a bullet", "another one", "third", "INT. KITCHEN - NIGHT",
                "Anna cooks.", "Short heading", "Last words."), s.stream().map(TextSplitter.Sentence::text).toList());
        assertTrue(s.get(0).heading());
        assertFalse(s.get(1).heading());
        assertEquals(s.get(1).paragraph(), s.get(2).paragraph());
        assertTrue(s.get(3).paragraph() != s.get(4).paragraph(), "each bullet is its own paragraph");
        assertTrue(s.get(6).heading(), "a slugline is a heading");
        assertTrue(s.get(8).heading(), "a short line without a full stop before more text is a heading");
        assertFalse(s.get(9).heading(), "the last line is text, not a heading");
        assertEquals(List.of(), TextSplitter.split("  \n\n \n"));
    }
}
