package org.parley.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One analysed sentence: tokens with POS and lemma always, NER and a basic dependency tree when
 * {@link #parsed()}.
 *
 * @param index  0-based index in the article
 * @param text   the sentence text as in the article
 * @param begin  character offset of the sentence in the article text
 * @param tokens the tokens, in order
 * @param parsed whether NER and dependency parsing ran on this sentence
 */
public record Sentence(int index, String text, int begin, List<Token> tokens, boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Dependents of token {@code i}, in sentence order. */
    public List<Token> children(int i) {
        List<Token> out = new ArrayList<>(4);
        for (Token t : tokens) {
            if (t.head() == i) {
                out.add(t);
            }
        }
        return out.isEmpty() ? Collections.emptyList() : out;
    }

    /** Dependents of {@code i} whose base relation is {@code rel} ({@code obl} matches {@code obl:on}). */
    public List<Token> children(int i, String rel) {
        List<Token> out = new ArrayList<>(2);
        for (Token t : tokens) {
            if (t.head() == i && (rel.equals(t.deprel()) || rel.equals(t.baseRel()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether {@code ancestor} governs {@code node}, directly or through other words (never itself); false for -1. */
    public boolean dominates(int ancestor, int node) {
        if (ancestor < 0) {
            return false;
        }
        for (int cur = tokens.get(node).head(), d = 0; cur >= 0 && d < tokens.size(); cur = tokens.get(cur).head(), d++) {
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The governor of {@code i}, or null at the root. */
    public Token parent(int i) {
        int h = tokens.get(i).head();
        return h >= 0 ? tokens.get(h) : null;
    }

    /**
     * The preposition introducing token {@code i} ("on" for "on the base"; the first word of "according
     * to"), lower case, or null when it has none; a possessive "'s" is not a preposition.
     */
    public String caseOf(int i) {
        for (Token c : tokens) {
            if (c.head() == i && "case".equals(c.deprel()) && !"POS".equals(c.pos())) {
                return c.lowerWord();
            }
        }
        return null;
    }

    /**
     * True when one of the prepositions introducing token {@code i} is {@code prep}, lower case, including
     * the second word of a fixed multi-word preposition ("of" in "out of", "to" in "according to").
     */
    public boolean hasCase(int i, String prep) {
        for (Token c : tokens) {
            if (c.head() != i || !"case".equals(c.deprel())) {
                continue;
            }
            if (c.lowerWord().equals(prep)) {
                return true;
            }
            for (Token f : tokens) {
                if (f.head() == c.index() && "fixed".equals(f.deprel()) && f.lowerWord().equals(prep)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Text from the start of token {@code from} to the end of token {@code to}, inclusive. */
    public String span(int from, int to) {
        int b = tokens.get(from).begin() - begin;
        int e = tokens.get(to).end() - begin;
        if (b < 0 || e > text.length() || b > e) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k <= to; k++) {
                if (k > from) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).word());
            }
            return sb.toString();
        }
        return text.substring(b, e);
    }
}
