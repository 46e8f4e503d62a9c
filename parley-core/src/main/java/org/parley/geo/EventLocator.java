package org.parley.geo;

import org.parley.model.Location;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses where an event happened: among the places its sentence names, the one attached to the
 * event's predicate ("talks in Abu Dhabi", "an attack in Helmand province") by a locative preposition,
 * then the one closest to it in the dependency tree; never a place that only says where the event
 * was reported ("told reporters in Washington"), and never a place that is only an actor ("Kabul
 * accused Islamabad") unless the act takes places as objects (attacks, seizures, deployments).
 * Stateless and thread-safe; per-article memory lives in {@link GeoContext}.
 */
public final class EventLocator {
    private static final Set<String> LOC_PREPS = Set.of("in", "at", "near", "outside", "inside", "across",
        "around", "throughout", "into", "within", "along", "off", "onto", "through", "on");
    private static final Set<String> WEAK_PREPS = Set.of("from", "to", "over", "toward", "towards", "against", "of",
        "between", "for");
    private static final Set<String> PLACE_OBJECT_TYPES = Set.of("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID",
        "PROTEST");

    /** Buildings and local bodies whose compound place name says where they are. */
    private static final Set<String> SITED = Set.of("court", "mall", "hotel", "airport", "prison", "hospital",
        "school", "market", "mosque", "church", "synagogue", "station", "embassy", "police", "university", "stadium",
        "port", "base", "cafe", "restaurant", "club", "concert", "theatre", "theater", "museum", "office", "bank",
        "bridge", "dam", "refinery", "plant", "factory", "camp", "checkpoint");

    private final Geocoder geocoder;
    private final PlaceFinder finder;

    public EventLocator(Gazetteer gaz) {
        this.geocoder = new Geocoder(gaz);
        this.finder = new PlaceFinder(gaz);
    }

    public Geocoder geocoder() {
        return geocoder;
    }

    /** The places of one sentence, resolved in the article context. */
    public record SentencePlaces(List<PlaceMention> mentions, Map<PlaceMention, Place> refs) { }

    /**
     * Starts an article: weighs the countries of its dateline ("KABUL, Afghanistan (Reuters) -") and of
     * every country or well-known place it names.
     */
    public GeoContext startArticle(List<Sentence> sentences) {
        return startArticle(sentences, null);
    }

    /**
     * As {@link #startArticle(List)}, weighing the wire dateline's place ("KABUL", "KUNDUZ, Afghanistan")
     * most: the story is usually about that country.
     */
    public GeoContext startArticle(List<Sentence> sentences, String dateline) {
        GeoContext ctx = new GeoContext();
        if (dateline != null) {
            String[] parts = dateline.split(",");
            Place best = null;
            for (int k = parts.length - 1; k >= 0 && best == null; k--) {
                boolean qualifier = parts.length > 1 && k == parts.length - 1;
                for (Place p : geocoder.gazetteer().lookup(parts[k].strip())) {
                    // a dateline names a city ("GAZA" is the city, not Mozambique's Gaza province), qualified by a
                    // country or a state ("WINDSOR, Ontario" is in the province, not in Ontario, California)
                    if (best == null || rank(p, qualifier) > rank(best, qualifier)
                        || p.kind() == best.kind() && p.population() > best.population()) {
                        best = p;
                    }
                }
            }
            if (best != null) {
                ctx.weigh(best.country(), Geocoder.STORY_COUNTRY);
            }
        }
        Gazetteer g = geocoder.gazetteer();
        // the dateline's country decides between a local place and a namesake abroad ("Westminster" in a story
        // from LONDON), so that the namesake's country does not enter the article's context
        Map<String, Double> fromDateline = Map.copyOf(ctx.weights());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (Token t : s.tokens()) {
                if (t.isProperNoun() || t.pos().startsWith("JJ")) {
                    String c = g.countryOfAdjective(t.word());
                    if (c != null) {
                        ctx.weigh(c, 0.3);
                    }
                }
            }
            for (PlaceMention m : finder.find(s)) {
                if (m.ref() != null) {
                    continue;
                }
                Place p = geocoder.resolve(m, fromDateline, null);
                if (p != null) {
                    boolean lead = si == 0 && m.from() <= 3;
                    ctx.weigh(p.country(), lead ? 1.0 : p.kind() == Place.Kind.COUNTRY ? 0.6 : 0.4);
                }
            }
        }
        return ctx;
    }

    /**
     * How a dateline's word is best read: a country first; then a city, or for the qualifier after the comma a
     * state or province.
     */
    private static int rank(Place p, boolean qualifier) {
        if (p.kind() == Place.Kind.COUNTRY) {
            return 3;
        }
        if (p.kind() == Place.Kind.ADMIN1) {
            return qualifier ? 2 : 0;
        }
        return p.kind() == Place.Kind.CITY ? 1 : 0;
    }

    /** Finds the sentence's places and records the ones it resolves (for "the city" later on). */
    public SentencePlaces sentence(Sentence s, GeoContext ctx) {
        List<PlaceMention> ms = finder.find(s);
        ctx.nextSentence();
        Map<PlaceMention, Place> refs = new HashMap<>();
        for (PlaceMention m : ms) {
            Place p = geocoder.resolve(m, ctx.weights(), ctx);
            if (p != null && m.ref() == null) {
                ctx.resolved(p, m.to() > m.head() || m.to() + 1 < s.size() && Names.isAdminWord(s.token(m.to()).word())
                    ? s.token(m.to()).lowerWord() : m.to() + 1 < s.size() ? s.token(m.to() + 1).lowerWord() : null);
            } else if (p != null) {
                refs.put(m, p);
            }
        }
        return new SentencePlaces(ms, refs);
    }

    /**
     * The event's location, or null.
     *
     * @param pred      the predicate token
     * @param anchor    the token that carries the event (a cue, a light verb), or the predicate
     * @param speech    the reporting verb governing the event, or -1
     * @param type      PLOVER type name
     * @param countries the countries (ISO3) of the event's actors
     * @param actorTexts the actors as written, so that an actor is not taken for a place
     */
    public Location locate(Sentence s, SentencePlaces places, GeoContext ctx, int pred, int anchor, int speech,
                           String type, Collection<String> countries, Collection<String> actorTexts) {
        return locate(s, places, ctx, pred, anchor, speech, type, countries, actorTexts, null);
    }

    /**
     * As {@link #locate(Sentence, SentencePlaces, GeoContext, int, int, int, String, Collection, Collection)},
     * telling {@code log} (when not null) each place named in the sentence, how closely the parse attaches it
     * to the event, and what it resolved to.
     */
    public Location locate(Sentence s, SentencePlaces places, GeoContext ctx, int pred, int anchor, int speech,
                           String type, Collection<String> countries, Collection<String> actorTexts,
                           java.util.function.Consumer<String> log) {
        if (!s.parsed() || places.mentions().isEmpty()) {
            return null;
        }
        Map<String, Double> extra = new HashMap<>();
        for (String c : countries) {
            if (c != null) {
                extra.merge(c, 1.0, Double::sum);
            }
        }
        for (PlaceMention m : places.mentions()) {
            if (m.countryHint() != null) {
                extra.merge(m.countryHint(), 1.0, Double::sum);
            }
        }
        Map<String, Double> context = ctx.with(extra);
        List<Candidate> ranked = new ArrayList<>();
        for (PlaceMention m : places.mentions()) {
            if (m.qualifier() || "region".equals(m.ref()) && !places.refs().containsKey(m)) {
                // "the region" that names no area of the story is some wider one: no place, and no bar to others
                continue;
            }
            double score = attachment(s, m, pred, anchor, speech, type, actorTexts);
            if (log != null) {
                log.accept(String.format(java.util.Locale.ROOT, "    place '%s' attachment %.0f%s", m.text(), score,
                    score <= 0 ? " (not where the event happened)" : ""));
            }
            if (score <= 0) {
                continue;
            }
            ranked.add(new Candidate(m, score));
        }
        ranked.sort((a, b) -> Double.compare(b.score, a.score));
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score;
        for (Candidate c : ranked) {
            if (c.score < top - 25) {
                // the place the text attaches to the event is unknown: better none than a far-fetched one
                break;
            }
            Place p = c.mention.ref() != null ? places.refs().get(c.mention) : geocoder.resolve(c.mention, context, ctx);
            if (log != null) {
                log.accept("    '" + c.mention.text() + "' resolves to " + (p == null ? "nothing"
                    : p.name() + " " + p.country() + " (" + p.kind().label() + ")"));
            }
            if (p != null && p.kind() == Place.Kind.COUNTRY) {
                // "overran the town of Sinjar in northern Iraq": a finer place in that country, also attached
                // to the event, says more
                for (Candidate f : ranked) {
                    if (f == c || f.score < Math.max(ATTACHED, top - 40) || f.mention.ref() != null) {
                        continue;
                    }
                    Place fp = geocoder.resolve(f.mention, context, ctx);
                    if (fp != null && fp.kind() != Place.Kind.COUNTRY && fp.country().equals(p.country())) {
                        return toLocation(f.mention, fp);
                    }
                }
            }
            if (p != null && (p.kind() == Place.Kind.ADMIN1 || p.kind() == Place.Kind.ADMIN2)) {
                // "near Jilib, in Somalia's Middle Juba region": the area set off after a town says where the town is
                PlaceMention town = locatedTown(s, places.mentions(), c.mention);
                Place tp = town == null ? null : geocoder.resolve(town, context, ctx);
                if (tp != null && tp.kind() == Place.Kind.CITY && tp.country().equals(p.country())) {
                    return toLocation(town, tp);
                }
            }
            if (p != null) {
                Location part = p.kind() == Place.Kind.COUNTRY ? partOfCountry(s, c.mention, p) : null;
                return part != null ? part : toLocation(c.mention, p);
            }
        }
        return null;
    }

    /**
     * The town an area mention stands after, set off by a comma: "near Jilib, in Somalia's Middle Juba region",
     * "in Gwoza, Borno state"; null when the area does not follow a town that way.
     */
    private static PlaceMention locatedTown(Sentence s, List<PlaceMention> ms, PlaceMention area) {
        for (PlaceMention t : ms) {
            if (t == area || t.qualifier() || t.ref() != null || t.to() + 1 >= area.from()
                || !s.token(t.to() + 1).word().equals(",")) {
                continue;
            }
            boolean between = true;
            for (int k = t.to() + 2; k < area.from() && between; k++) {
                Token x = s.token(k);
                int kk = k;
                boolean inQualifier = ms.stream().anyMatch(q -> q.qualifier() && q.from() <= kk && kk <= q.to());
                between = inQualifier || x.pos().equals("POS") || x.lowerWord().equals("in") || x.lowerWord().equals("the")
                    || DIRECTIONS.containsKey(x.lowerWord());
            }
            if (between) {
                return t;
            }
        }
        return null;
    }

    /** Direction words that name a part of a country ("eastern Congo"): north and east components. */
    private static final Map<String, int[]> DIRECTIONS = Map.ofEntries(
        Map.entry("northern", new int[] {1, 0}), Map.entry("north", new int[] {1, 0}),
        Map.entry("southern", new int[] {-1, 0}), Map.entry("south", new int[] {-1, 0}),
        Map.entry("eastern", new int[] {0, 1}), Map.entry("east", new int[] {0, 1}),
        Map.entry("western", new int[] {0, -1}), Map.entry("west", new int[] {0, -1}),
        Map.entry("northeastern", new int[] {1, 1}), Map.entry("northeast", new int[] {1, 1}),
        Map.entry("north-eastern", new int[] {1, 1}), Map.entry("north-east", new int[] {1, 1}),
        Map.entry("northwestern", new int[] {1, -1}), Map.entry("northwest", new int[] {1, -1}),
        Map.entry("north-western", new int[] {1, -1}), Map.entry("north-west", new int[] {1, -1}),
        Map.entry("southeastern", new int[] {-1, 1}), Map.entry("southeast", new int[] {-1, 1}),
        Map.entry("south-eastern", new int[] {-1, 1}), Map.entry("south-east", new int[] {-1, 1}),
        Map.entry("southwestern", new int[] {-1, -1}), Map.entry("southwest", new int[] {-1, -1}),
        Map.entry("south-western", new int[] {-1, -1}), Map.entry("south-west", new int[] {-1, -1}));

    /**
     * "eastern Congo", "northwest Syria": the part of the country a direction word names, placed at the mean
     * centre of the country's first-level subdivisions that lie that way from the centre of them all. Null
     * when no direction word precedes the name or the country has too few subdivisions to tell.
     */
    Location partOfCountry(Sentence s, PlaceMention m, Place country) {
        if (m.from() == 0) {
            return null;
        }
        Token d = s.token(m.from() - 1);
        int[] dir = DIRECTIONS.get(d.lowerWord());
        if (dir == null || d.isProperNoun()) {
            return null;
        }
        List<double[]> points = new ArrayList<>();
        for (Place a : geocoder.gazetteer().admin1Areas(country.country())) {
            if (!Double.isNaN(a.lat()) && !Double.isNaN(a.lon())) {
                points.add(new double[] {a.lat(), a.lon()});
            }
        }
        if (points.size() < 4) {
            return null;
        }
        double minLon = points.stream().mapToDouble(x -> x[1]).min().orElse(0);
        double maxLon = points.stream().mapToDouble(x -> x[1]).max().orElse(0);
        boolean wraps = maxLon - minLon > 180;
        double lat0 = 0;
        double lon0 = 0;
        for (double[] x : points) {
            if (wraps && x[1] < 0) {
                // across the antimeridian (Russia's Chukotka): measure east of Greenwich
                x[1] += 360;
            }
            lat0 += x[0] / points.size();
            lon0 += x[1] / points.size();
        }
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (double[] x : points) {
            if (dir[0] * (x[0] - lat0) + dir[1] * (x[1] - lon0) > 0) {
                lat += x[0];
                lon += x[1];
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        lon = lon / n > 180 ? lon / n - 360 : lon / n;
        String name = d.lowerWord() + " " + m.text();
        return new Location(name, name, country.country(), null, round(lat / n), round(lon), null,
            Place.Kind.ADMIN1.label());
    }

    private record Candidate(PlaceMention mention, double score) { }

    /** How well a mention is attached to the event: higher is closer; 0 or less is not a location. */
    static double attachment(Sentence s, PlaceMention m, int pred, int anchor, int speech, String type,
                             Collection<String> actorTexts) {
        // "Kabul-Kandahar highway": a route between places is not a place
        if (m.to() + 1 < s.size() && s.token(m.to() + 1).word().equals("-")
            || m.from() > 0 && s.token(m.from() - 1).word().equals("-")) {
            return -1;
        }
        String prep = locativeCase(s, m.head());
        Set<Integer> predicates = conjuncts(s, pred);
        predicates.add(anchor);
        Token pt = s.token(pred);
        if (pt.isNoun() && pt.head() >= 0) {
            predicates.add(pt.head());
        }
        int antecedent = antecedent(s, pred);
        if (antecedent >= 0) {
            predicates.add(antecedent);
        }
        boolean placeObjects = PLACE_OBJECT_TYPES.contains(type);
        int cur = m.head();
        int top = cur;
        int depth = 0;
        while (cur >= 0 && depth < 12) {
            if (predicates.contains(cur) && cur != m.head()) {
                boolean own = cur == pred || cur == anchor || cur == pt.head() && pt.isNoun() || cur == antecedent;
                double base;
                String rel = s.token(top).baseRel();
                if ("nmod:poss".equals(s.token(m.head()).deprel()) && !inside(s, m.head())) {
                    // "in Somalia's history", "Myanmar's junta", "Russia's missile strikes": whose, not where
                    base = -1;
                } else if (prep != null && LOC_PREPS.contains(prep)) {
                    base = 100;
                } else if (prep != null && WEAK_PREPS.contains(prep)) {
                    // "a visit to Lahore": the host city named as the visit's target is where it happens
                    base = isActor(m, actorTexts) && !placeObjects && !("to".equals(prep) && "CONSULT".equals(type))
                        ? -1 : 70;
                } else if ("obj".equals(rel) || "iobj".equals(rel)) {
                    base = !placeObjects ? -1 : 75;
                } else if (placeObjects && top != m.head() && takenPlace(s, m.head())) {
                    // "launched an offensive on Monday to retake Mosul": the place the act is to take
                    base = 75;
                } else if ("compound".equals(rel) || "amod".equals(rel)
                    || "nmod:poss".equals(s.token(top).deprel())) {
                    // "a Moscow court", "a Nairobi shopping mall": a city naming where a building or local body is
                    boolean sited = "compound".equals(s.token(m.head()).deprel()) && s.token(m.head()).head() >= 0
                        && SITED.contains(s.token(s.token(m.head()).head()).lemma().toLowerCase(java.util.Locale.ROOT));
                    base = isActor(m, actorTexts) && !sited ? -1 : 80;
                } else if ("ccomp".equals(rel)) {
                    // "gave assurances that Afghanistan would not be used": a place in what was said is its topic
                    base = -1;
                } else if ("nsubj".equals(rel)) {
                    // the subject, or one conjoined with it ("Indonesia and Malaysia signed"), is a party
                    base = top == m.head() || "conj".equals(s.token(m.head()).deprel()) && s.token(m.head()).head() == top
                        ? -1 : 15;
                } else {
                    base = 40;
                }
                return base <= 0 ? base : base - depth + (own ? 0 : -30);
            }
            if (cur == speech && cur != pred) {
                return -1;
            }
            if (cur != m.head() && "advcl".equals(s.token(cur).deprel()) && s.children(cur).stream()
                .anyMatch(c -> "mark".equals(c.deprel()) && BACKGROUND_CASES.contains(c.lowerWord()))) {
                // "entered Kherson after Russia said it had pulled its forces across the Dnipro": a place in a
                // clause of what came before or after is that clause's
                return -1;
            }
            if (cur != m.head() && (BACKGROUND_CASES.contains(String.valueOf(s.caseOf(cur)))
                || "on".equals(s.caseOf(cur)) && verbal(type))) {
                // "lodged a protest over the arrest of Meng Wanzhou in Canada", "amid fears of a war with Ethiopia":
                // a place inside a phrase of cause or circumstance belongs to that phrase ("for" is left out: "a
                // camp for displaced people in Kachin state", "sat down for talks in Muscat")
                return -1;
            }
            top = cur;
            cur = s.token(cur).head();
            depth++;
        }
        return (prep != null && LOC_PREPS.contains(prep) ? 30 : 10) - Math.min(depth, 10);
    }

    /**
     * An act of talk (verbal cooperation or conflict): a place inside its "on" phrase is the topic's ("a summit on
     * the conflict in eastern Congo", "signed a memorandum on the protection of workers in Malaysia").
     */
    private static boolean verbal(String type) {
        return org.parley.model.EventType.parse(type).map(t -> t.quadClass() % 2 == 1).orElse(false);
    }

    /** Verbs of taking a place, whose object is where an offensive aims: "to retake Mosul". */
    private static final Set<String> TAKING = Set.of("retake", "take", "capture", "recapture", "seize", "liberate",
        "reclaim", "storm", "overrun", "encircle", "besiege", "enter");

    /** Whether the place is the object of a verb of taking. */
    private static boolean takenPlace(Sentence s, int place) {
        int up = s.token(place).head();
        if (up >= 0 && "of".equals(s.caseOf(place)) && AREAS.contains(s.token(up).lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "overrunning the town of Sinjar"
            place = up;
        }
        int h = s.token(place).head();
        return "obj".equals(s.token(place).deprel()) && h >= 0 && s.token(h).isVerb()
            && TAKING.contains(s.token(h).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** The least score of a place the parse attaches to the event (unattached places score 30 or less). */
    private static final double ATTACHED = 40;

    /** Prepositions of phrases that tell a cause, purpose or circumstance, not the event's setting. */
    private static final Set<String> BACKGROUND_CASES = Set.of("over", "about", "against", "despite", "amid",
        "after", "before", "since", "following", "than");

    /** Parts of a place that its possessor locates: "Kabul's diplomatic quarter", "Gaza's main hospital". */
    private static final Set<String> AREAS = Set.of("quarter", "district", "outskirts", "suburb", "suburbs", "centre",
        "center", "street", "streets", "neighbourhood", "neighborhood", "border", "coast", "region", "province",
        "capital", "city", "town", "village", "heart", "downtown", "area", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "airspace", "waters", "territory", "frontier",
        "countryside", "interior", "shore", "harbour", "harbor", "square", "neighbourhoods", "neighborhoods");

    /** Whether the noun a possessive place modifies is a part of that place or a building in it. */
    private static boolean inside(Sentence s, int place) {
        int h = s.token(place).head();
        if (h < 0) {
            return false;
        }
        String lemma = s.token(h).lemma().toLowerCase(java.util.Locale.ROOT);
        return SITED.contains(lemma) || AREAS.contains(lemma) || AREAS.contains(s.token(h).lowerWord());
    }

    /** The preposition of the phrase the place is in: its own ("in Kabul") or its noun's ("at Baghdad airport"). */
    private static String locativeCase(Sentence s, int head) {
        int cur = head;
        for (int k = 0; k < 3 && cur >= 0; k++) {
            String c = s.caseOf(cur);
            Token h = s.token(cur).head() >= 0 ? s.token(s.token(cur).head()) : null;
            if ("of".equals(c) && h != null && AREAS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))
                && !s.token(cur).deprel().equals("nmod:poss")) {
                // "in the West Darfur city of El Geneina", "in the town of Manbij": the place is named by "of"
                // and sits where its noun does
                cur = h.index();
                continue;
            }
            if (c != null) {
                return c;
            }
            Token t = s.token(cur);
            String rel = t.baseRel();
            if (!("compound".equals(rel) || "nmod".equals(rel) || "amod".equals(rel) || "appos".equals(rel)
                || "flat".equals(rel))) {
                return null;
            }
            cur = t.head();
        }
        return null;
    }

    /**
     * "the suicide bombing outside Kabul airport that killed 169", "the attack on our Embassy in Tehran, which killed
     * its guard": the noun a relative clause with "that" or "which" as its subject hangs on, whose setting the clause
     * shares; -1 when the predicate heads no such clause.
     */
    private static int antecedent(Sentence s, int pred) {
        Token p = s.token(pred);
        if (!"acl:relcl".equals(p.deprel()) || p.head() < 0) {
            return -1;
        }
        boolean relSubject = s.children(pred).stream().anyMatch(c -> "nsubj".equals(c.baseRel())
            && (c.lowerWord().equals("that") || c.lowerWord().equals("which")));
        return relSubject ? p.head() : -1;
    }

    /** The predicate and the verbs conjoined with it ("met ... and agreed"), which share its setting. */
    private static Set<Integer> conjuncts(Sentence s, int pred) {
        Set<Integer> out = new java.util.HashSet<>();
        out.add(pred);
        Token p = s.token(pred);
        if (("conj".equals(p.deprel()) || p.pos().equals("VBG") && ("dep".equals(p.deprel())
            || "advcl".equals(p.deprel()))) && p.head() >= 0) {
            // "exploded at an intersection in Mogadishu, killing 231 people": the outcome shares the setting
            out.add(p.head());
        }
        for (Token c : s.children(pred)) {
            if ("conj".equals(c.deprel())) {
                out.add(c.index());
            }
        }
        return out;
    }

    private static boolean isActor(PlaceMention m, Collection<String> actorTexts) {
        for (String a : actorTexts) {
            if (a != null && (a.equalsIgnoreCase(m.text()) || a.toLowerCase(java.util.Locale.ROOT)
                .endsWith(m.text().toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The wire dateline's place ("KABUL", "KUNDUZ, Afghanistan") as a location, for events whose own
     * sentence names none; null when the gazetteer does not know it.
     */
    public Location datelineLocation(String dateline) {
        if (dateline == null) {
            return null;
        }
        String[] parts = dateline.split(",");
        String city = parts[0].strip();
        String country = parts.length > 1 ? parts[parts.length - 1].strip() : null;
        Place countryPlace = null;
        if (country != null) {
            for (Place p : geocoder.gazetteer().lookup(country)) {
                if (p.kind() == Place.Kind.COUNTRY) {
                    countryPlace = p;
                }
            }
        }
        Place best = null;
        for (String name : city.split("/")) {
            for (Place p : geocoder.gazetteer().lookup(name.strip())) {
                if (countryPlace != null && !p.country().equals(countryPlace.country())) {
                    continue;
                }
                if (best == null || p.kind() == Place.Kind.CITY && best.kind() != Place.Kind.CITY
                    || p.kind() == best.kind() && p.population() > best.population()) {
                    best = p;
                }
            }
            break;
        }
        if (best == null) {
            best = countryPlace;
        }
        if (best == null) {
            return null;
        }
        Double lat = Double.isNaN(best.lat()) ? null : round(best.lat());
        Double lon = Double.isNaN(best.lon()) ? null : round(best.lon());
        return new Location(city, best.name(), best.country(), best.admin1(), lat, lon,
            best.geonamesId() == 0 ? null : best.geonamesId(), best.kind().label());
    }

    static Location toLocation(PlaceMention m, Place p) {
        Double lat = Double.isNaN(p.lat()) ? null : round(p.lat());
        Double lon = Double.isNaN(p.lon()) ? null : round(p.lon());
        return new Location(m.text(), p.name(), p.country(), p.admin1(), lat, lon,
            p.geonamesId() == 0 ? null : p.geonamesId(), p.kind().label());
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
