package org.parley.coding;

/**
 * A word that governs another act and changes its modality or type.
 *
 * @param lemma    lower-case lemma
 * @param particle required particle or preposition ("call for"), or null
 * @param effect   what it does to the governed act
 */
public record Cue(String lemma, String particle, Effect effect) {
    public enum Effect { PROPOSED, INTENDED, REQUESTED, REFUSED, DENIED, THREAT, HYPOTHETICAL, NEGATION, SPEECH, ATTEMPT }
}
