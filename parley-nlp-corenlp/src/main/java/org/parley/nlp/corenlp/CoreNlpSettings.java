package org.parley.nlp.corenlp;

/**
 * Settings of the CoreNLP adapter.
 *
 * @param nerModel         classpath of the CRF NER model
 * @param maxParsedTokens  sentences longer than this are tagged but not parsed
 * @param maxTaggedTokens  sentences longer than this are not even POS-tagged by CoreNLP
 */
public record CoreNlpSettings(String nerModel, int maxParsedTokens, int maxTaggedTokens) {
    public static final CoreNlpSettings DEFAULT = new CoreNlpSettings(
        "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", 100, 2000);

    public CoreNlpSettings {
        if (maxParsedTokens < 5 || maxTaggedTokens < maxParsedTokens) {
            throw new IllegalArgumentException("bad CoreNLP length caps: parse " + maxParsedTokens
                + ", tag " + maxTaggedTokens);
        }
    }
}
