package io.tessera.engine.dit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tessera.engine.dit.internal.DjlRuntime;

/** Shapes, the adaLN-zero start and the text encoder's handling of words it does not know. */
class DiffusionTransformerTest {

    @Test
    void velocityHasTheLatentShapeForAnyGridWithinPatches() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = TinyModels.randomised(3); NDManager s = m.manager().newSubManager()) {
                DiffusionTransformer dit = m.transformer();
                Tokenizer.Tokens t = m.tokenizer().encode("a red circle");
                for (long[] grid : new long[][] { { 8, 4, 4 }, { 4, 4, 6 }, { 12, 6, 2 } }) {
                    Shape shape = new Shape(2, 4, grid[0], grid[1], grid[2]);
                    NDArray x = s.randomNormal(shape);
                    NDArray mask = s.zeros(new Shape(2, 1, grid[0], grid[1], grid[2]));
                    int[] ids = new int[24];
                    System.arraycopy(t.ids(), 0, ids, 0, 12);
                    System.arraycopy(t.ids(), 0, ids, 12, 12);
                    NDArray v = dit.forward(x, s.zeros(shape), mask, new float[] { 0.3f, 0.9f }, dit.encodeText(s, ids, new int[] { t.length(), t.length() }));
                    assertEquals(shape, v.getShape(), "grid " + java.util.Arrays.toString(grid));
                }
            }
            return null;
        });
    }

    @Test
    void freshModelIsTheIdentityOfAdaLnZero() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = DitModel.create(TinyModels.config(), 1); NDManager s = m.manager().newSubManager()) {
                DiffusionTransformer dit = m.transformer();
                Shape shape = new Shape(1, 4, 8, 4, 4);
                NDArray v = dit.forward(s.randomNormal(shape), s.zeros(shape), s.zeros(new Shape(1, 1, 8, 4, 4)), new float[] { 0.5f },
                        dit.encodeText(s, m.tokenizer().encode("a red circle").ids(), new int[] { 3 }));
                assertEquals(0f, v.abs().max().getFloat(), "zero-initialised gates and output layer predict no velocity");
            }
            return null;
        });
    }

    @Test
    void promptChangesTheVelocity() throws Exception {
        DjlRuntime.call(() -> {
            try (DitModel m = TinyModels.randomised(5); NDManager s = m.manager().newSubManager()) {
                DiffusionTransformer dit = m.transformer();
                Shape shape = new Shape(1, 4, 8, 4, 4);
                NDArray x = s.randomNormal(shape);
                NDArray mask = s.zeros(new Shape(1, 1, 8, 4, 4));
                Tokenizer.Tokens a = m.tokenizer().encode("a red circle moves right");
                Tokenizer.Tokens b = m.tokenizer().encode("a blue square moves left");
                float[] va = dit.forward(x, s.zeros(shape), mask, new float[] { 0.5f }, dit.encodeText(s, a.ids(), new int[] { a.length() })).toFloatArray();
                float[] vb = dit.forward(x, s.zeros(shape), mask, new float[] { 0.5f }, dit.encodeText(s, b.ids(), new int[] { b.length() })).toFloatArray();
                assertFalse(java.util.Arrays.equals(va, vb), "cross-attention carries the prompt");
            }
            return null;
        });
    }

    @Test
    void unknownWordsAreReportedNotDropped() {
        Tokenizer t = new Tokenizer(TinyModels.WORDS, 12);
        Tokenizer.Tokens tokens = t.encode("A red Unicorn moves right over a blue Nebula, a red unicorn");
        assertEquals(List.of("unicorn", "nebula"), tokens.unknown());
        assertEquals(9, tokens.length());
        assertTrue(t.encode("").unknown().isEmpty());
        assertEquals(Tokenizer.EMPTY, t.encode("").ids()[0], "an empty prompt is the unconditional token");
        assertTrue(t.encode("a a a a a a a a a a a a a").truncated());
        assertArrayEquals(t.encode("red circle").ids(), t.encode("  RED, circle!").ids());
    }
}
