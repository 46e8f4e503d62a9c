package org.parley.pipeline;

import org.parley.attribution.AttributionResolver;
import org.parley.coding.CodedEvent;
import org.parley.geo.EventLocator;
import org.parley.geo.Gazetteer;
import org.parley.geo.GeoContext;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.Location;
import org.parley.model.Quantities;
import org.parley.quantity.QuantityExtractor;
import org.parley.text.Sentence;
import org.parley.time.EventDater;
import org.parley.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Where, when, according to whom and how many: runs the location, date, attribution and quantity
 * stages for the events of one article. Holds only immutable stages; per-article state lives in
 * {@link ArticleState}. Thread-safe.
 */
public final class EventDetails {
    private final EventLocator locator;
    private final EventDater dater = new EventDater();
    private final AttributionResolver attribution = new AttributionResolver();
    private final QuantityExtractor quantities = new QuantityExtractor();

    /** @param gazetteer the gazetteer, or null to leave locations out */
    public EventDetails(Gazetteer gazetteer) {
        this.locator = gazetteer == null ? null : new EventLocator(gazetteer);
    }

    /** Per-article state: the article and its place memory. One thread. */
    public final class ArticleState {
        private final Article article;
        private final GeoContext geo;
        private final Location datelineLocation;
        private Sentence sentence;
        private EventLocator.SentencePlaces places;
        private List<TimeExpression> times;
        /** The day the article's lead gave its first event, for later sentences that name no time. */
        private EventDater.EventDate story;

        ArticleState(Article article, List<Sentence> sentences) {
            this.article = article;
            String dateline = TextCleaner.datelinePlace(article.text());
            this.geo = locator == null ? null : locator.startArticle(sentences, dateline);
            this.datelineLocation = locator == null ? null : locator.datelineLocation(dateline);
        }

        /** The country the article is mostly about (dateline, places named), or null. */
        public String homeCountry() {
            return geo == null ? null : geo.topCountry();
        }

        /** Moves to the next sentence; call for every sentence, in order. */
        public void sentence(Sentence s) {
            sentence = s;
            places = locator == null ? null : locator.sentence(s, geo);
            times = dater.expressions(s, article.date());
        }

        /** Whether the doer of an event may act at the dateline: of its country, or of no country named. */
        private boolean doneFromDateline(Actor source) {
            if (datelineLocation == null || source == null) {
                return datelineLocation != null;
            }
            List<String> own = source.flatten().stream().map(Actor::country).filter(java.util.Objects::nonNull).toList();
            return own.isEmpty() || own.contains(datelineLocation.country());
        }

        /** The details of one event of the current sentence. */
        public Details of(CodedEvent ce) {
            return of(ce, null);
        }

        /**
         * The details of one event of the current sentence, telling {@code log} (when not null) how its place
         * was chosen and what the details came to.
         */
        public Details of(CodedEvent ce, java.util.function.Consumer<String> log) {
            Sentence s = sentence;
            int speech = ce.frame().speech();
            Location loc = null;
            if (locator != null) {
                List<String> countries = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (Actor a : new Actor[] {ce.source(), ce.target()}) {
                    if (a != null) {
                        texts.add(a.text());
                        for (Actor m : a.flatten()) {
                            countries.add(m.country());
                        }
                    }
                }
                loc = locator.locate(s, places, geo, ce.token(), ce.anchor(), speech, ce.type().name(), countries,
                    texts, log);
                if (loc == null && (ce.type().quadClass() % 2 == 1 || doneFromDateline(ce.source()))) {
                    // the sentence names no place where the event happened (at most its parties' countries):
                    // the story's dateline is the best guess (words are said where the reporter is, at the
                    // U.N. or a summit), unless a deed's doer is of another country ("WASHINGTON - Iran seized a
                    // tanker" did not happen in Washington)
                    loc = datelineLocation;
                    if (log != null && loc != null) {
                        log.accept("    no place attached in the sentence: the dateline's");
                    }
                }
            }
            EventDater.EventDate d = dater.date(s, times, article.date(), ce.token(), ce.anchor(), speech,
                s.index() > 0 ? story : null);
            if (story == null && d != null && d.fromText() && "day".equals(d.precision())) {
                story = d;
            }
            AttributionResolver.Result attr = attribution.resolve(s, ce.token(), ce.anchor(), ce.frame(),
                article.outlet());
            Quantities q = quantities.extract(s, ce.token(), ce.anchor(), ce.type().name());
            double confidence = ce.confidence() * attr.confidenceFactor();
            if (log != null) {
                log.accept("    details: location " + (loc == null ? "none" : loc.name() + " " + loc.country() + " ("
                    + loc.precision() + ")") + ", date " + (d == null ? "none" : d.date() + " (" + d.precision() + ")")
                    + ", speaker " + (attr.attribution() == null || attr.attribution().speaker() == null ? "none"
                    : "'" + attr.attribution().speaker() + "'"));
            }
            return new Details(loc, d == null ? null : d.date().toString(), d == null ? null : d.precision(),
                attr.attribution(), q, Math.round(confidence * 1000) / 1000.0);
        }
    }

    /** The details of one event. */
    public record Details(Location location, String date, String datePrecision, Attribution attribution,
                          Quantities quantities, double confidence) { }

    public ArticleState start(Article article, List<Sentence> sentences) {
        return new ArticleState(article, sentences);
    }
}
