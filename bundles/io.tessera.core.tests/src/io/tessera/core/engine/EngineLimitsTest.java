package io.tessera.core.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngineLimitsTest {

    @Test
    void refusesSixtyAndAHalfSecondsNamingTheOption() {
        GenerationRequest r = GenerationRequest.builder("a red circle").seconds(60.5).build();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> EngineLimits.DEFAULT.check(r));
        assertTrue(e.getMessage().contains("--seconds"), e.getMessage());
    }

    @Test
    void refusesZeroSize() {
        GenerationRequest r = GenerationRequest.builder("a red circle").size(0, 128).build();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> EngineLimits.DEFAULT.check(r));
        assertTrue(e.getMessage().contains("--size"), e.getMessage());
    }

    @Test
    void acceptsSixtySecondsExactly() {
        assertDoesNotThrow(() -> EngineLimits.DEFAULT.check(GenerationRequest.builder("x").seconds(60).build()));
    }
}
