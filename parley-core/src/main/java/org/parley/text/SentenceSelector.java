package org.parley.text;

/**
 * Decides, from a cheap first pass (tokens with POS and lemma, no parse), whether a sentence is worth
 * the cost of NER and dependency parsing.
 */
@FunctionalInterface
public interface SentenceSelector {
    SentenceSelector ALL = s -> true;

    boolean wantsParse(Sentence shallow);
}
