package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.parley.text.AnalyzedText;
import org.parley.text.NlpEngine;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * {@link NlpEngine} over Stanford CoreNLP: a shallow pipeline (tokenize, ssplit, pos, lemma) over the
 * whole text, then NER and the neural dependency parser over the selected sentences only.
 *
 * <p>Models load in the constructor, once; {@link #analyze} is thread-safe (CoreNLP's annotators are
 * stateless between calls) and allocates only per-call annotations.
 */
public final class CoreNlpEngine implements NlpEngine {
    private final StanfordCoreNLP shallow;
    private final StanfordCoreNLP deep;
    private final CoreNlpSettings settings;

    public CoreNlpEngine(CoreNlpSettings settings) {
        this.settings = settings;
        Properties sp = new Properties();
        sp.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        sp.setProperty("tokenize.language", "en");
        sp.setProperty("tokenize.options", "untokenizable=noneKeep,splitHyphenated=false");
        sp.setProperty("ssplit.newlineIsSentenceBreak", "two");
        sp.setProperty("pos.maxlen", Integer.toString(settings.maxTaggedTokens()));
        this.shallow = new StanfordCoreNLP(sp, false);

        Properties dp = new Properties();
        dp.setProperty("annotators", "ner,depparse");
        dp.setProperty("ner.model", settings.nerModel());
        dp.setProperty("ner.applyFineGrained", "false");
        dp.setProperty("ner.useSUTime", "false");
        dp.setProperty("ner.applyNumericClassifiers", "false");
        dp.setProperty("ner.buildEntityMentions", "false");
        dp.setProperty("ner.combinationMode", "NORMAL");
        dp.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        dp.setProperty("depparse.maxlen", Integer.toString(settings.maxParsedTokens()));
        this.deep = new StanfordCoreNLP(dp, false);
    }

    public static CoreNlpEngine withDefaults() {
        return new CoreNlpEngine(CoreNlpSettings.DEFAULT);
    }

    @Override
    public AnalyzedText analyze(String text, SentenceSelector selector) {
        Annotation doc = new Annotation(text);
        shallow.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) {
            return new AnalyzedText(List.of(), 0);
        }
        Sentence[] out = new Sentence[sentences.size()];
        List<CoreMap> toParse = new ArrayList<>();
        List<Integer> toParseIdx = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            Sentence shallowSentence = convert(i, s, text, false);
            out[i] = shallowSentence;
            if (shallowSentence.size() > settings.maxParsedTokens()) {
                skipped++;
                continue;
            }
            if (selector.wantsParse(shallowSentence)) {
                toParse.add(s);
                toParseIdx.add(i);
            }
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(toParse);
            sub.set(CoreAnnotations.TextAnnotation.class, text);
            deep.annotate(sub);
            for (int k = 0; k < toParse.size(); k++) {
                int i = toParseIdx.get(k);
                out[i] = convert(i, toParse.get(k), text, true);
            }
        }
        return new AnalyzedText(Arrays.asList(out), skipped);
    }

    private static Sentence convert(int index, CoreMap s, String text, boolean parsed) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, parsed ? -1 : -2);
        SemanticGraph graph = parsed
            ? s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                rels[root.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int dep = e.getDependent().index() - 1;
                heads[dep] = e.getGovernor().index() - 1;
                rels[dep] = e.getRelation().toString();
            }
            for (int i = 0; i < n; i++) {
                if (rels[i] == null) {
                    rels[i] = "dep";
                }
            }
        } else if (parsed) {
            // parser declined (e.g. over its own limit): treat as unparsed
            parsed = false;
            Arrays.fill(heads, -2);
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            String word = l.originalText() != null ? l.originalText() : l.word();
            String ner = parsed && l.ner() != null ? l.ner() : "O";
            String lemma = l.lemma() != null ? l.lemma() : word;
            tokens.add(new Token(i, word, lemma, l.tag() == null ? "NN" : l.tag(), ner, l.beginPosition(),
                l.endPosition(), heads[i], parsed ? rels[i] : null));
        }
        int begin = n == 0 ? 0 : labels.get(0).beginPosition();
        int end = n == 0 ? 0 : labels.get(n - 1).endPosition();
        String sentText = begin <= end && end <= text.length() ? text.substring(begin, end) : "";
        return new Sentence(index, sentText, begin, tokens, parsed);
    }

    @Override
    public String describe() {
        return "Stanford CoreNLP 4.5.10: tokenize,ssplit,pos,lemma on all sentences; ner ("
            + settings.nerModel().substring(settings.nerModel().lastIndexOf('/') + 1)
            + ", no SUTime, no fine-grained), depparse (english_UD) on selected sentences of at most "
            + settings.maxParsedTokens() + " tokens";
    }
}
