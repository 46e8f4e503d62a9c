package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
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
 * whole text, then NER and the neural dependency parser over the selected sentences only (NER only where
 * a sentence has a proper noun or a capitalised word).
 *
 * <p>The parser is CoreNLP's {@code english_UD} model, decoded by {@link NndepDecoder} (or by CoreNLP's
 * own {@code DependencyParser.predict} when {@link CoreNlpSettings#fastDecoder()} is off or the decoder
 * cannot attach to this CoreNLP version); only basic dependencies are made, never the collapsed and
 * enhanced graphs the {@code depparse} annotator builds and Parley does not read.
 *
 * <p>Models load in the constructor, once; {@link #analyze} is thread-safe (the tagger, the NER
 * classifier and the parser model are read-only between calls; the fast decoder takes a scratch object
 * per call) and allocates only per-call annotations.
 */
public final class CoreNlpEngine implements NlpEngine {
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final StanfordCoreNLP shallow;
    private final StanfordCoreNLP ner;
    private final DependencyParser parser;
    private final NndepDecoder decoder;
    private final CoreNlpSettings settings;

    public CoreNlpEngine(CoreNlpSettings settings) {
        this.settings = settings;
        this.shallow = new StanfordCoreNLP(shallowProperties(settings), false);

        this.ner = new StanfordCoreNLP(nerProperties(settings), false);
        this.parser = DependencyParser.loadFromModelFile(PARSER_MODEL, new Properties());
        this.decoder = settings.fastDecoder() ? NndepDecoder.create(parser, settings.preComputed()) : null;
    }

    /** The NER annotator's properties: the CRF model alone, no SUTime, numbers, fine-grained classes or mentions. */
    static Properties nerProperties(CoreNlpSettings settings) {
        Properties dp = new Properties();
        dp.setProperty("annotators", "ner");
        dp.setProperty("ner.model", settings.nerModel());
        dp.setProperty("ner.applyFineGrained", "false");
        dp.setProperty("ner.useSUTime", "false");
        dp.setProperty("ner.applyNumericClassifiers", "false");
        dp.setProperty("ner.buildEntityMentions", "false");
        dp.setProperty("ner.combinationMode", "NORMAL");
        return dp;
    }

    /** The shallow pipeline's properties (tokenize, ssplit, pos, lemma), as this engine runs them. */
    static Properties shallowProperties(CoreNlpSettings settings) {
        Properties sp = new Properties();
        sp.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        sp.setProperty("tokenize.language", "en");
        sp.setProperty("tokenize.options", "untokenizable=noneKeep,splitHyphenated=false");
        sp.setProperty("ssplit.newlineIsSentenceBreak", "two");
        sp.setProperty("pos.maxlen", Integer.toString(settings.maxTaggedTokens()));
        return sp;
    }

