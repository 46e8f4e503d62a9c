package org.parley.pipeline;

import org.parley.coding.CodedEvent;
import org.parley.coding.CodingContext;
import org.parley.coding.EventCoder;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.Cameo;
import org.parley.model.Event;
import org.parley.model.Quantities;
import org.parley.text.AnalyzedText;
import org.parley.text.NlpEngine;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.parley.text.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Text to events for one article: clean the text, analyse it (parsing only sentences with an event
 * word), code each sentence, and assemble contract records.
 *
 * <p>Thread-safe when its {@link NlpEngine} is: it holds no per-article state. The same article
 * always gives byte-identical events.
 */
public final class ArticleCoder {
    private static final Set<String> MEDIA_WORDS = Set.of("newspaper", "paper", "daily", "agency", "television",
        "tv", "radio", "channel", "broadcaster", "outlet", "website", "magazine", "reporter", "reporters",
        "journalist", "journalists", "station", "network", "press");
    private static final Set<String> ANONYMOUS_HEADS = Set.of("source", "official", "people", "person", "diplomat",
        "officer", "member", "resident", "witness", "aide", "insider", "analyst", "observer", "spokesman",
        "spokeswoman", "spokesperson", "police", "military", "army", "authority", "ministry", "government");

    private final NlpEngine nlp;
    private final EventCoder coder;
    private final CoderSettings settings;
    private final SentenceSelector selector;
    private final EventDetails details;

    public ArticleCoder(NlpEngine nlp, EventCoder coder, CoderSettings settings) {
        this(nlp, coder, settings, new EventDetails(null));
    }

    /** @param details the location, date, attribution and quantity stages */
    public ArticleCoder(NlpEngine nlp, EventCoder coder, CoderSettings settings, EventDetails details) {
        this.nlp = nlp;
        this.coder = coder;
        this.settings = settings;
        this.selector = settings.parseAll() ? SentenceSelector.ALL : this::hasTrigger;
        this.details = details;
    }

    public CoderSettings settings() {
        return settings;
    }

    private boolean hasTrigger(Sentence s) {
        for (Token t : s.tokens()) {
            if ((t.isVerb() || t.isNoun()) && coder.lexicon().isTrigger(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Codes one article.
     *
     * @throws IllegalArgumentException when the article is over the size limit
     */
    public ArticleResult code(Article article, boolean explain) {
        if (article.text().length() > settings.maxArticleChars()) {
            throw new IllegalArgumentException("article has " + article.text().length()
                + " characters, over the limit of " + settings.maxArticleChars());
        }
        List<String> trace = new ArrayList<>();
        Consumer<String> log = explain ? trace::add : null;
        String text = TextCleaner.clean(article.text());
        AnalyzedText analyzed = nlp.analyze(text, selector);
        CodingContext ctx = new CodingContext(article.date());
        EventDetails.ArticleState where = details.start(article, analyzed.sentences());
        List<Event> events = new ArrayList<>();
        int parsed = 0;
        for (Sentence s : analyzed.sentences()) {
            if (s.parsed()) {
                parsed++;
            }
            if (explain) {
                trace.add("sentence " + s.index() + (s.parsed() ? "" : " (not parsed: no event word or too long)")
                    + ": " + s.text());
                if (s.parsed()) {
                    for (Token t : s.tokens()) {
                        trace.add(String.format(Locale.ROOT, "    %d %s/%s %s%s -> %s %s", t.index(), t.word(), t.lemma(),
                            t.pos(), "O".equals(t.ner()) ? "" : " " + t.ner(), t.deprel(), t.head()));
                    }
                }
            }
            where.sentence(s);
            for (CodedEvent ce : coder.code(s, ctx, log)) {
                if (ce.modality().isUnrealized() && !settings.includeUnrealized()) {
                    if (explain) {
                        trace.add("  suppressed " + ce.type() + ": " + ce.modality().label()
                            + " (use --include-unrealized to see it)");
                    }
                    continue;
                }
                events.add(assemble(article, s, ce, where.of(ce)));
            }
        }
        return new ArticleResult(events, analyzed.sentences().size(), parsed, analyzed.skipped(), trace);
    }

    private Event assemble(Article a, Sentence s, CodedEvent ce, EventDetails.Details d) {
        Token trig = s.token(ce.token());
        String id = hash(a.id() + "|" + s.index() + "|" + trig.begin() + "-" + trig.end() + "|" + ce.type());
        String root = ce.cameoRoot();
        return new Event(id, a.id(), s.index(), s.text(), d.date(), d.datePrecision(), ce.type(), ce.mode(),
            ce.context(), root, ce.type().quadClass(), Cameo.goldstein(root), ce.modality(), ce.negated(),
            ce.source(), ce.target(), d.location(), d.attribution(), d.quantities(), d.confidence(), ce.rule());
    }

    private static Attribution attribution(Sentence s, CodedEvent ce) {
        var f = ce.frame();
        if (f.speech() < 0) {
            return null;
        }
        String speaker = f.speaker() >= 0 ? phrase(s, f.speaker()) : null;
        String via = f.via() >= 0 ? phrase(s, f.via()) : null;
        if (speaker != null && via == null && f.speaker() >= 0
            && MEDIA_WORDS.contains(s.token(f.speaker()).lemma().toLowerCase(Locale.ROOT))) {
            via = speaker;
        }
        boolean anonymous = f.speaker() >= 0 && !s.token(f.speaker()).isProperNoun()
            && ANONYMOUS_HEADS.contains(s.token(f.speaker()).lemma().toLowerCase(Locale.ROOT));
        if (speaker == null && via == null) {
            return null;
        }
        return new Attribution(speaker, via, anonymous, f.cue());
    }

    /** The words of the phrase headed by {@code head}: its whole subtree, capped at 12 words. */
    static String phrase(Sentence s, int head) {
        int from = head;
        int to = head;
        boolean grew = true;
        boolean[] in = new boolean[s.size()];
        in[head] = true;
        while (grew) {
            grew = false;
            for (Token t : s.tokens()) {
                if (!in[t.index()] && t.head() >= 0 && in[t.head()] && !"punct".equals(t.deprel())
                    && !t.deprel().startsWith("acl") && !"appos".equals(t.deprel())) {
                    in[t.index()] = true;
                    from = Math.min(from, t.index());
                    to = Math.max(to, t.index());
                    grew = true;
                }
            }
        }
        if (to - from > 12) {
            from = Math.max(from, head - 6);
            to = Math.min(to, head + 6);
        }
        while (from < head && s.token(from).pos().equals("IN")) {
            from++;
        }
        return s.span(from, to);
    }

    static String hash(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
