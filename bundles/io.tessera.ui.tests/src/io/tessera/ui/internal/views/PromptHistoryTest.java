package io.tessera.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.junit.jupiter.api.Test;

import io.tessera.core.engine.GenerationRequest;

/** The history's rules and its preference format: newest first, each prompt once, at most 50, any text kept exactly. */
class PromptHistoryTest {
    private static final String KEY = "history"; //$NON-NLS-1$

    @Test
    void keepsTheNewestFiftyPromptsOnceEachWithTheirSettings() {
        IEclipsePreferences node = ConfigurationScope.INSTANCE.getNode("io.tessera.ui.tests.promptHistory"); //$NON-NLS-1$
        PromptHistory h = PromptHistory.load(node, KEY);
        h.clear();
        for (int i = 0; i < 60; i++) {
            h.add("scene", GenerationRequest.builder("prompt " + i).seed(i).build()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertEquals(PromptHistory.MAX, h.size());
        assertEquals("prompt 59", h.get(0).prompt()); //$NON-NLS-1$
        assertEquals("prompt 10", h.get(PromptHistory.MAX - 1).prompt()); //$NON-NLS-1$

        String awkward = "line one\n\tline two with a tab, a \\ backslash and \u00e9\r\nthree"; //$NON-NLS-1$
        h.add("dit", GenerationRequest.builder(awkward).seconds(2.5).fps(12).size(320, 180).seed(1234567890123L).steps(7).guidance(3.5) //$NON-NLS-1$
                .build());
        h.add("scene", GenerationRequest.builder("  prompt 30  ").seed(99).build()); //$NON-NLS-1$ //$NON-NLS-2$
        h.add("scene", GenerationRequest.builder("   ").build()); //$NON-NLS-1$ //$NON-NLS-2$

        PromptHistory read = PromptHistory.load(node, KEY);
        assertEquals(PromptHistory.MAX, read.size());
        assertEquals("prompt 30", read.get(0).prompt(), "a prompt generated again moves to the front"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(99, read.get(0).seed());
        assertEquals(1, read.entries().stream().filter(e -> e.prompt().equals("prompt 30")).count()); //$NON-NLS-1$
        PromptHistory.Entry e = read.get(1);
        assertEquals(new PromptHistory.Entry(awkward, "dit", 2.5, 12, 320, 180, 1234567890123L, 7, 3.5), e); //$NON-NLS-1$
        assertEquals("line one line two with a tab, a \\ b\u2026", e.label(36), "36 characters on one line"); //$NON-NLS-1$ //$NON-NLS-2$
        assertNull(PromptHistory.Entry.decode("an older line without settings")); //$NON-NLS-1$
        h.clear();
        assertEquals(0, PromptHistory.load(node, KEY).size());
    }
}
