package org.parley.text;

/**
 * One token of an analysed sentence. Indices are 0-based within the sentence.
 *
 * @param index  position in the sentence
 * @param word   surface form
 * @param lemma  lemma (lower case for common words)
 * @param pos    Penn Treebank tag
 * @param ner    named-entity class ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC},
 *               or {@code O}); {@code O} when the sentence was not parsed
 * @param begin  character offset of the token in the article text
 * @param end    character offset just past the token
 * @param head   index of the governor in the basic dependency tree, -1 for the root, -2 when unparsed
 * @param deprel Universal Dependencies relation to the governor ({@code nsubj}, {@code obl:on}, …);
 *               {@code root} for the root, null when unparsed
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end,
                    int head, String deprel) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP") || pos.equals("WP") || pos.equals("WDT");
    }

    /** The relation without its subtype: {@code obl} for {@code obl:on}. */
    public String baseRel() {
        if (deprel == null) {
            return null;
        }
        int c = deprel.indexOf(':');
        return c < 0 ? deprel : deprel.substring(0, c);
    }

    public String lowerWord() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
