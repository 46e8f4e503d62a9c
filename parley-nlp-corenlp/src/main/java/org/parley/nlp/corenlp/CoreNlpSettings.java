package org.parley.nlp.corenlp;

/**
 * Settings of the CoreNLP adapter.
 *
 * @param nerModel         classpath of the CRF NER model
 * @param maxParsedTokens  sentences longer than this are tagged but not parsed
 * @param maxTaggedTokens  sentences longer than this are not even POS-tagged by CoreNLP
 * @param fastDecoder      parse with Parley's decoder over the CoreNLP parser model ({@link NndepDecoder})
 *                         instead of CoreNLP's own {@code predict}; the same model and transition system,
 *                         several times faster
 * @param preComputed      how many of the parser model's most frequent features the fast decoder
 *                         pre-computes at load time (4 KB each)
 */
public record CoreNlpSettings(String nerModel, int maxParsedTokens, int maxTaggedTokens, boolean fastDecoder,
                              int preComputed) {
    public static final CoreNlpSettings DEFAULT = new CoreNlpSettings(
        "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", 100, 2000, true, 20_000);

    public CoreNlpSettings {
        if (maxParsedTokens < 5 || maxTaggedTokens < maxParsedTokens) {
            throw new IllegalArgumentException("bad CoreNLP length caps: parse " + maxParsedTokens
                + ", tag " + maxTaggedTokens);
        }
        if (preComputed < 0) {
            throw new IllegalArgumentException("preComputed must not be negative, got " + preComputed);
        }
    }

    /** The same settings with CoreNLP's own parser decoding instead of the fast decoder. */
    public CoreNlpSettings withStockDecoder() {
        return new CoreNlpSettings(nerModel, maxParsedTokens, maxTaggedTokens, false, preComputed);
    }
}
