package io.tessera.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tessera.core.engine.EngineCapability;

class EngineRegistryTest {
    private final EngineRegistry registry = new EngineRegistry();

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    @Test
    void findsDeclaredEnginesWithoutCreatingThem() {
        EngineDescriptor stripes = registry.find("test-stripes").orElseThrow();
        assertEquals("Test stripes", stripes.name());
        assertEquals(10.0, stripes.limits().maxSeconds());
        assertTrue(stripes.can(EngineCapability.TEXT_TO_VIDEO));
        assertFalse(stripes.can(EngineCapability.IMAGE_TO_VIDEO));
        assertTrue(stripes.problem().isEmpty(), "nothing was created yet, so nothing failed yet");
    }

    @Test
    void aConstructorThatThrowsIsReportedAndSkipped() {
        EngineDescriptor broken = registry.find("test-broken-constructor").orElseThrow();
        assertTrue(broken.engine().isEmpty());
        IStatus problem = broken.problem().orElseThrow();
        assertEquals(IStatus.ERROR, problem.getSeverity());
        assertTrue(problem.getMessage().contains("test-broken-constructor"), problem.getMessage());
        assertTrue(problem.getMessage().contains("io.tessera.core"), "names the contributor: " + problem.getMessage());
        assertTrue(broken.engine().isEmpty(), "stays skipped on later calls");
        // the others still work
        assertTrue(registry.find("test-stripes").orElseThrow().engine().isPresent());
    }

    @Test
    void aMissingClassIsReportedNotThrown() {
        EngineDescriptor missing = registry.find("test-missing-class").orElseThrow();
        assertTrue(missing.engine().isEmpty());
        assertTrue(missing.problem().orElseThrow().getMessage().contains("NoSuchEngine"), missing.problem().get().getMessage());
    }

    @Test
    void anInvalidDeclarationIsAProblemNotADescriptor() {
        assertTrue(registry.find("test-too-long").isEmpty());
        List<IStatus> problems = registry.problems();
        assertTrue(problems.stream().anyMatch(p -> p.getMessage().contains("test-too-long") && p.getMessage().contains("maxSeconds")),
                problems.toString());
    }

    @Test
    void defaultEngineIsTheHighestPriorityOneThatLoads() {
        EngineDescriptor first = registry.descriptors().get(0);
        for (EngineDescriptor d : registry.descriptors()) {
            assertTrue(d.priority() <= first.priority());
        }
        EngineDescriptor chosen = registry.defaultEngine().orElseThrow();
        assertTrue(chosen.problem().isEmpty());
    }

    @Test
    void otherExtensionPointsAreDeclaredAndReadable() {
        for (String id : List.of(Registries.AUDIO_GENERATORS, Registries.WATERMARKERS, Registries.DETECTORS,
                Registries.EDITOR_OPERATIONS, Registries.EXPORTERS, EngineRegistry.EXTENSION_POINT)) {
            assertTrue(org.eclipse.core.runtime.Platform.getExtensionRegistry().getExtensionPoint(id) != null, id);
        }
        Registries.detectors().descriptors();
        Registries.exporters().descriptors();
    }
}