    /** Whether sentences are parsed by the fast decoder (false: CoreNLP's own decoding). */
    public boolean fastDecoder() {
        return decoder != null;
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
            repairTags(s);
            Sentence shallowSentence = convert(i, s, text, null, null);
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
            List<CoreMap> named = new ArrayList<>(toParse.size());
            for (CoreMap s : toParse) {
                if (mayHaveNames(s)) {
                    named.add(s);
                }
            }
            if (!named.isEmpty()) {
                Annotation forNer = new Annotation(named);
                forNer.set(CoreAnnotations.TextAnnotation.class, text);
                ner.annotate(forNer);
            }
            for (int k = 0; k < toParse.size(); k++) {
                int i = toParseIdx.get(k);
                CoreMap s = toParse.get(k);
                int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
                int[] heads = new int[n];
                String[] rels = new String[n];
                parse(s, heads, rels);
                repairDependencies(s, heads, rels);
                out[i] = convert(i, s, text, heads, rels);
            }
        }
        return new AnalyzedText(Arrays.asList(out), skipped);
    }

    /**
     * Whether NER can find anything: a proper-noun tag or a capitalised word after the first. Sentences
     * without either get {@code O} everywhere without running the CRF (which tags such sentences O anyway).
     */
    private static boolean mayHaveNames(CoreMap s) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel l = tokens.get(i);
            String tag = l.tag();
            String w = l.word();
            if (tag != null && tag.startsWith("NNP")
                || i > 0 && w != null && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Applies {@link TagRepair} to the tagger's output of one sentence. */
    private static void repairTags(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = labels.get(i).word();
            tags[i] = labels.get(i).tag() == null ? "NN" : labels.get(i).tag();
        }
        if (TagRepair.repair(words, tags) > 0) {
            for (int i = 0; i < n; i++) {
                labels.get(i).setTag(tags[i]);
            }
        }
    }

    /** Applies {@link DepRepair} to the parser's output of one sentence. */
    private static void repairDependencies(CoreMap s, int[] heads, String[] rels) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        String[] words = new String[labels.size()];
        String[] tags = new String[labels.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = labels.get(i).word();
            tags[i] = labels.get(i).tag() == null ? "NN" : labels.get(i).tag();
        }
        DepRepair.repair(words, tags, heads, rels);
    }

    /** Fills 0-based heads (-1 for the root) and relations of one tagged sentence. */
    private void parse(CoreMap sentence, int[] heads, String[] rels) {
        if (decoder != null) {
            decoder.parse(sentence, heads, rels);
            return;
        }
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        GrammaticalStructure gs = parser.predict(sentence);
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            int gov = td.gov().index() - 1;
            if (dep >= 0 && dep < heads.length) {
                heads[dep] = gov;
                rels[dep] = gov < 0 ? "root" : td.reln().toString();
            }
        }
    }

    /** A Parley sentence from a CoreNLP one; parsed when {@code heads} is not null. */
    private static Sentence convert(int index, CoreMap s, String text, int[] heads, String[] rels) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        boolean parsed = heads != null;
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            String word = l.originalText() != null ? l.originalText() : l.word();
            String ner = parsed && l.ner() != null ? l.ner() : "O";
            String lemma = l.lemma() != null ? l.lemma() : word;
            if ("NNPS".equals(l.tag()) && lemma.equals(word) && (l.ner() == null || "O".equals(l.ner())
                || "MISC".equals(l.ner()))) {
                // "Bandits abducted 30 villagers": a capitalised plural the tagger took for a name keeps its
                // common-noun lemma, so that "bandit" is found
                lemma = edu.stanford.nlp.process.Morphology.lemmaStatic(word.toLowerCase(java.util.Locale.ROOT), "NNS");
            }
            if (i == 0 && "NNP".equals(l.tag()) && lemma.equals(word) && word.length() > 4 && word.endsWith("s")
                && !word.endsWith("ss") && (l.ner() == null || "O".equals(l.ner()))) {
                // "Farmers drove hundreds of tractors into Brussels": a capitalised first word the tagger took for a
                // name and no recogniser took for one is a common plural
                lemma = edu.stanford.nlp.process.Morphology.lemmaStatic(word.toLowerCase(java.util.Locale.ROOT), "NNS");
            }
            if (lemma.length() > 4 && lemma.regionMatches(true, 0, "ex-", 0, 3) && Character.isLetter(lemma.charAt(3))
                && l.tag() != null && l.tag().startsWith("NN")) {
                // "two ex-ministers", "the ex-president": the office is the noun, as with "former ministers"
                lemma = lemma.substring(3);
            }
            tokens.add(new Token(i, word, lemma, l.tag() == null ? "NN" : l.tag(), ner, l.beginPosition(),
                l.endPosition(), parsed ? heads[i] : -2, parsed ? rels[i] : null));
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
            + ", no SUTime, no fine-grained), nndep english_UD (" + (decoder != null ? "Parley's decoder" : "CoreNLP's decoder")
            + ", basic dependencies) on selected sentences of at most " + settings.maxParsedTokens() + " tokens";
    }
}
