package org.parley.bench;

import org.parley.actors.ActorKb;
import org.parley.actors.ActorResolver;
import org.parley.actors.NameMatch;
import org.parley.coding.CodedEvent;
import org.parley.coding.CodingContext;
import org.parley.coding.EventCoder;
import org.parley.io.EventJson;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyConfig;
import org.parley.text.AnalyzedText;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hot stages of {@code Parley.code}, one benchmark each, on a fixed wire story written for the
 * project: the shallow pass (tokenize, split, tag, lemmatise) over the article, NER and parsing of one
 * sentence, the event coder on one parsed sentence, actor name lookup over one sentence's tokens, JSON
 * writing of the article's events, and the whole article for reference.
 *
 * <p>Run: see docs/performance.md ({@code java -cp ... org.openjdk.jmh.Main}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xss8m", "-XX:+UseParallelGC"})
public class StageBenchmarks {
    static final String STORY = String.join(" ",
        "KHARTOUM, March 4 (Parley Wire) - Rapid Support Forces fighters attacked an army base near El Fasher",
        "on Monday, killing 23 soldiers, military sources said.",
        "Foreign Minister Amira Saleh condemned the attack and called on the United Nations to act.",
        "The conflict has killed thousands of people and driven millions from their homes since it began.",
        "Egypt offered to mediate between the government and the Rapid Support Forces.",
        "The army said it had killed 40 militants in operations around Omdurman.",
        "Aid agencies say access to the worst-hit areas remains very limited.",
        "The United States imposed sanctions on two Sudanese commanders over the siege of the city.",
        "Police in Khartoum arrested dozens of protesters who demanded an end to the war.",
        "Markets in the capital reopened after a week, traders said.",
        "The African Union urged both sides to return to the negotiating table in Jeddah.");
    static final String SENTENCE = "The United States imposed sanctions on two Sudanese commanders over the siege"
        + " of the city on Monday.";

    Parley parley;
    Article article;
    Sentence parsed;
    EventCoder coder;
    ActorKb kb;
    List<Event> events;

    @Setup(Level.Trial)
    public void setUp() {
        parley = Parley.create(ParleyConfig.DEFAULT);
        article = new Article("bench-1", null, STORY, LocalDate.of(2024, 3, 4), "Parley Wire", null);
        AnalyzedText one = parley.nlp().analyze(SENTENCE, SentenceSelector.ALL);
        parsed = one.sentences().get(0);
        kb = parley.actorKb();
        coder = new EventCoder(parley.lexicon(), new ActorResolver(kb));
        events = parley.code(article).events();
    }

    @Benchmark
    public AnalyzedText shallowAnnotationOfArticle() {
        return parley.nlp().analyze(STORY, s -> false);
    }

    @Benchmark
    public AnalyzedText deepAnnotationOfOneSentence() {
        return parley.nlp().analyze(SENTENCE, SentenceSelector.ALL);
    }

    @Benchmark
    public List<CodedEvent> eventCoderOnParsedSentence() {
        return coder.code(parsed, new CodingContext(article.date()), null);
    }

    @Benchmark
    public List<NameMatch> actorNameLookup() {
        return kb.find(parsed.tokens(), 0, parsed.size() - 1);
    }

    @Benchmark
    public int jsonWriting() {
        int n = 0;
        for (Event e : events) {
            n += EventJson.toJson(e).length();
        }
        return n;
    }

    @Benchmark
    public int wholeArticle() {
        return parley.code(article).events().size();
    }
}
