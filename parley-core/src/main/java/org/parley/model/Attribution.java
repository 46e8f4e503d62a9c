package org.parley.model;

/**
 * Who says an event happened.
 *
 * @param speaker   the speaker as written ("a source close to the Taliban negotiators"), or null
 * @param via       the outlet or channel the claim passed through ("newspaper", "Reuters"), or null
 * @param anonymous true when the speaker is unnamed
 * @param cue       the reporting cue ("said", "told", "according to", "reportedly")
 */
public record Attribution(String speaker, String via, boolean anonymous, String cue) {
}
