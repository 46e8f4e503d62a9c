package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.text.AnalyzedText;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.parley.text.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast decoder against CoreNLP's own decoding of the same model, on sentences written for the test. */
class NndepDecoderIT {
    static final String TEXT = String.join(" ",
        "Rapid Support Forces fighters attacked an army base near El Fasher on Monday, killing 23 soldiers.",
        "The foreign minister condemned the attack and called on the United Nations to act.",
        "Egypt offered to mediate between the government and the rebels, a spokesman said.",
        "The United States imposed sanctions on two commanders over the siege of the city.",
        "Police in the capital arrested dozens of protesters who demanded an end to the war.",
        "The president announced that troops would withdraw from the border region by June.",
        "Talks between the two sides collapsed last month over the exchange of prisoners.",
        "If the army crosses the river, the militia said, it will respond with force.",
        "The government denied that its aircraft had bombed a market, blaming the insurgents instead.",
        "Thousands of people marched through the city centre on Saturday to demand new elections.",
        "The African Union urged both sides to return to the negotiating table in Jeddah.",
        "Aid agencies say access to the worst-hit areas remains very limited after weeks of fighting.",
        "NATO allies agreed on Thursday to send more air defence systems to Ukraine before the winter.",
        "The court sentenced the former minister to ten years in prison for corruption.",
        "Witnesses said gunmen on motorbikes opened fire on villagers and set fire to homes.");

    static StanfordCoreNLP shallow;
    static DependencyParser parser;
    static NndepDecoder decoder;

    @BeforeAll
    static void load() {
        shallow = new StanfordCoreNLP(CoreNlpEngine.shallowProperties(CoreNlpSettings.DEFAULT), false);
        parser = DependencyParser.loadFromModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz",
            new Properties());
        decoder = NndepDecoder.create(parser, CoreNlpSettings.DEFAULT.preComputed());
    }

    @Test
    void attachesToThisCoreNlpVersion() {
        assertNotNull(decoder, "the fast decoder could not read the parser model; CoreNLP internals changed");
    }

    @Test
    void agreesWithCoreNlpsOwnDecoding() {
        Annotation doc = new Annotation(TEXT);
        shallow.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int tokens = 0;
        int same = 0;
        for (CoreMap s : sentences) {
            int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
            int[] heads = new int[n];
            String[] labels = new String[n];
            decoder.parse(s, heads, labels);
            int[] stockHeads = new int[n];
            String[] stockLabels = new String[n];
            Arrays.fill(stockHeads, -3);
            for (TypedDependency td : parser.predict(s).typedDependencies()) {
                int dep = td.dep().index() - 1;
                stockHeads[dep] = td.gov().index() - 1;
                stockLabels[dep] = stockHeads[dep] < 0 ? "root" : td.reln().toString();
            }
            int roots = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(heads[i] >= -1 && heads[i] < n && heads[i] != i, "head out of range at " + i);
                roots += heads[i] == -1 ? 1 : 0;
                tokens++;
                if (heads[i] == stockHeads[i] && labels[i].equals(stockLabels[i])) {
                    same++;
                }
            }
            assertEquals(1, roots, "one root per sentence");
        }
        assertEquals(15, sentences.size());
        // measured on 2,356 BBC sentences: 99.94% of tokens, 98.6% of sentences identical
        assertTrue(same >= tokens * 0.98, same + " of " + tokens + " tokens agree");
    }

    @Test
    void engineGivesTheSameTokensAndMarksParsedSentences() {
        CoreNlpEngine engine = new CoreNlpEngine(CoreNlpSettings.DEFAULT);
        assertTrue(engine.fastDecoder());
        AnalyzedText all = engine.analyze(TEXT, SentenceSelector.ALL);
        AnalyzedText none = engine.analyze(TEXT, s -> false);
        assertEquals(all.sentences().size(), none.sentences().size());
        for (int k = 0; k < all.sentences().size(); k++) {
            Sentence a = all.sentences().get(k);
            Sentence b = none.sentences().get(k);
            assertTrue(a.parsed());
            assertTrue(!b.parsed());
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                Token x = a.token(i);
                Token y = b.token(i);
                assertEquals(x.word(), y.word());
                assertEquals(x.pos(), y.pos());
                assertEquals(-2, y.head());
                assertEquals("O", y.ner());
            }
        }
        long persons = all.sentences().stream().flatMap(s -> s.tokens().stream())
            .filter(t -> "LOCATION".equals(t.ner()) || "ORGANIZATION".equals(t.ner())).count();
        assertTrue(persons > 3, "NER ran on the parsed sentences");
    }
}
