package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * The reference point of {@code parley bench --baseline}: CoreNLP's stock pipeline with the annotators
 * Parley uses (tokenize, ssplit, pos, lemma, ner, depparse), the same models and settings, run on every
 * sentence, as a CoreNLP user would run it. No selection, no length cap beyond the tagger's, CoreNLP's
 * own parser decoding and dependency graphs.
 *
 * <p>Models load in the constructor; {@link #annotate} is thread-safe as far as CoreNLP's
 * {@code StanfordCoreNLP.annotate} is.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline(CoreNlpSettings settings) {
        Properties p = CoreNlpEngine.shallowProperties(settings);
        p.putAll(CoreNlpEngine.nerProperties(settings));
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        this.pipeline = new StanfordCoreNLP(p, false);
    }

    /** Annotates one text fully; returns its number of sentences. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? 0 : sentences.size();
    }
}
