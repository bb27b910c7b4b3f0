package io.tessera.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.tessera.model.ClipItem;
import io.tessera.model.GenerationSettings;
import io.tessera.model.Project;

/** Each constraint, broken alone on an otherwise valid project, is reported with the object, field and value. */
class ProjectValidationTest {

    private record Case(String expected, Consumer<Project> breakIt) {
    }

    private static GenerationSettings settings(Project p) {
        return p.getShots().get(1).getSettings();
    }

    private static ClipItem item(Project p) {
        return p.getTimeline().getTracks().get(0).getItems().get(1);
    }

    private static final List<Case> CASES = List.of( //
            new Case("GenerationSettings of shot shot-1: seconds = 0.0 must be in (0, 60]", p -> settings(p).setSeconds(0)),
            new Case("GenerationSettings of shot shot-1: seconds = 60.01 must be in (0, 60]", p -> settings(p).setSeconds(60.01)),
            new Case("GenerationSettings of shot shot-1: width = -4 must be positive", p -> settings(p).setWidth(-4)),
            new Case("GenerationSettings of shot shot-1: height = 0 must be positive", p -> settings(p).setHeight(0)),
            new Case("GenerationSettings of shot shot-1: fps = 0 must be in [1, 60]", p -> settings(p).setFps(0)),
            new Case("GenerationSettings of shot shot-1: fps = 61 must be in [1, 60]", p -> settings(p).setFps(61)),
            new Case("GenerationSettings of shot shot-1: seed = -7 must be >= 0", p -> settings(p).setSeed(-7)),
            new Case("GenerationSettings of shot shot-1: steps = 0 must be >= 1", p -> settings(p).setSteps(0)),
            new Case("GenerationSettings of shot shot-1: guidance = -0.5 must be >= 0", p -> settings(p).setGuidance(-0.5)),
            new Case("GenerationSettings of shot shot-1: strength = -0.1 must be in [0, 1]", p -> settings(p).setStrength(-0.1)),
            new Case("GenerationSettings of shot shot-1: strength = 1.2 must be in [0, 1]", p -> settings(p).setStrength(1.2)),
            new Case("ClipItem 2 on track VIDEO: start = -1.0 must be >= 0", p -> item(p).setStart(-1)),
            new Case("ClipItem 2 on track VIDEO: inPoint/outPoint = 0.5/0.5 need 0 <= inPoint < outPoint", p -> item(p).setOutPoint(0.5)),
            new Case("MediaAsset of asset asset-0: id = asset-0 is used by another asset", p -> p.getAssets().get(2).setId("asset-0")),
            new Case("Shot of shot shot-2: id = shot-2 is used by another shot", p -> p.getShots().get(0).setId("shot-2")));

    @Test
    void theSampleProjectIsValid() {
        Diagnostic d = ProjectValidation.validate(ProjectStoreTest.sampleProject(3));
        assertEquals(Diagnostic.OK, d.getSeverity(), d.toString());
    }

    @Test
    void eachBadValueIsRejectedAndNamed() {
        for (Case c : CASES) {
            Project p = ProjectStoreTest.sampleProject(3);
            c.breakIt().accept(p);
            Diagnostic d = ProjectValidation.validate(p);
            List<String> messages = d.getChildren().stream().map(Diagnostic::getMessage).toList();
            assertEquals(Diagnostic.ERROR, d.getSeverity(), c.expected());
            assertTrue(messages.contains(c.expected()), c.expected() + " in " + messages);
        }
    }

    @Test
    void theGlobalDiagnosticianChecksTheConstraintsToo() {
        // the validator is registered for the package, so plain EMF validation (as an editor would run it) sees it
        Project p = ProjectStoreTest.sampleProject(2);
        settings(p).setFps(120);
        Diagnostic d = Diagnostician.INSTANCE.validate(p);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertTrue(d.getChildren().stream().anyMatch(c -> c.getMessage().contains("fps = 120")), d.toString());
    }
}
