package org.parley.geo;

import java.util.List;
import java.util.Map;

/**
 * Resolves a place mention to one gazetteer entry, or to none rather than a wrong town.
 *
 * <p>Scoring: a country name wins outright; a subdivision named as such ("Helmand province") wins
 * over a town of that name; otherwise population (log scale), a bonus for a town in a country that
 * the article, the event's actors or the sentence name, a small bonus for a town that is the seat of
 * its subdivision and coherent with it, and a malus for GeoNames sections of towns ({@code PPLX}).
 * No bonus for capitals as such. An ambiguous small town in a country nobody mentions is refused; a small
 * town gets little from its country's context when another country's seat five times its size bears the name;
 * in a story with a country of its own, a plain town abroad that nothing points to is refused.
 * Stateless and thread-safe.
 */
public final class Geocoder {
    /** Towns smaller than this are accepted only when their country is in context or the name is unique. */
    private static final long SMALL_TOWN = 50_000;
    /**
     * Plain towns (no seat of government) smaller than this, in a country the story never points to, are
     * refused when the story has a clear country of its own.
     */
    private static final long PLAIN_TOWN = 250_000;
    /** Context weight of a story's own country, its dateline's ({@code EventLocator.startArticle} gives it). */
    static final double STORY_COUNTRY = 1.5;

    private final Gazetteer gaz;

    public Geocoder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    public Gazetteer gazetteer() {
        return gaz;
    }

    /**
     * @param context country weights (ISO3 to weight, about 1 per mention) from the article and the event
     * @param ctx     the article's place memory, for references ("the city"); may be null
     * @return the place, or null when nothing fits well enough
     */
    public Place resolve(PlaceMention m, Map<String, Double> context, GeoContext ctx) {
        if (m.ref() != null) {
            return reference(m, context, ctx);
        }
        List<Place> cands = gaz.lookup(m.text());
        if (cands.isEmpty() && (m.hint() == Place.Kind.ADMIN1 || m.hint() == Place.Kind.ADMIN2)) {
            cands = gaz.lookup(Names.stripAdminSuffix(m.text()));
        }
        if (cands.isEmpty()) {
            return null;
        }
        if (m.hint() != Place.Kind.ADMIN2 && cands.stream().anyMatch(p -> p.kind() == Place.Kind.ADMIN2)) {
            // second-level subdivisions share their names with firms, people and other places ("Yili", "Gulf"):
            // they count only when the text calls them districts or counties
            cands = cands.stream().filter(p -> p.kind() != Place.Kind.ADMIN2).toList();
            if (cands.isEmpty()) {
                return null;
            }
        }
        if (m.countryHint() != null && cands.stream().anyMatch(p -> p.country().equals(m.countryHint()))) {
            cands = cands.stream().filter(p -> p.country().equals(m.countryHint())).toList();
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : cands) {
            double sc = score(p, m, context, cands);
            if (sc > bestScore) {
                bestScore = sc;
                best = p;
            }
        }
        if (best != null && best.kind() == Place.Kind.ADMIN2 && m.countryHint() == null
            && context.getOrDefault(best.country(), 0.0) <= 0) {
            // "the Poonch district" in a story about India is not Pakistan's Poonch
            return null;
        }
        if (best != null && best.kind() == Place.Kind.CITY && best.population() < SMALL_TOWN
            && !Gazetteer.SITE.equals(best.feature())
            && m.countryHint() == null && context.getOrDefault(best.country(), 0.0) <= 0) {
            Place chosen = best;
            boolean ambiguous = cands.stream().anyMatch(p -> !p.country().equals(chosen.country()));
            if (ambiguous || !context.isEmpty()) {
                return null;
            }
        }
        if (best != null && best.kind() == Place.Kind.CITY && best.population() < PLAIN_TOWN && "PPL".equals(best.feature())
            && m.countryHint() == null && context.getOrDefault(best.country(), 0.0) <= 0
            && context.values().stream().anyMatch(w -> w >= STORY_COUNTRY)) {
            // "blocked roads around Westminster" in a story datelined LONDON: a plain town abroad that nothing
            // else in the story points to is a local place the gazetteer lacks, not Westminster, Colorado
            return null;
        }
        return best;
    }

