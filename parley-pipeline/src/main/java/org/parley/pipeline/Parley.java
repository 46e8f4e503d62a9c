package org.parley.pipeline;

import org.parley.actors.ActorKb;
import org.parley.actors.ActorResolver;
import org.parley.coding.EventCoder;
import org.parley.coding.Lexicon;
import org.parley.geo.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.text.AnalyzedText;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.parley.text.Token;

import java.time.LocalDate;
import org.parley.nlp.corenlp.CoreNlpEngine;
import org.parley.text.NlpEngine;

/**
 * The one entry point from text to events, used the same way by the CLI, the store, the web server
 * and the Spark job. Building one loads the NLP models, the actor knowledge base and the lexicon
 * (seconds); {@link #code} is then thread-safe and cheap to call.
 */
public final class Parley {
    private final NlpEngine nlp;
    private final ActorKb kb;
    private final Lexicon lexicon;
    private final ArticleCoder coder;
    private final ActorResolver resolver;
    private final Gazetteer gazetteer;
    private final long loadMillis;

    private Parley(NlpEngine nlp, ActorKb kb, Lexicon lexicon, Gazetteer gazetteer, CoderSettings settings,
                   long loadMillis) {
        this.nlp = nlp;
        this.kb = kb;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(kb);
        this.coder = new ArticleCoder(nlp, new EventCoder(lexicon, resolver), settings, new EventDetails(gazetteer));
        this.loadMillis = loadMillis;
    }

    /**
     * Loads models and data.
     *
     * @throws org.parley.ParleyException when a data file is bad, naming the file and line
     */
    public static Parley create(ParleyConfig config) {
        long t0 = System.nanoTime();
        ActorKb kb = ActorKb.load(config.actorFiles());
        Lexicon lex = Lexicon.load(config.lexiconFiles());
        Gazetteer gaz = Gazetteer.load();
        NlpEngine nlp = new CoreNlpEngine(config.nlp());
        return new Parley(nlp, kb, lex, gaz, config.coder(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** A second coder over the same loaded models, with other coder settings. */
    public Parley withSettings(CoderSettings settings) {
        return new Parley(nlp, kb, lexicon, gazetteer, settings, 0);
    }

    public ArticleResult code(Article article) {
        return coder.code(article, false);
    }

    public ArticleResult explain(Article article) {
        return coder.code(article, true);
    }

    /**
     * Resolves a free-standing phrase ("U.S. envoy", "the Afghan president") to an actor, as the coder
     * would resolve it in a sentence; for scoring gold strings. Null for an empty phrase.
     */
    public Actor resolvePhrase(String phrase, LocalDate date) {
        AnalyzedText a = nlp.analyze(phrase, SentenceSelector.ALL);
        if (a.sentences().isEmpty()) {
            return null;
        }
        Sentence s = a.sentences().get(0);
        if (!s.parsed()) {
            return Actor.simple(phrase, null, null, null, null);
        }
        int root = 0;
        for (Token t : s.tokens()) {
            if (t.head() == -1) {
                root = t.index();
                break;
            }
        }
        return resolver.resolve(s, root, date);
    }

    public ActorKb actorKb() {
        return kb;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public NlpEngine nlp() {
        return nlp;
    }

    public CoderSettings settings() {
        return coder.settings();
    }

    /** Time it took to load models and data, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }
}
