package io.tessera.editor.storyboard;

/**
 * A character or thing of the film and how it is drawn in every shot.
 *
 * @param name how the text names it ("Anna", "dog")
 * @param colour its colour word
 * @param shape its shape word
 * @param person whether it is a person (so "he" or "she" can stand for it)
 * @param count how many of it the text speaks of (3 for "three birds")
 */
public record CastMember(String name, String colour, String shape, boolean person, int count) {

    /** "red circle": colour and shape, as the prompts and the dialogue grammar name it. */
    public String looks() {
        return colour + " " + shape; //$NON-NLS-1$
    }
}