    private double score(Place p, PlaceMention m, Map<String, Double> context, List<Place> cands) {
        double ctx = Math.min(2.0, context.getOrDefault(p.country(), 0.0));
        switch (p.kind()) {
            case COUNTRY:
                return m.hint() == Place.Kind.ADMIN1 || m.hint() == Place.Kind.ADMIN2 ? 3 : 1000;
            case ADMIN1: {
                double s = 5.0 + 2.5 * ctx;
                if (m.hint() == Place.Kind.ADMIN1) {
                    s += 100;
                } else if (m.hint() == Place.Kind.ADMIN2) {
                    s += 50;
                }
                return s;
            }
            case ADMIN2: {
                // "the Poonch district": a second-level subdivision only when the text says so, or when no
                // town or first-level subdivision has the name
                double s = 3.0 + 2.5 * ctx;
                if (m.hint() == Place.Kind.ADMIN2) {
                    s += 100;
                }
                return s;
            }
            default: {
                if (famousNamesake(p, cands)) {
                    // "talks in Geneva" in a story from WASHINGTON: the story's country alone does not make it
                    // Geneva, Illinois, when a seat of government five times its size bears the name
                    ctx = Math.min(ctx, 0.4);
                }
                double s = Math.log10(p.population() + 10.0) + 2.5 * ctx;
                if (m.hint() == Place.Kind.CITY) {
                    s += 2;
                }
                if ("PPLX".equals(p.feature()) || "PPLH".equals(p.feature()) || "PPLQ".equals(p.feature())) {
                    s -= 1.5;
                }
                if (p.isSeat()) {
                    s += 0.5;
                }
                // a town whose own subdivision bears the same name ("Kandahar") is that name's usual sense
                for (Place c : cands) {
                    if (c.kind() == Place.Kind.ADMIN1 && c.admin1Code().equals(p.admin1Code()) && p.admin1Code() != null) {
                        s += 1.5;
                    }
                }
                return s;
            }
        }
    }

    /** For a small town: another country's city of the same name, a seat of government five times as large. */
    private static boolean famousNamesake(Place p, List<Place> cands) {
        if (p.population() >= SMALL_TOWN) {
            return false;
        }
        for (Place c : cands) {
            if (c.kind() == Place.Kind.CITY && !c.country().equals(p.country()) && c.population() >= 100_000
                && c.population() >= 5 * Math.max(1, p.population()) && c.isSeat()) {
                return true;
            }
        }
        return false;
    }

    private Place reference(PlaceMention m, Map<String, Double> context, GeoContext ctx) {
        String country = m.countryHint();
        switch (m.ref()) {
            case "capital":
                if (country == null) {
                    country = top(context);
                }
                return gaz.capital(country);
            case "country":
                if (country == null) {
                    country = top(context);
                }
                return gaz.country(country);
            case "city":
                return ctx == null ? null : ctx.lastCity();
            case "area": {
                if (ctx == null) {
                    return null;
                }
                if (ctx.lastArea() == null && m.text().toLowerCase(java.util.Locale.ROOT).endsWith("territory")) {
                    // "declared martial law in the territory" after "Dili": a territory with no subdivision named
                    // is the country-like place the story has named (East Timor, Hong Kong, Western Sahara)
                    Place c = ctx.lastCountry() != null ? ctx.lastCountry()
                        : ctx.lastCity() != null ? gaz.country(ctx.lastCity().country()) : null;
                    return c;
                }
                return ctx.lastArea();
            }
            case "region":
                // "declared a state of emergency in the region" after "the northern Tigray region": only an area
                // named as a region, or in the same sentence ("the region" alone is as often a wider one: the
                // Middle East, the Sahel)
                return ctx == null || !"region".equals(ctx.lastAreaNoun()) && !ctx.areaInThisSentence() ? null
                    : ctx.lastArea();
            default:
                return null;
        }
    }

    private static String top(Map<String, Double> context) {
        return context.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }
}
