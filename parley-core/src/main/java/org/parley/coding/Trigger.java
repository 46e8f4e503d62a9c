package org.parley.coding;

/**
 * An event predicate found in a sentence.
 *
 * @param token  index of the predicate word (verb, or head noun)
 * @param sense  the lexicon sense that matched
 * @param anchor index of the word whose clause gives the roles and the modality: the predicate itself,
 *               or the light verb governing a nominal predicate ("held" in "held talks")
 * @param light  the light verb, or null
 */
public record Trigger(int token, Sense sense, int anchor, Lexicon.LightVerb light) {
    public boolean nominal() {
        return sense.noun();
    }
}
